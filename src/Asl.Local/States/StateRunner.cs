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
        var visit = Trace(frame, named, input);
        try
        {
            var step = named.State switch
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
            visit?.Exit(step.Output, frame.Engine.Now);
            return step;
        }
        // AWS names the state in the cause of runtime errors and of JSONata evaluation errors (recorded).
        catch (StatesError e) when ((e.IsTerminal || e.Error == ErrorNames.QueryEvaluationError) && !e.HasStateContext)
        {
            visit?.Fail(e.Error, e.Cause, frame.Engine.Now);
            throw e.WithStateContext(named.Name, enteredAt);
        }
        catch (StatesError e)
        {
            visit?.Fail(e.Error, e.Cause, frame.Engine.Now);
            throw;
        }
        catch (OperationCanceledException) when (frame.Abort.FindCause() is { Reason: AbortReason.SiblingFailed } cause && frame.Run.IsRunning)
        {
            visit?.Abort(frame.Engine.Now);
            if (AbortedType(named.State) is { } aborted) frame.Run.Record(aborted, cause.CauseEventId);
            throw;
        }
        catch (OperationCanceledException)
        {
            visit?.Abort(frame.Engine.Now);
            throw;
        }
    }

    /// <summary>Starts the record of this state entry when the engine traces state visits.</summary>
    private static StateVisit? Trace(Frame frame, NamedState named, AslJson input)
    {
        if (frame.Run.Visits is not { } visits) return null;
        var visit = new StateVisit(named.Name, named.State.Type, input, frame.Engine.Now);
        visits.Add(visit);
        frame.Visit = visit;
        return visit;
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
