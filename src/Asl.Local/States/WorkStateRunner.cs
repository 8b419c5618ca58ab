using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>
/// The shared life of Task, Parallel and Map states: enter, run attempts under Retry, shape the result
/// (ResultSelector, Assign, ResultPath, OutputPath, or JSONata Output), or hand the error to the first matching
/// Catch, and exit.
/// </summary>
internal static class WorkStateRunner
{
    /// <summary>One attempt of the state's work; returns the raw result. <paramref name="effectiveInput"/> is the input after InputPath (JSONPath) or the raw input (JSONata).</summary>
    public delegate Task<AslJson> Attempt(StateScope scope, AslJson effectiveInput);

    public static async Task<StepResult> RunAsync(Frame frame, NamedState named, WorkState state, AslJson input,
        HistoryEventType enteredType, HistoryEventType exitedType, Attempt attempt)
    {
        frame.Record(enteredType, new EventData { Name = named.Name, Input = input });
        var scope = new StateScope(frame, named, input, frame.Engine.Now);
        var jsonata = frame.IsJsonAta(state) ? JsonAtaFlow.For(scope) : null;
        try
        {
            var effective = jsonata is null ? JsonPathFlow.InputPath(state.InputPath, input, scope) : input;
            var raw = await RunWithRetryAsync(frame, state, scope, effective, attempt);
            AslJson output;
            IReadOnlyList<KeyValuePair<string, AslJson>> assigned;
            if (jsonata is not null)
            {
                scope.Result = raw;
                assigned = jsonata.Assign(state.Assign);
                output = jsonata.Output(state.Output, raw);
            }
            else
            {
                var selected = JsonPathFlow.Template(state.ResultSelector, raw, scope);
                assigned = JsonPathFlow.Assign(state.Assign, selected, scope);
                output = JsonPathFlow.OutputPath(state.OutputPath, JsonPathFlow.ResultPath(state.ResultPath, input, selected), scope);
            }
            StateExit.Record(frame, exitedType, named.Name, output, assigned);
            return new StepResult(output, state.End ? null : state.Next);
        }
        catch (StatesError e) when (!e.IsTerminal && ErrorMatching.FindCatcher(state.Catch, e.Error) is { } catcher)
        {
            if (e.EventId > 0) frame.LastEventId = e.EventId;
            frame.Visit?.Caught(e.Error, e.Cause);
            var errorOutput = new JsonObjectBuilder(2)
                .AddUnique("Error", e.Error is null ? AslJson.Null : new AslJsonString(e.Error))
                .AddUnique("Cause", e.Cause is null ? AslJson.Null : new AslJsonString(e.Cause))
                .Build();
            AslJson output;
            IReadOnlyList<KeyValuePair<string, AslJson>> assigned;
            if (jsonata is not null)
            {
                scope.ErrorOutput = errorOutput;
                scope.Result = null;
                assigned = jsonata.Assign(catcher.Assign);
                output = jsonata.Output(catcher.Output, errorOutput);
            }
            else
            {
                assigned = JsonPathFlow.Assign(catcher.Assign, errorOutput, scope);
                output = JsonPathFlow.ResultPath(catcher.ResultPath, input, errorOutput);
            }
            StateExit.Record(frame, exitedType, named.Name, output, assigned);
            return new StepResult(output, catcher.Next);
        }
    }

    private static async Task<AslJson> RunWithRetryAsync(Frame frame, WorkState state, StateScope scope, AslJson effective, Attempt attempt)
    {
        var retry = state.Retry.IsEmpty ? null : new RetryState(state.Retry);
        while (true)
        {
            try
            {
                return await attempt(scope, effective);
            }
            catch (StatesError e) when (!e.IsTerminal && retry?.NextDelay(e.Error, frame.Engine.Random) is { } delay)
            {
                if (e.EventId > 0) frame.LastEventId = e.EventId;
                await frame.Engine.Loop.Delay(delay, frame.Token);
                scope.RetryCount++;
                if (frame.Visit is { } visit) visit.RetryCount++;
            }
        }
    }
}
