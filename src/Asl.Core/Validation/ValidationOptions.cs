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
}
