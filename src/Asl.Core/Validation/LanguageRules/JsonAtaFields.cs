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
/// <param name="label">How messages name the field (<c>Output</c>), or with <paramref name="index"/> the list it is in (<c>Catch</c>).</param>
/// <param name="pointer">JSON pointer of the field's value (written out only for a finding).</param>
/// <param name="value">The value.</param>
/// <param name="expected">The type the value must evaluate to.</param>
/// <param name="index">The entry of the list, or -1.</param>
/// <param name="member">The field of the entry (<c>Output</c>), with <paramref name="index"/>.</param>
internal sealed class JsonAtaField(string label, LazyPointer pointer, AslJson value, ExpectedType expected = ExpectedType.Any, int index = -1, string? member = null)
{
    /// <summary>How messages name the field, for example <c>Catch[0].Output</c> (written out only for a finding).</summary>
    public string Label => index < 0 ? label : $"{label}[{index}].{member}";

    public LazyPointer Pointer => pointer;

    public AslJson Value => value;

    public ExpectedType Expected => expected;

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
    /// <summary>The fields of the state that are set, in a fixed order; their pointers are not written out yet.</summary>
    private static List<JsonAtaField> JsonAtaFieldsOf(StateSite site)
    {
        var fields = new List<JsonAtaField>();
        var state = site.State;
        var hasResult = state is WorkState;
        if (OutputOf(state) is { } output)
            fields.Add(new JsonAtaField("Output", site.FieldPointer("Output"), output) { ResultAvailable = hasResult });
        if (AssignOf(state) is { } assign)
            fields.Add(new JsonAtaField("Assign", site.FieldPointer("Assign"), assign) { ResultAvailable = hasResult, IsAssign = true });

        switch (state)
        {
            case TaskState task:
                Add(fields, site, task.Arguments, "Arguments", ExpectedType.Any, isArguments: true);
                Add(fields, site, task.TimeoutSeconds, "TimeoutSeconds", ExpectedType.PositiveInteger);
                Add(fields, site, task.HeartbeatSeconds, "HeartbeatSeconds", ExpectedType.PositiveInteger);
                Add(fields, site, task.Credentials, "Credentials", ExpectedType.Any);
                break;
            case ParallelState parallel:
                Add(fields, site, parallel.Arguments, "Arguments", ExpectedType.Any, isArguments: true);
                break;
            case MapState map:
                AddMapFields(fields, site, map);
                break;
            case WaitState wait:
                Add(fields, site, wait.Seconds, "Seconds", ExpectedType.NonNegativeInteger);
                Add(fields, site, wait.Timestamp, "Timestamp", ExpectedType.Timestamp);
                break;
            case FailState fail:
                Add(fields, site, fail.Error, "Error", ExpectedType.String);
                Add(fields, site, fail.Cause, "Cause", ExpectedType.String);
                break;
            case ChoiceState choice:
                AddChoiceFields(fields, site, choice);
                break;
        }

        if (state is WorkState work && !work.Catch.IsEmpty)
        {
            var catchers = site.FieldPointer("Catch");
            for (var i = 0; i < work.Catch.Count; i++)
            {
                var pointer = catchers.Item(i);
                if (work.Catch[i].Output is { } catchOutput)
                    fields.Add(new JsonAtaField("Catch", pointer.Member("Output"), catchOutput, index: i, member: "Output") { ErrorOutputAvailable = true });
                if (work.Catch[i].Assign is { } catchAssign)
                    fields.Add(new JsonAtaField("Catch", pointer.Member("Assign"), catchAssign, index: i, member: "Assign") { ErrorOutputAvailable = true, IsAssign = true });
            }
        }
        return fields;
    }

    private static AslJson? AssignOf(State state) => state switch
    {
        FlowState flow => flow.Assign,
        ChoiceState choice => choice.Assign,
        _ => null,
    };

    /// <summary>Adds the state's field <paramref name="name"/> when it is set.</summary>
    private static void Add(List<JsonAtaField> fields, StateSite site, AslJson? value, string name, ExpectedType expected, bool isArguments = false)
    {
        if (value is not null) fields.Add(new JsonAtaField(name, site.FieldPointer(name), value, expected) { IsArguments = isArguments });
    }

    /// <summary>Adds a field of one of the state's objects (ItemReader, ItemBatcher, ...) when it is set.</summary>
    private static void Add(List<JsonAtaField> fields, AslJson? value, string label, LazyPointer pointer, ExpectedType expected, bool isArguments = false)
    {
        if (value is not null) fields.Add(new JsonAtaField(label, pointer, value, expected) { IsArguments = isArguments });
    }

    private static void AddMapFields(List<JsonAtaField> fields, StateSite site, MapState map)
    {
        Add(fields, site, map.Items, "Items", ExpectedType.Array);
        Add(fields, site, map.ItemSelector, "ItemSelector", ExpectedType.Any);
        Add(fields, site, map.MaxConcurrency, "MaxConcurrency", ExpectedType.NonNegativeInteger);
        Add(fields, site, map.ToleratedFailureCount, "ToleratedFailureCount", ExpectedType.NonNegativeInteger);
        Add(fields, site, map.ToleratedFailurePercentage, "ToleratedFailurePercentage", ExpectedType.Percentage);

        if (map.ItemReader is { } itemReader)
        {
            var reader = site.FieldPointer("ItemReader");
            Add(fields, itemReader.Arguments, "ItemReader.Arguments", reader.Member("Arguments"), ExpectedType.Any, isArguments: true);
            Add(fields, itemReader.ReaderConfig?.MaxItems, "ItemReader.ReaderConfig.MaxItems", reader.Member("ReaderConfig").Member("MaxItems"),
                ExpectedType.PositiveInteger);
        }

        if (map.ItemBatcher is { } itemBatcher)
        {
            var batcher = site.FieldPointer("ItemBatcher");
            Add(fields, itemBatcher.MaxItemsPerBatch, "ItemBatcher.MaxItemsPerBatch", batcher.Member("MaxItemsPerBatch"), ExpectedType.PositiveInteger);
            Add(fields, itemBatcher.MaxInputBytesPerBatch, "ItemBatcher.MaxInputBytesPerBatch", batcher.Member("MaxInputBytesPerBatch"),
                ExpectedType.PositiveInteger);
            Add(fields, itemBatcher.BatchInput, "ItemBatcher.BatchInput", batcher.Member("BatchInput"), ExpectedType.Any);
        }

        if (map.ResultWriter?.Arguments is { } writerArguments)
            Add(fields, writerArguments, "ResultWriter.Arguments", site.FieldPointer("ResultWriter").Member("Arguments"), ExpectedType.Any,
                isArguments: true);
    }

    private static void AddChoiceFields(List<JsonAtaField> fields, StateSite site, ChoiceState choice)
    {
        if (choice.Choices.IsEmpty) return;
        var choices = site.FieldPointer("Choices");
        for (var i = 0; i < choice.Choices.Count; i++)
        {
            var rule = choice.Choices[i];
            var pointer = choices.Item(i);
            if (rule.Condition is { } condition)
                fields.Add(new JsonAtaField("Choices", pointer.Member("Condition"), condition, ExpectedType.Boolean, i, "Condition"));
            if (rule.Output is { } output)
                fields.Add(new JsonAtaField("Choices", pointer.Member("Output"), output, index: i, member: "Output"));
            if (rule.Assign is { } assign)
                fields.Add(new JsonAtaField("Choices", pointer.Member("Assign"), assign, index: i, member: "Assign") { IsAssign = true });
        }
    }
}
