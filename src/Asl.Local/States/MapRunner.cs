using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>
/// Map: runs the item processor once per item, at most MaxConcurrency at a time (0 = no limit); the result is the
/// array of iteration outputs in item order. Distributed maps run the same way in process, except that items from an
/// ItemReader or results for a ResultWriter (S3) are not available locally.
/// </summary>
internal static class MapRunner
{
    public static Task<StepResult> RunAsync(Frame frame, NamedState named, MapState state, AslJson input)
        => WorkStateRunner.RunAsync(frame, named, state, input, HistoryEventType.MapStateEntered, HistoryEventType.MapStateExited,
            (scope, effective) => AttemptAsync(frame, named, state, scope, effective));

    private static async Task<AslJson> AttemptAsync(Frame frame, NamedState named, MapState state, StateScope scope, AslJson effective)
    {
        if (state.ItemReader is not null)
            throw StatesError.Runtime("The Map state reads its items with an ItemReader (from S3), which the local engine cannot reach; give the items in the input (ItemsPath or Items) for local runs.");
        if (state.ResultWriter is not null)
            throw StatesError.Runtime("The Map state writes its results with a ResultWriter (to S3), which the local engine cannot reach; remove ResultWriter for local runs.");
        var processor = state.Processor ?? throw StatesError.Runtime("The Map state has no ItemProcessor (or Iterator).");
        var settings = MapSettings.Resolve(frame, state, scope, effective);
        var items = settings.Items;

        var started = frame.Record(HistoryEventType.MapStateStarted, new EventData { Length = items.Count });
        using var iterations = new AbortSignal(frame.Abort);
        var outputs = new AslJson[items.Count];
        var frames = new Frame[items.Count];
        var running = new List<Task>();
        var failures = 0;
        var tolerance = settings.Tolerance;
        StatesError? failure = null;

        bool Tolerate(StatesError error)
        {
            failures++;
            return tolerance is not null && tolerance.Value.Allows(failures, items.Count);
        }

        for (var i = 0; i < items.Count; i++)
        {
            while (settings.MaxConcurrency > 0 && running.Count >= settings.MaxConcurrency && failure is null)
            {
                var done = await Task.WhenAny(running);
                running.Remove(done);
                failure = Observe(done, iterations, Tolerate);
            }
            if (failure is not null || iterations.IsAborted) break;
            var itemInput = ItemInput(frame, state, scope, effective, i, items[i]);
            frames[i] = new Frame(frame.Run, iterations, new VariableScope(frame.Variables), started);
            running.Add(RunIterationAsync(processor, named.Name, i, itemInput, frames[i], outputs));
        }
        failure ??= await Branches.AwaitAllAsync(running, iterations, Tolerate);
        frame.Token.ThrowIfCancellationRequested();

        if (failure is not null)
        {
            if (tolerance is not null)
                failure = new StatesError(ErrorNames.ExceedToleratedFailureThreshold,
                    $"The Map state failed because {failures} of {items.Count} iterations failed, more than it tolerates (last error: {failure.Error}: {failure.Cause}).") { EventId = failure.EventId };
            failure.EventId = frame.Run.Record(HistoryEventType.MapStateFailed, failure.EventId);
            frame.LastEventId = failure.EventId;
            throw failure;
        }
        var last = started;
        foreach (var iterationFrame in frames)
            if (iterationFrame is not null) last = Math.Max(last, iterationFrame.LastEventId);
        frame.LastEventId = last;
        frame.Record(HistoryEventType.MapStateSucceeded);
        return JsonValues.Array(outputs);
    }

    private static StatesError? Observe(Task done, AbortSignal iterations, Func<StatesError, bool> tolerate)
    {
        if (!done.IsFaulted) return null;
        var error = Branches.Unwrap(done.Exception!);
        if (error is null || tolerate(error)) return null;
        iterations.Abort(AbortReason.SiblingFailed, error.EventId);
        return error;
    }

    private static AslJson ItemInput(Frame frame, MapState state, StateScope scope, AslJson effective, int index, AslJson item)
    {
        var selector = state.ItemSelector ?? state.Parameters;
        if (selector is null) return item;
        scope.SetMapItem((index, item));
        try
        {
            return frame.IsJsonAta(state)
                ? JsonAtaFlow.For(scope).Evaluate(selector, "ItemSelector")
                : JsonPathFlow.Template(selector, effective, scope);
        }
        finally
        {
            scope.SetMapItem(null);
        }
    }

    private static async Task RunIterationAsync(ItemProcessor processor, string mapName, int index, AslJson input, Frame frame, AslJson[] outputs)
    {
        frame.Record(HistoryEventType.MapIterationStarted, new EventData { Name = mapName, Index = index });
        try
        {
            outputs[index] = await ContainerRunner.RunAsync(processor, input, frame);
        }
        catch (StatesError e)
        {
            outputs[index] = new JsonObjectBuilder(2)
                .AddUnique("Error", e.Error is null ? AslJson.Null : new AslJsonString(e.Error))
                .AddUnique("Cause", e.Cause is null ? AslJson.Null : new AslJsonString(e.Cause))
                .Build();
            if (frame.Run.IsRunning) e.EventId = frame.Run.Record(HistoryEventType.MapIterationFailed, e.EventId, new EventData { Name = mapName, Index = index });
            throw;
        }
        catch (OperationCanceledException) when (frame.Abort.FindCause() is { Reason: AbortReason.SiblingFailed } cause && frame.Run.IsRunning)
        {
            frame.Run.Record(HistoryEventType.MapIterationAborted, cause.CauseEventId, new EventData { Name = mapName, Index = index });
            throw;
        }
        frame.Record(HistoryEventType.MapIterationSucceeded, new EventData { Name = mapName, Index = index });
    }
}
