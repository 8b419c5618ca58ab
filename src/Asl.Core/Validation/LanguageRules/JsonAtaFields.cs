using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

/// <summary>The type a JSONata state's field must have once evaluated.</summary>
internal enum ExpectedType
{
    Any,
    PositiveInteger,
    NonNegativeInteger,
    Percentage,
    Boolean,
    Array,
    String,
    Timestamp,
}

/// <summary>One field of a JSONata state whose value (or any string nested in it) may be a JSONata string.</summary>
/// <param name="Label">How messages name the field, for example <c>Catch[0].Output</c>.</param>
/// <param name="Pointer">JSON pointer of the field's value.</param>
/// <param name="Value">The value.</param>
/// <param name="Expected">The type the value must evaluate to.</param>
internal sealed record JsonAtaField(string Label, string Pointer, AslJson Value, ExpectedType Expected = ExpectedType.Any)
{
    /// <summary>$states.result exists: the top-level Output and Assign of Task, Map and Parallel states.</summary>
    public bool ResultAvailable { get; init; }

    /// <summary>$states.errorOutput exists: a Catcher's Output and Assign.</summary>
    public bool ErrorOutputAvailable { get; init; }

    /// <summary>Evaluated before the work runs (Arguments of a state, an ItemReader or a ResultWriter).</summary>
    public bool IsArguments { get; init; }

    /// <summary>An Assign object: its own keys are variable names, not data.</summary>
    public bool IsAssign { get; init; }
}

// Which fields of a JSONata state Step Functions evaluates, and what each may use and must produce.
internal sealed partial class LanguageRules
{
    private static IEnumerable<JsonAtaField> JsonAtaFieldsOf(StateSite site)
    {
        var state = site.State;
        var hasResult = state is WorkState;
        if (OutputOf(state) is { } output)
            yield return new JsonAtaField("Output", site.Field("Output"), output) { ResultAvailable = hasResult };
        if (AssignOf(state) is { } assign)
            yield return new JsonAtaField("Assign", site.Field("Assign"), assign) { ResultAvailable = hasResult, IsAssign = true };

        IEnumerable<JsonAtaField> specific = state switch
        {
            TaskState task => TaskFields(site, task),
            ParallelState parallel => Optional(parallel.Arguments, "Arguments", site.Field("Arguments"), ExpectedType.Any, isArguments: true),
            MapState map => MapFields(site, map),
            WaitState wait => Optional(wait.Seconds, "Seconds", site.Field("Seconds"), ExpectedType.NonNegativeInteger)
                .Concat(Optional(wait.Timestamp, "Timestamp", site.Field("Timestamp"), ExpectedType.Timestamp)),
            FailState fail => Optional(fail.Error, "Error", site.Field("Error"), ExpectedType.String)
                .Concat(Optional(fail.Cause, "Cause", site.Field("Cause"), ExpectedType.String)),
            ChoiceState choice => ChoiceFields(site, choice),
            _ => System.Array.Empty<JsonAtaField>(),
        };
        foreach (var field in specific) yield return field;

        if (state is not WorkState work) yield break;
        for (var i = 0; i < work.Catch.Count; i++)
        {
            var pointer = JsonPointer.Append(site.Field("Catch"), i);
            if (work.Catch[i].Output is { } catchOutput)
                yield return new JsonAtaField($"Catch[{i}].Output", JsonPointer.Append(pointer, "Output"), catchOutput) { ErrorOutputAvailable = true };
            if (work.Catch[i].Assign is { } catchAssign)
                yield return new JsonAtaField($"Catch[{i}].Assign", JsonPointer.Append(pointer, "Assign"), catchAssign) { ErrorOutputAvailable = true, IsAssign = true };
        }
    }

    private static AslJson? AssignOf(State state) => state switch
    {
        FlowState flow => flow.Assign,
        ChoiceState choice => choice.Assign,
        _ => null,
    };

    private static IEnumerable<JsonAtaField> Optional(AslJson? value, string label, string pointer, ExpectedType expected, bool isArguments = false)
    {
        if (value is not null) yield return new JsonAtaField(label, pointer, value, expected) { IsArguments = isArguments };
    }

    private static IEnumerable<JsonAtaField> TaskFields(StateSite site, TaskState task) =>
        Optional(task.Arguments, "Arguments", site.Field("Arguments"), ExpectedType.Any, isArguments: true)
            .Concat(Optional(task.TimeoutSeconds, "TimeoutSeconds", site.Field("TimeoutSeconds"), ExpectedType.PositiveInteger))
            .Concat(Optional(task.HeartbeatSeconds, "HeartbeatSeconds", site.Field("HeartbeatSeconds"), ExpectedType.PositiveInteger))
            .Concat(Optional(task.Credentials, "Credentials", site.Field("Credentials"), ExpectedType.Any));

    private static IEnumerable<JsonAtaField> MapFields(StateSite site, MapState map)
    {
        var fields = Optional(map.Items, "Items", site.Field("Items"), ExpectedType.Array)
            .Concat(Optional(map.ItemSelector, "ItemSelector", site.Field("ItemSelector"), ExpectedType.Any))
            .Concat(Optional(map.MaxConcurrency, "MaxConcurrency", site.Field("MaxConcurrency"), ExpectedType.NonNegativeInteger))
            .Concat(Optional(map.ToleratedFailureCount, "ToleratedFailureCount", site.Field("ToleratedFailureCount"), ExpectedType.NonNegativeInteger))
            .Concat(Optional(map.ToleratedFailurePercentage, "ToleratedFailurePercentage", site.Field("ToleratedFailurePercentage"), ExpectedType.Percentage));

        var reader = site.Field("ItemReader");
        if (map.ItemReader is { } itemReader)
        {
            fields = fields.Concat(Optional(itemReader.Arguments, "ItemReader.Arguments", JsonPointer.Append(reader, "Arguments"), ExpectedType.Any, isArguments: true));
            if (itemReader.ReaderConfig?.MaxItems is { } maxItems)
                fields = fields.Concat(Optional(maxItems, "ItemReader.ReaderConfig.MaxItems",
                    JsonPointer.Append(JsonPointer.Append(reader, "ReaderConfig"), "MaxItems"), ExpectedType.PositiveInteger));
        }

        var batcher = site.Field("ItemBatcher");
        if (map.ItemBatcher is { } itemBatcher)
            fields = fields
                .Concat(Optional(itemBatcher.MaxItemsPerBatch, "ItemBatcher.MaxItemsPerBatch", JsonPointer.Append(batcher, "MaxItemsPerBatch"), ExpectedType.PositiveInteger))
                .Concat(Optional(itemBatcher.MaxInputBytesPerBatch, "ItemBatcher.MaxInputBytesPerBatch", JsonPointer.Append(batcher, "MaxInputBytesPerBatch"), ExpectedType.PositiveInteger))
                .Concat(Optional(itemBatcher.BatchInput, "ItemBatcher.BatchInput", JsonPointer.Append(batcher, "BatchInput"), ExpectedType.Any));

        if (map.ResultWriter?.Arguments is { } writerArguments)
            fields = fields.Concat(Optional(writerArguments, "ResultWriter.Arguments", JsonPointer.Append(site.Field("ResultWriter"), "Arguments"), ExpectedType.Any, isArguments: true));
        return fields;
    }

    private static IEnumerable<JsonAtaField> ChoiceFields(StateSite site, ChoiceState choice)
    {
        for (var i = 0; i < choice.Choices.Count; i++)
        {
            var rule = choice.Choices[i];
            var pointer = JsonPointer.Append(site.Field("Choices"), i);
            if (rule.Condition is { } condition)
                yield return new JsonAtaField($"Choices[{i}].Condition", JsonPointer.Append(pointer, "Condition"), condition, ExpectedType.Boolean);
            if (rule.Output is { } output)
                yield return new JsonAtaField($"Choices[{i}].Output", JsonPointer.Append(pointer, "Output"), output);
            if (rule.Assign is { } assign)
                yield return new JsonAtaField($"Choices[{i}].Assign", JsonPointer.Append(pointer, "Assign"), assign) { IsAssign = true };
        }
    }
}
