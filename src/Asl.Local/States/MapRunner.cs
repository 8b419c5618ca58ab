using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Local.Processing;
using Asl.Local.S3;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>
/// Map: runs the item processor once per item, at most MaxConcurrency at a time (0 = no limit); the result is the
/// array of iteration outputs in item order. Distributed maps run the same way in process; their ItemReader reads and
/// their ResultWriter writes the engine's <see cref="LocalS3"/>.
/// </summary>
internal static class MapRunner
{
    public static Task<StepResult> RunAsync(Frame frame, NamedState named, MapState state, AslJson input)
        => WorkStateRunner.RunAsync(frame, named, state, input, HistoryEventType.MapStateEntered, HistoryEventType.MapStateExited,
            (scope, effective) => AttemptAsync(frame, named, state, scope, effective));

    private static async Task<AslJson> AttemptAsync(Frame frame, NamedState named, MapState state, StateScope scope, AslJson effective)
    {
        var processor = state.Processor ?? throw StatesError.Runtime("The Map state has no ItemProcessor (or Iterator).");
        MapSettings settings;
        long started;
        if (state.ItemReader is { } reader)
        {
            // As on AWS: the Map starts (with length 0), then reads; ItemsPath/Items are not used; a reading failure fails the Map.
            started = frame.Record(HistoryEventType.MapStateStarted, new EventData { Length = 0 });
            try
            {
                settings = MapSettings.Resolve(frame, state, scope, effective, ItemReading.Read(frame, state, reader, scope, effective));
            }
            catch (StatesError e) when (!e.IsTerminal)
            {
                e.EventId = frame.Record(HistoryEventType.MapStateFailed);
                throw;
            }
        }
        else
        {
            settings = MapSettings.Resolve(frame, state, scope, effective);
            started = frame.Record(HistoryEventType.MapStateStarted, new EventData { Length = settings.Items.Count });
        }
        var items = settings.Items;
        var writer = state.ResultWriter;
        var records = writer is null ? null : new MapIteration[items.Count];
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
            if (records is not null) records[i] = new MapIteration { Input = itemInput, StartDate = frame.Engine.Now };
            running.Add(RunIterationAsync(processor, named.Name, i, itemInput, frames[i], outputs, records?[i]));
        }
        failure ??= await Branches.AwaitAllAsync(running, iterations, Tolerate);
        frame.Token.ThrowIfCancellationRequested();

        var mapRunArn = writer is null ? null : MapRunArn(frame, named, state);
        if (failure is not null)
        {
            if (writer is not null) WriteAfterFailure(frame, state, writer, scope, effective, records!, mapRunArn!);
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
        AslJson result;
        try
        {
            result = writer is null ? JsonValues.Array(outputs) : ResultWriting.Write(frame, state, writer, scope, effective, Finished(records!), mapRunArn!);
        }
        catch (StatesError e) when (!e.IsTerminal)
        {
            e.EventId = frame.Record(HistoryEventType.MapStateFailed);
            throw;
        }
        frame.Record(HistoryEventType.MapStateSucceeded);
        return result;
    }

    /// <summary>The Map Run's ARN: <c>…:mapRun:machine/label:id</c> (the label defaults to the state's name).</summary>
    private static string MapRunArn(Frame frame, NamedState named, MapState state)
        => frame.Engine.Arn("mapRun", $"{frame.Run.Machine.Name}/{state.Label ?? named.Name}:{frame.Engine.NewGuid()}");

    private static MapIteration[] Finished(MapIteration?[] records) => records.OfType<MapIteration>().Where(r => r.Status is not null).ToArray();

    /// <summary>A failed Map Run still exports what its iterations did; a write failure then does not hide the Map's own error.</summary>
    private static void WriteAfterFailure(Frame frame, MapState state, ResultWriter writer, StateScope scope, AslJson effective, MapIteration?[] records, string mapRunArn)
    {
        try
        {
            ResultWriting.Write(frame, state, writer, scope, effective, Finished(records), mapRunArn);
        }
        catch (StatesError)
        {
            // The Map fails with its iterations' error either way.
        }
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

    private static async Task RunIterationAsync(ItemProcessor processor, string mapName, int index, AslJson input, Frame frame, AslJson[] outputs, MapIteration? record)
    {
        frame.Record(HistoryEventType.MapIterationStarted, new EventData { Name = mapName, Index = index });
        try
        {
            outputs[index] = await ContainerRunner.RunAsync(processor, input, frame);
        }
        catch (StatesError e)
        {
            if (record is not null) Finish(record, frame, "FAILED", null, e.Error, e.Cause);
            outputs[index] = new JsonObjectBuilder(2)
                .AddUnique("Error", e.Error is null ? AslJson.Null : new AslJsonString(e.Error))
                .AddUnique("Cause", e.Cause is null ? AslJson.Null : new AslJsonString(e.Cause))
                .Build();
            if (frame.Run.IsRunning) e.EventId = frame.Run.Record(HistoryEventType.MapIterationFailed, e.EventId, new EventData { Name = mapName, Index = index });
            throw;
        }
        catch (OperationCanceledException) when (frame.Abort.FindCause() is { Reason: AbortReason.SiblingFailed } cause && frame.Run.IsRunning)
        {
            if (record is not null) Finish(record, frame, "ABORTED", null, null, null);
            frame.Run.Record(HistoryEventType.MapIterationAborted, cause.CauseEventId, new EventData { Name = mapName, Index = index });
            throw;
        }
        if (record is not null) Finish(record, frame, "SUCCEEDED", outputs[index], null, null);
        frame.Record(HistoryEventType.MapIterationSucceeded, new EventData { Name = mapName, Index = index });
    }

    private static void Finish(MapIteration record, Frame frame, string status, AslJson? output, string? error, string? cause)
    {
        record.Status = status;
        record.Output = output;
        record.Error = error;
        record.Cause = cause;
        record.StopDate = frame.Engine.Now;
    }
}
