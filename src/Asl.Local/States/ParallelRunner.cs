using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Parallel: runs every branch concurrently on the same input; the result is the array of branch outputs.</summary>
internal static class ParallelRunner
{
    public static Task<StepResult> RunAsync(Frame frame, NamedState named, ParallelState state, AslJson input)
        => WorkStateRunner.RunAsync(frame, named, state, input, HistoryEventType.ParallelStateEntered, HistoryEventType.ParallelStateExited,
            (scope, effective) => AttemptAsync(frame, state, scope, effective));

    private static async Task<AslJson> AttemptAsync(Frame frame, ParallelState state, StateScope scope, AslJson effective)
    {
        var branchInput = frame.IsJsonAta(state)
            ? (state.Arguments is null ? effective : JsonAtaFlow.For(scope).Evaluate(state.Arguments, "Arguments"))
            : JsonPathFlow.Template(state.Parameters, effective, scope);
        var started = frame.Record(HistoryEventType.ParallelStateStarted);
        using var branches = new AbortSignal(frame.Abort);
        var frames = new Frame[state.Branches.Count];
        var outputs = new AslJson[state.Branches.Count];
        var running = new List<Task>(frames.Length);
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = new Frame(frame.Run, branches, new VariableScope(frame.Variables), started);
            running.Add(RunBranchAsync(state.Branches[i], branchInput, frames[i], outputs, i));
        }
        var failure = await Branches.AwaitAllAsync(running, branches);
        frame.Token.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            failure.EventId = frame.Run.Record(HistoryEventType.ParallelStateFailed, failure.EventId);
            frame.LastEventId = failure.EventId;
            throw failure;
        }
        var last = started;
        foreach (var branchFrame in frames) last = Math.Max(last, branchFrame.LastEventId);
        frame.LastEventId = last;
        frame.Record(HistoryEventType.ParallelStateSucceeded);
        return JsonValues.Array(outputs);
    }

    private static async Task RunBranchAsync(Branch branch, AslJson input, Frame frame, AslJson[] outputs, int index)
        => outputs[index] = await ContainerRunner.RunAsync(branch, input, frame);
}
