using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.Tasks;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Task: each attempt calls the resource through <see cref="TaskDispatcher"/>.</summary>
internal static class TaskRunner
{
    public static Task<StepResult> RunAsync(Frame frame, NamedState named, TaskState state, AslJson input)
        => WorkStateRunner.RunAsync(frame, named, state, input, HistoryEventType.TaskStateEntered, HistoryEventType.TaskStateExited,
            (scope, effective) => TaskDispatcher.InvokeAsync(frame, scope, named, state, effective));
}
