using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Runs one state of any type and turns cancellations and runtime errors into the events AWS records.</summary>
internal static class StateRunner
{
    public static async ValueTask<StepResult> RunAsync(Frame frame, NamedState named, AslJson input)
    {
        var enteredAt = frame.Run.History.LastId + 1;
        try
        {
            return named.State switch
            {
                PassState pass => PassRunner.Run(frame, named, pass, input),
                ChoiceState choice => ChoiceRunner.Run(frame, named, choice, input),
                SucceedState succeed => SucceedRunner.Run(frame, named, succeed, input),
                FailState fail => FailRunner.Run(frame, named, fail, input),
                WaitState wait => await WaitRunner.RunAsync(frame, named, wait, input),
                TaskState task => await TaskRunner.RunAsync(frame, named, task, input),
                ParallelState parallel => await ParallelRunner.RunAsync(frame, named, parallel, input),
                MapState map => await MapRunner.RunAsync(frame, named, map, input),
                _ => throw StatesError.Runtime($"The state '{named.Name}' has an unknown type."),
            };
        }
        // AWS names the state in the cause of runtime errors and of JSONata evaluation errors (recorded).
        catch (StatesError e) when ((e.IsTerminal || e.Error == ErrorNames.QueryEvaluationError) && !e.HasStateContext)
        {
            throw e.WithStateContext(named.Name, enteredAt);
        }
        catch (InsufficientExecutionStackException)
        {
            throw StatesError.Runtime($"The data of state '{named.Name}' is nested too deeply for the local engine to process "
                + "(each level of JSON nesting takes some of the stack). Keep the data flatter, for example by not wrapping the whole state in a new array or object on every turn of a loop.")
                .WithStateContext(named.Name, enteredAt);
        }
        catch (OperationCanceledException) when (frame.Abort.FindCause() is { Reason: AbortReason.SiblingFailed } cause && frame.Run.IsRunning)
        {
            if (AbortedType(named.State) is { } aborted) frame.Run.Record(aborted, cause.CauseEventId);
            throw;
        }
    }

    private static HistoryEventType? AbortedType(State state) => state switch
    {
        TaskState => HistoryEventType.TaskStateAborted,
        WaitState => HistoryEventType.WaitStateAborted,
        ParallelState => HistoryEventType.ParallelStateAborted,
        MapState => HistoryEventType.MapStateAborted,
        _ => null,
    };
}
