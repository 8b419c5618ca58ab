using Asl.Diagnostics;

namespace Asl.Cli.Validate;

/// <summary>How one input ended: checked and valid, checked and invalid, or not checkable at all.</summary>
internal enum FileOutcome
{
    Valid,
    Invalid,
    /// <summary>Missing, unreadable, not JSON, or the validator failed: the run exits with 2.</summary>
    Unreadable,
}

/// <summary>A finding placed in its file: line and column are 1-based, null when the source has no position for it.</summary>
internal sealed record Finding(AslDiagnostic Diagnostic, int? Line, int? Column)
{
    public string Code => Diagnostic.Code;

    public AslSeverity Severity => Diagnostic.Severity;

    public string Message => Diagnostic.Message;

    public string Pointer => Diagnostic.Pointer;
}

/// <summary>The result of checking one input file; findings are sorted by position, then code.</summary>
internal sealed record FileReport(string Path, FileOutcome Outcome, IReadOnlyList<Finding> Findings)
{
    public bool IsValid => Outcome == FileOutcome.Valid;
}
