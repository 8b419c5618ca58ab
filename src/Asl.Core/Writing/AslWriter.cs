using System;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Writing;

/// <summary>
/// Writes the model as canonical ASL JSON: indented by four spaces, <c>\n</c> line ends, no trailing new
/// line, and every object's fields in one fixed order, so equal models give byte-identical text.
/// </summary>
/// <remarks>
/// <para>The canonical order follows the data flow of a state: what the state is, how it selects its
/// input, what it does, how it shapes its result and output, how it handles errors, and where it goes next.</para>
/// <list type="bullet">
/// <item><description>Machine: Comment, QueryLanguage, Version, TimeoutSeconds, StartAt, States.</description></item>
/// <item><description>Branch, ItemProcessor, Iterator: Comment, ProcessorConfig, StartAt, States.</description></item>
/// <item><description>Every state starts with Comment, Type, QueryLanguage, then InputPath; it ends with
/// ResultSelector, ResultPath, OutputPath, Output, Assign, Retry, Catch, Next, End (those it has).</description></item>
/// <item><description>In between, per type. Pass: Parameters, Result. Task: Resource, Credentials, Parameters,
/// Arguments, TimeoutSeconds, TimeoutSecondsPath, HeartbeatSeconds, HeartbeatSecondsPath. Choice: Choices, Default.
/// Wait: Seconds, SecondsPath, Timestamp, TimestampPath. Fail: Error, ErrorPath, Cause, CausePath.
/// Parallel: Parameters, Arguments, Branches. Map: ItemReader, ItemsPath, Items, ItemSelector, Parameters,
/// ItemBatcher, MaxConcurrency, MaxConcurrencyPath, ToleratedFailurePercentage, ToleratedFailurePercentagePath,
/// ToleratedFailureCount, ToleratedFailureCountPath, Label, ItemProcessor, Iterator, ResultWriter.</description></item>
/// <item><description>Choice rule: Comment, Variable, the comparisons in model order, And, Or, Not, Condition,
/// Assign, Output, Next.</description></item>
/// <item><description>Retrier: Comment, ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds,
/// JitterStrategy. Catcher: Comment, ErrorEquals, ResultPath, Output, Assign, Next.</description></item>
/// <item><description>ItemReader: Resource, ReaderConfig, Parameters, Arguments. ReaderConfig: InputType,
/// CSVHeaderLocation, CSVHeaders, CSVDelimiter, ManifestType, MaxItems, MaxItemsPath. ItemBatcher:
/// MaxItemsPerBatch, MaxItemsPerBatchPath, MaxInputBytesPerBatch, MaxInputBytesPerBatchPath, BatchInput.
/// ResultWriter: Resource, WriterConfig, Parameters, Arguments. WriterConfig: OutputType, Transformation.
/// ProcessorConfig: Mode, ExecutionType.</description></item>
/// </list>
/// <para>Absent optional fields are omitted, <c>End</c> is written only when true, empty Retry and Catch
/// arrays are omitted, a <see cref="PathOrNull.Null"/> path is written as <c>null</c>, numbers keep their
/// JSON text and payload objects keep their member order. Required fields (StartAt, States, Type, Resource,
/// Choices, Branches, ErrorEquals, a Catcher's Next) are always written, even when empty.</para>
/// </remarks>
public static partial class AslWriter
{
    /// <summary>Writes a whole state machine as canonical ASL JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="machine"/> is null.</exception>
    public static string Write(StateMachine machine)
    {
        if (machine is null) throw new ArgumentNullException(nameof(machine));
        var json = new JsonTextBuilder(4096);
        json.BeginObject();
        OptionalString(json, "Comment", machine.Comment);
        OptionalString(json, "QueryLanguage", machine.QueryLanguage);
        OptionalString(json, "Version", machine.Version);
        OptionalValue(json, "TimeoutSeconds", machine.TimeoutSeconds);
        WriteStartAtAndStates(json, machine.StartAt, machine.States);
        json.EndObject();
        return json.ToString();
    }

    /// <summary>Writes one JSON value (a payload, Result, Output, ...) in the same indented form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string WriteValue(AslJson value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        var json = new JsonTextBuilder(256);
        json.Value(value);
        return json.ToString();
    }

    private static void WriteBranch(JsonTextBuilder json, Branch branch)
    {
        json.BeginObject();
        OptionalString(json, "Comment", branch.Comment);
        WriteStartAtAndStates(json, branch.StartAt, branch.States);
        json.EndObject();
    }

    private static void WriteProcessor(JsonTextBuilder json, string name, ItemProcessor? processor)
    {
        if (processor is null) return;
        json.Name(name);
        json.BeginObject();
        OptionalString(json, "Comment", processor.Comment);
        if (processor.ProcessorConfig is { } config)
        {
            json.Name("ProcessorConfig");
            json.BeginObject();
            OptionalString(json, "Mode", config.Mode);
            OptionalString(json, "ExecutionType", config.ExecutionType);
            json.EndObject();
        }
        WriteStartAtAndStates(json, processor.StartAt, processor.States);
        json.EndObject();
    }

    private static void WriteStartAtAndStates(JsonTextBuilder json, string startAt, EquatableArray<NamedState> states)
    {
        json.Name("StartAt");
        json.String(startAt);
        json.Name("States");
        json.BeginObject();
        for (var i = 0; i < states.Count; i++)
        {
            var named = states[i];
            json.Name(named.Name);
            WriteState(json, named.State);
        }
        json.EndObject();
    }

    private static void OptionalString(JsonTextBuilder json, string name, string? value)
    {
        if (value is null) return;
        json.Name(name);
        json.String(value);
    }

    private static void OptionalValue(JsonTextBuilder json, string name, AslJson? value)
    {
        if (value is null) return;
        json.Name(name);
        json.Value(value);
    }

    private static void OptionalPath(JsonTextBuilder json, string name, PathOrNull? value)
    {
        if (value is null) return;
        json.Name(name);
        if (value.Path is { } path) json.String(path);
        else json.Null();
    }

    private static void OptionalStrings(JsonTextBuilder json, string name, EquatableArray<string>? values)
    {
        if (values is { } present) RequiredStrings(json, name, present);
    }

    private static void RequiredStrings(JsonTextBuilder json, string name, EquatableArray<string> values)
    {
        json.Name(name);
        json.BeginArray();
        for (var i = 0; i < values.Count; i++) json.String(values[i]);
        json.EndArray();
    }
}
