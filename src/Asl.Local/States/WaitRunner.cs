using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Wait: pauses for Seconds or until a Timestamp (literal, path, or JSONata) on the engine clock.</summary>
internal static class WaitRunner
{
    public static async Task<StepResult> RunAsync(Frame frame, NamedState named, WaitState state, AslJson input)
    {
        frame.Record(HistoryEventType.WaitStateEntered, new EventData { Name = named.Name, Input = input });
        var scope = new StateScope(frame, named, input, frame.Engine.Now);
        var jsonata = frame.IsJsonAta(state) ? JsonAtaFlow.For(scope) : null;
        var effective = jsonata is null ? JsonPathFlow.InputPath(state.InputPath, input, scope) : input;
        var delay = Delay(state, effective, scope, jsonata, frame.Engine.Now);
        if (delay > TimeSpan.Zero) await frame.Engine.Loop.Delay(delay, frame.Token);
        frame.Token.ThrowIfCancellationRequested();
        IReadOnlyList<KeyValuePair<string, AslJson>> assigned;
        AslJson output;
        if (jsonata is not null)
        {
            assigned = jsonata.Assign(state.Assign);
            output = jsonata.Output(state.Output, input);
        }
        else
        {
            assigned = JsonPathFlow.Assign(state.Assign, effective, scope);
            output = JsonPathFlow.OutputPath(state.OutputPath, effective, scope);
        }
        StateExit.Record(frame, HistoryEventType.WaitStateExited, named.Name, output, assigned);
        return new StepResult(output, state.End ? null : state.Next);
    }

    private static TimeSpan Delay(WaitState state, AslJson effective, StateScope scope, JsonAtaFlow? jsonata, DateTimeOffset now)
    {
        if (state.Seconds is { } seconds) return SecondsOf(jsonata is null ? seconds : jsonata.Evaluate(seconds, "Seconds"), "Seconds");
        if (state.SecondsPath is { } secondsPath) return SecondsAt(Select(secondsPath, "SecondsPath", effective, scope), secondsPath);
        if (state.Timestamp is { } timestamp)
        {
            return jsonata is null
                ? Until(timestamp, now, value => StatesError.Runtime($"Timestamp must be an RFC 3339 timestamp such as \"2016-03-14T01:59:00Z\", but it is {JsonText.Write(value)}."))
                : Until(jsonata.Evaluate(timestamp, "Timestamp"), now, value => StatesError.Query($"The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: {JsonValues.Text(value)}"));
        }
        if (state.TimestampPath is { } timestampPath)
        {
            return Until(Select(timestampPath, "TimestampPath", effective, scope), now,
                value => StatesError.Runtime($"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {timestampPath} == {JsonValues.Text(value)}"));
        }
        throw StatesError.Runtime("A Wait state needs one of Seconds, SecondsPath, Timestamp or TimestampPath.");
    }

    // The causes below are AWS's wording (recorded executions).
    private static AslJson Select(string pathText, string field, AslJson effective, StateScope scope)
    {
        var path = PathCache.GetPath(pathText, field);
        scope.Input = effective;
        if (PathEvaluator.TryEvaluate(path, scope, out var value, out _)) return value;
        throw StatesError.Runtime($"The {field} parameter does not reference an input value: {pathText}");
    }

    private static TimeSpan SecondsOf(AslJson value, string what)
    {
        if (value is AslJsonNumber number && number.TryGetInt64(out var seconds) && seconds >= 0 && seconds <= 99999999)
            return TimeSpan.FromSeconds(seconds);
        throw StatesError.Runtime($"{what} must be a non-negative integer of at most 99999999 seconds, but it is {JsonText.Write(value)}.");
    }

    /// <summary>The value at SecondsPath, read as AWS reads it: its text as a whole number ("5" is 5, 1.5 is refused).</summary>
    private static TimeSpan SecondsAt(AslJson value, string path)
    {
        var text = JsonValues.Text(value);
        if (!long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            throw StatesError.Runtime($"The SecondsPath parameter cannot be parsed as a long value: {path} == {text}");
        if (seconds < 0) throw StatesError.Runtime($"The SecondsPath parameter references a negative value: {path} == {text}");
        return SecondsOf(JsonValues.Number(seconds), $"the value at SecondsPath '{path}'");
    }

    private static TimeSpan Until(AslJson value, DateTimeOffset now, Func<AslJson, StatesError> invalid)
    {
        if (value is AslJsonString text && ChoiceRules.TryTimestamp(text.Value, out var due))
            return due > now ? due - now : TimeSpan.Zero;
        throw invalid(value);
    }

}
