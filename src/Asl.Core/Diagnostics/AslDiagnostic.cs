namespace Asl.Diagnostics;

/// <summary>How serious a finding is.</summary>
public enum AslSeverity
{
    /// <summary>Advice; never fails a build.</summary>
    Info = 0,
    /// <summary>Likely a mistake; AWS accepts it.</summary>
    Warning = 1,
    /// <summary>AWS rejects the definition, or it cannot run correctly.</summary>
    Error = 2,
}

/// <summary>
/// One finding about a definition: a rule's code, its severity, a message that says what is wrong and how
/// to fix it, and a JSON pointer (RFC 6901) to the offending node, for example <c>/States/Callback/Next</c>.
/// </summary>
public sealed record AslDiagnostic(string Code, AslSeverity Severity, string Message, string Pointer)
{
    /// <summary>The catalogue id of the rule (for example <c>C01</c>).</summary>
    public string? RuleId { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message} at {(Pointer.Length == 0 ? "/" : Pointer)}";
}
