using System.Collections.Generic;
using System.Linq;
using System.Threading;
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
    public static IReadOnlyList<AslDiagnostic> Validate(StateMachine machine, ValidationOptions? options = null) =>
        Validate(machine, options, CancellationToken.None);

    /// <summary>
    /// Validates <paramref name="machine"/> and returns its findings. Validation stops with ASL1095 (after the
    /// findings found so far) when it spends <see cref="ValidationOptions.WorkBudget"/>.
    /// </summary>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<AslDiagnostic> Validate(StateMachine machine, ValidationOptions? options, CancellationToken cancellationToken)
    {
        options ??= ValidationOptions.Default;
        var budget = new WorkBudget(options.WorkBudget, cancellationToken);
        ValidationContext? context = null;
        try
        {
            context = new ValidationContext(machine, options, budget);
            foreach (var pass in Passes) pass.Run(context);
        }
        catch (WorkBudgetExceededException)
        {
            var found = context?.Diagnostics ?? (IReadOnlyList<AslDiagnostic>)System.Array.Empty<AslDiagnostic>();
            return Sorted(found.Append(AslRules.ValidationBudgetExceeded.At(JsonPointer.Root, BudgetText(budget.Limit))), options);
        }
        return Sorted(context!.Diagnostics, options);
    }

    /// <summary>What stopped a validation, for ASL1095.</summary>
    internal static string BudgetText(long limit) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "it needed more than {0:N0} units of work (ValidationOptions.WorkBudget)", limit);

    private static IReadOnlyList<AslDiagnostic> Sorted(IEnumerable<AslDiagnostic> diagnostics, ValidationOptions options)
    {
        return diagnostics
            .Where(d => d.Severity >= options.MinimumSeverity)
            .Distinct()
            .OrderBy(d => d.Pointer, System.StringComparer.Ordinal)
            .ThenBy(d => d.Code, System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True when no finding is an error.</summary>
    public static bool IsValid(IEnumerable<AslDiagnostic> diagnostics) => diagnostics.All(d => d.Severity < AslSeverity.Error);
}
