using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Validation;

namespace Asl.Local.Endpoint;

/// <summary>One finding about a definition, placed in its text.</summary>
internal sealed record DefinitionFinding(AslDiagnostic Diagnostic, int Line, int Column)
{
    /// <summary>The JSON pointer, with "/" for the root as AWS writes locations.</summary>
    public string Location => Diagnostic.Pointer.Length == 0 ? "/" : Diagnostic.Pointer;

    /// <summary>AWS's code for the finding (SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET, ...).</summary>
    public string AwsCode => AwsDiagnosticCodes.For(Diagnostic.Code, Diagnostic.Severity);

    /// <summary>The message, naming the rule whose page explains it (docs/rules).</summary>
    public string Message => Diagnostic.Message + " (" + Diagnostic.Code + ")";
}

/// <summary>
/// Reads a definition and runs the validator on it: for ValidateStateMachineDefinition, and to refuse a
/// definition with errors on create and update (InvalidDefinition), as AWS does. Only errors refuse a definition:
/// warnings are what AWS accepts.
/// </summary>
internal static class DefinitionCheck
{
    /// <summary>At most this many findings are quoted in an InvalidDefinition message.</summary>
    private const int MaxQuotedFindings = 20;

    /// <summary>
    /// Every finding at <paramref name="minimum"/> or above: errors first, then by position in the text. The
    /// model is null when the text is not JSON. Validation stops (OperationCanceledException) when
    /// <paramref name="cancellation"/> fires, so a request whose caller has gone away does not keep a core busy.
    /// </summary>
    public static (StateMachine? Model, List<DefinitionFinding> Findings) Check(string definition, string machineType, AslSeverity minimum,
        CancellationToken cancellation = default)
    {
        var read = AslReader.Read(definition);
        var diagnostics = new List<AslDiagnostic>(read.Diagnostics);
        if (!read.IsParseFailure && read.Machine is { } machine)
            diagnostics.AddRange(AslValidator.Validate(machine, ValidationOptions.Default with { MachineType = machineType, MinimumSeverity = minimum },
                cancellation));

        var findings = diagnostics
            .Where(d => d.Severity >= minimum)
            .Distinct()
            .Select(d => read.Locations.TryGetLocation(d.Pointer, out var line, out var column)
                ? new DefinitionFinding(d, line, column)
                : new DefinitionFinding(d, 0, 0))
            .OrderByDescending(f => f.Diagnostic.Severity)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal)
            .ToList();
        return (read.IsParseFailure ? null : read.Machine, findings);
    }

    /// <summary>The model of a definition without errors; otherwise throws InvalidDefinition quoting the errors.</summary>
    public static StateMachine ReadValid(string definition, string machineType, CancellationToken cancellation = default)
    {
        var (model, findings) = Check(definition, machineType, AslSeverity.Error, cancellation);
        if (model is not null && findings.Count == 0) return model;

        // AWS's shape: 'CODE: message at /pointer, CODE: ...'.
        var quoted = findings.Take(MaxQuotedFindings).Select(f => $"{f.AwsCode}: {f.Message} at {f.Location}");
        var more = findings.Count > MaxQuotedFindings ? $", and {findings.Count - MaxQuotedFindings} more (run ValidateStateMachineDefinition for the full list)" : "";
        throw new InvalidDefinitionException($"Invalid State Machine Definition: '{string.Join(", ", quoted)}{more}'");
    }
}
