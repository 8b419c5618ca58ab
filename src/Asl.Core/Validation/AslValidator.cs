using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// Checks a state machine model against every rule of the catalogue (docs/rules.md). Findings carry a
/// stable code, a severity and a JSON pointer; the order is deterministic (by pointer, then code).
/// </summary>
public static class AslValidator
{
    private static readonly ValidationPass[] Passes =
    {
        new StructureRules(),
        new PathRules(),
        new LanguageRules(),
        new MapAndErrorRules(),
    };

    /// <summary>Validates <paramref name="machine"/> and returns its findings.</summary>
    public static IReadOnlyList<AslDiagnostic> Validate(StateMachine machine, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(machine, options);
        foreach (var pass in Passes) pass.Run(context);
        return context.Diagnostics
            .Where(d => d.Severity >= options.MinimumSeverity)
            .Distinct()
            .OrderBy(d => d.Pointer, System.StringComparer.Ordinal)
            .ThenBy(d => d.Code, System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when no finding is an error.</summary>
    public static bool IsValid(IEnumerable<AslDiagnostic> diagnostics) => diagnostics.All(d => d.Severity < AslSeverity.Error);
}
