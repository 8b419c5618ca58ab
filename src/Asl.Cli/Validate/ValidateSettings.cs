using Asl.Diagnostics;
using Asl.Validation;

namespace Asl.Cli.Validate;

/// <summary>How <c>asl validate</c> prints its findings.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}

/// <summary>The lowest severity <c>asl validate</c> reports; mirrors the <c>--severity</c> of AWS's ValidateStateMachineDefinition.</summary>
internal enum SeverityThreshold
{
    Error,
    Warning,
    Info,
}

/// <summary>The workflow type the definition is validated for.</summary>
internal enum WorkflowType
{
    Standard,
    Express,
}

/// <summary>The parsed options of one <c>asl validate</c> call.</summary>
internal sealed record ValidateSettings(
    IReadOnlyList<string> Paths,
    OutputFormat Format,
    SeverityThreshold Severity,
    WorkflowType Type)
{
    /// <summary>
    /// Warnings reported as errors (<c>--warnings-as-errors</c>): null for none, empty for every warning, otherwise
    /// the rule codes to escalate.
    /// </summary>
    public IReadOnlySet<string>? WarningsAsErrors { get; init; }

    public AslSeverity MinimumSeverity => Severity switch
    {
        SeverityThreshold.Info => AslSeverity.Info,
        SeverityThreshold.Warning => AslSeverity.Warning,
        _ => AslSeverity.Error,
    };

    /// <summary>The units of work one definition's validation may take (<c>--work-budget</c>); 0 for no limit.</summary>
    public long WorkBudget { get; init; } = ValidationOptions.DefaultWorkBudget;

    /// <summary>The validator's options; warnings are produced whenever some may be escalated.</summary>
    public ValidationOptions ValidationOptions => ValidationOptions.Default with
    {
        MachineType = Type == WorkflowType.Express ? "EXPRESS" : "STANDARD",
        MinimumSeverity = WarningsAsErrors is not null && MinimumSeverity > AslSeverity.Warning ? AslSeverity.Warning : MinimumSeverity,
        WorkBudget = WorkBudget,
    };

    /// <summary>The finding as reported: a warning named by <see cref="WarningsAsErrors"/> becomes an error.</summary>
    public AslDiagnostic Escalate(AslDiagnostic diagnostic) =>
        diagnostic.Severity == AslSeverity.Warning && WarningsAsErrors is { } codes && (codes.Count == 0 || codes.Contains(diagnostic.Code))
            ? diagnostic with { Severity = AslSeverity.Error }
            : diagnostic;
}
