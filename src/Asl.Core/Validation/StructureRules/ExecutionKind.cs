using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// The kind of execution that runs a container's states. States inherit the machine's type (the
/// validation option), except inside a distributed Map, whose child executions have the processor's
/// <c>ExecutionType</c>.
/// </summary>
internal readonly struct ExecutionKind
{
    private ExecutionKind(bool isExpress, string description)
    {
        IsExpress = isExpress;
        Description = description;
    }

    /// <summary>True for EXPRESS executions (at most 5 minutes; no .sync, callbacks or activities).</summary>
    public bool IsExpress { get; }

    /// <summary>The execution in words, for messages: "an EXPRESS state machine", "the STANDARD child executions of Map state "M"".</summary>
    public string Description { get; }

    /// <summary>Most seconds an execution of this kind runs: 5 minutes (EXPRESS) or 1 year (STANDARD).</summary>
    public long MaxDurationSeconds => IsExpress ? 300 : 365L * 24 * 60 * 60;

    public static ExecutionKind Of(ValidationContext context, ContainerSite container)
    {
        for (var current = container; current.Parent is { } owner; current = owner.Owner)
        {
            if (owner.State is MapState map && ReferenceEquals(map.ItemProcessor, current.Container)
                && map.ItemProcessor.ProcessorConfig is { Mode: "DISTRIBUTED", ExecutionType: { } type })
            {
                var express = type == "EXPRESS";
                return new ExecutionKind(express, $"the {(express ? "EXPRESS" : "STANDARD")} child executions of Map state \"{owner.Name}\"");
            }
        }
        return context.IsExpress
            ? new ExecutionKind(true, "an EXPRESS state machine")
            : new ExecutionKind(false, "a STANDARD state machine");
    }
}
