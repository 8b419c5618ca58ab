using Asl.Json;
using Asl.Local.Execution;
using Asl.Model;

namespace Asl.Local.Tasks;

/// <summary>Everything one attempt of a Task state needs to call its resource.</summary>
internal sealed class TaskCall
{
    public required Frame Frame { get; init; }
    public required StateScope Scope { get; init; }
    public required NamedState State { get; init; }
    public required TaskResource Resource { get; init; }
    public required AslJson Parameters { get; init; }
    public PendingTask? Pending { get; init; }
    public long? TimeoutSeconds { get; init; }
    public long? HeartbeatSeconds { get; init; }

    public LocalEngine Engine => Frame.Engine;
    public ExecutionRun Run => Frame.Run;
    public string StateName => State.Name;
}
