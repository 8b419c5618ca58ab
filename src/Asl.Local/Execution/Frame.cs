using Asl.Local.Json;
using Asl.Local.History;
using Asl.Model;

namespace Asl.Local.Execution;

/// <summary>
/// One thread of control of an execution: the top-level states, one Parallel branch, or one Map iteration.
/// It knows its cancellation scope, its variable scope, and the last event it recorded, which becomes the
/// <c>previousEventId</c> of the next one.
/// </summary>
internal sealed class Frame
{
    public Frame(ExecutionRun run, AbortSignal abort, VariableScope variables, long lastEventId)
    {
        Run = run;
        Abort = abort;
        Variables = variables;
        LastEventId = lastEventId;
    }

    public ExecutionRun Run { get; }

    public AbortSignal Abort { get; }

    public VariableScope Variables { get; }

    public long LastEventId { get; set; }

    /// <summary>The payload size check of this frame's state outputs (it remembers what it measured last).</summary>
    public OutputSizeCheck OutputSize { get; } = new();

    /// <summary>The state this frame runs now, when the engine traces state visits.</summary>
    public StateVisit? Visit { get; set; }

    public LocalEngine Engine => Run.Engine;

    public CancellationToken Token => Abort.Token;

    /// <summary>Records an event that follows the frame's last event, and makes it the last event.</summary>
    public long Record(HistoryEventType type, in EventData data = default)
    {
        var id = Run.Record(type, LastEventId, data);
        LastEventId = id;
        return id;
    }

    /// <summary>The effective query language of a state: its own, else the machine's, else JSONPath.</summary>
    public bool IsJsonAta(State state)
        => (state.QueryLanguage ?? Run.Machine.Definition.QueryLanguage) == QueryLanguages.JsonAta;
}
