using Asl.Json;
using Asl.Local.History;

namespace Asl.Local.Tasks;

/// <summary>Records the Task* events of a service-integration task attempt, chained to each other.</summary>
internal sealed class TaskEvents(TaskCall call)
{
    private EventData Resource => new() { ResourceType = call.Resource.ResourceType, Resource = call.Resource.ResourceName };

    public long Scheduled() => call.Frame.Record(HistoryEventType.TaskScheduled, Resource with
    {
        Region = call.Engine.Options.Region,
        Parameters = call.Parameters,
        TimeoutInSeconds = call.TimeoutSeconds,
        HeartbeatInSeconds = call.HeartbeatSeconds,
    });

    public long Started() => call.Frame.Record(HistoryEventType.TaskStarted, Resource);

    public long Submitted(AslJson output) => call.Frame.Record(HistoryEventType.TaskSubmitted, Resource with { Output = output });

    public long Succeeded(AslJson output) => call.Frame.Record(HistoryEventType.TaskSucceeded, Resource with { Output = output });

    public long Failed(string? error, string? cause) => call.Frame.Record(HistoryEventType.TaskFailed, Resource with { Error = error, Cause = cause });

    public long TimedOut(string? error, string? cause) => call.Frame.Record(HistoryEventType.TaskTimedOut, Resource with { Error = error, Cause = cause });
}
