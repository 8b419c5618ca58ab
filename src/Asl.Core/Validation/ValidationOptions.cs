using Asl.Diagnostics;

namespace Asl.Validation;

/// <summary>Settings of one validation run.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: a STANDARD machine, warnings included.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>"STANDARD" or "EXPRESS"; EXPRESS machines reject <c>.sync</c>, <c>.waitForTaskToken</c> and activities.</summary>
    public string MachineType { get; init; } = "STANDARD";

    /// <summary>Findings below this severity are dropped.</summary>
    public AslSeverity MinimumSeverity { get; init; } = AslSeverity.Warning;

    /// <summary>Parallel/Map nesting deeper than this is reported (C09).</summary>
    public int MaxNestingDepth { get; init; } = 10;

    /// <summary>The default <see cref="WorkBudget"/>.</summary>
    public const long DefaultWorkBudget = 100_000_000;

    /// <summary>
    /// The most units of work one validation may do (about one unit per character of text parsed, per node of the
    /// definition visited and per character of findings written); null or 0 for no limit. A validation that needs
    /// more stops with ASL1095 after the findings found so far. The default is far above what any definition AWS
    /// accepts needs (a 1 MB definition takes about a million units): it exists so that no input can keep a build,
    /// an editor or a server busy without end.
    /// </summary>
    public long? WorkBudget { get; init; } = DefaultWorkBudget;
}
