using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

/// <summary>What a JSON-valued field of a state carries, for the size rules.</summary>
internal enum JsonFieldRole
{
    /// <summary>Becomes a payload (input, output or result) after evaluation.</summary>
    Payload,

    /// <summary>Becomes a payload exactly as written (a Pass state's Result).</summary>
    StaticPayload,

    /// <summary>Variables (Assign).</summary>
    Assign,

    /// <summary>A setting (numbers, items, conditions, error texts).</summary>
    Setting,
}

/// <summary>
/// One JSON-valued field of a state: its name as messages show it, its pointer and its value. The label and the
/// pointer are written out only when asked for (only findings need them): a state can have dozens of such fields.
/// </summary>
internal readonly struct StateJsonField
{
    private readonly StateSite _state;
    private readonly string _label;
    private readonly int _index;
    private readonly string? _member;

    /// <param name="label">The field, or with <paramref name="index"/> the list the field is in (<c>Retry</c>).</param>
    /// <param name="state">The state (whose pointer is written out only for a finding).</param>
    /// <param name="value">The value.</param>
    /// <param name="role">What the value carries.</param>
    /// <param name="index">The entry of the list, or -1.</param>
    /// <param name="member">The field of the entry (<c>IntervalSeconds</c>), with <paramref name="index"/>.</param>
    public StateJsonField(string label, StateSite state, AslJson value, JsonFieldRole role, int index = -1, string? member = null)
    {
        _label = label;
        _state = state;
        Value = value;
        Role = role;
        _index = index;
        _member = member;
    }

    /// <summary>The field relative to the state, for example <c>Output</c> or <c>Catch[0].Assign</c>.</summary>
    public string Label => _index < 0 ? _label : $"{_label}[{_index}].{_member}";

    /// <summary>The field's JSON pointer.</summary>
    public string Pointer
    {
        get
        {
            var pointer = _state.Pointer;
            foreach (var token in Label.Replace("[", ".").Replace("]", "").Split('.'))
                pointer = JsonPointer.Append(pointer, token);
            return pointer;
        }
    }

    public AslJson Value { get; }

    public JsonFieldRole Role { get; }
}

/// <summary>Lists every JSON-valued field of a state, nested ones (Catchers, Choice rules, Map settings) included.</summary>
internal static class StateJsonFields
{
    /// <summary>Fills <paramref name="fields"/> (cleared first) with the fields of <paramref name="site"/> that are set.</summary>
    public static void Of(StateSite site, List<StateJsonField> fields)
    {
        fields.Clear();
        var at = site;
        if (site.State is FlowState flow)
        {
            Add(fields, at, "Output", flow.Output, JsonFieldRole.Payload);
            Add(fields, at, "Assign", flow.Assign, JsonFieldRole.Assign);
        }
        if (site.State is WorkState work)
        {
            Add(fields, at, "Parameters", work.Parameters, JsonFieldRole.Payload);
            Add(fields, at, "ResultSelector", work.ResultSelector, JsonFieldRole.Payload);
            for (var i = 0; i < work.Retry.Count; i++)
            {
                var retrier = work.Retry[i];
                Add(fields, at, "Retry", i, "IntervalSeconds", retrier.IntervalSeconds, JsonFieldRole.Setting);
                Add(fields, at, "Retry", i, "MaxAttempts", retrier.MaxAttempts, JsonFieldRole.Setting);
                Add(fields, at, "Retry", i, "BackoffRate", retrier.BackoffRate, JsonFieldRole.Setting);
                Add(fields, at, "Retry", i, "MaxDelaySeconds", retrier.MaxDelaySeconds, JsonFieldRole.Setting);
            }
            for (var i = 0; i < work.Catch.Count; i++)
            {
                Add(fields, at, "Catch", i, "Output", work.Catch[i].Output, JsonFieldRole.Payload);
                Add(fields, at, "Catch", i, "Assign", work.Catch[i].Assign, JsonFieldRole.Assign);
            }
        }

        switch (site.State)
        {
            case PassState pass:
                Add(fields, at, "Parameters", pass.Parameters, JsonFieldRole.Payload);
                Add(fields, at, "Result", pass.Result, JsonFieldRole.StaticPayload);
                break;
            case TaskState task:
                Add(fields, at, "Arguments", task.Arguments, JsonFieldRole.Payload);
                Add(fields, at, "TimeoutSeconds", task.TimeoutSeconds, JsonFieldRole.Setting);
                Add(fields, at, "HeartbeatSeconds", task.HeartbeatSeconds, JsonFieldRole.Setting);
                Add(fields, at, "Credentials", task.Credentials, JsonFieldRole.Setting);
                break;
            case ParallelState parallel:
                Add(fields, at, "Arguments", parallel.Arguments, JsonFieldRole.Payload);
                break;
            case MapState map:
                AddMap(fields, at, map);
                break;
            case ChoiceState choice:
                Add(fields, at, "Output", choice.Output, JsonFieldRole.Payload);
                Add(fields, at, "Assign", choice.Assign, JsonFieldRole.Assign);
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    var rule = choice.Choices[i];
                    Add(fields, at, "Choices", i, "Output", rule.Output, JsonFieldRole.Payload);
                    Add(fields, at, "Choices", i, "Assign", rule.Assign, JsonFieldRole.Assign);
                    if (HasCondition(rule)) AddConditions(fields, at, rule, $"Choices[{i}]");
                }
                break;
            case WaitState wait:
                Add(fields, at, "Seconds", wait.Seconds, JsonFieldRole.Setting);
                Add(fields, at, "Timestamp", wait.Timestamp, JsonFieldRole.Setting);
                break;
            case SucceedState succeed:
                Add(fields, at, "Output", succeed.Output, JsonFieldRole.Payload);
                break;
            case FailState fail:
                Add(fields, at, "Error", fail.Error, JsonFieldRole.Setting);
                Add(fields, at, "Cause", fail.Cause, JsonFieldRole.Setting);
                break;
        }
    }

    private static void Add(List<StateJsonField> fields, StateSite state, string label, AslJson? value, JsonFieldRole role)
    {
        if (value is not null) fields.Add(new StateJsonField(label, state, value, role));
    }

    /// <summary>A field of entry <paramref name="index"/> of a list (Retry, Catch, Choices).</summary>
    private static void Add(List<StateJsonField> fields, StateSite state, string list, int index, string member, AslJson? value, JsonFieldRole role)
    {
        if (value is not null) fields.Add(new StateJsonField(list, state, value, role, index, member));
    }

    private static void AddMap(List<StateJsonField> fields, StateSite at, MapState map)
    {
        Add(fields, at, "Items", map.Items, JsonFieldRole.Setting);
        Add(fields, at, "ItemSelector", map.ItemSelector, JsonFieldRole.Payload);
        Add(fields, at, "MaxConcurrency", map.MaxConcurrency, JsonFieldRole.Setting);
        Add(fields, at, "ToleratedFailureCount", map.ToleratedFailureCount, JsonFieldRole.Setting);
        Add(fields, at, "ToleratedFailurePercentage", map.ToleratedFailurePercentage, JsonFieldRole.Setting);
        if (map.ItemReader is { } reader)
        {
            Add(fields, at, "ItemReader.Parameters", reader.Parameters, JsonFieldRole.Setting);
            Add(fields, at, "ItemReader.Arguments", reader.Arguments, JsonFieldRole.Setting);
            Add(fields, at, "ItemReader.ReaderConfig.MaxItems", reader.ReaderConfig?.MaxItems, JsonFieldRole.Setting);
        }
        if (map.ItemBatcher is { } batcher)
        {
            Add(fields, at, "ItemBatcher.MaxItemsPerBatch", batcher.MaxItemsPerBatch, JsonFieldRole.Setting);
            Add(fields, at, "ItemBatcher.MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, JsonFieldRole.Setting);
            Add(fields, at, "ItemBatcher.BatchInput", batcher.BatchInput, JsonFieldRole.Setting);
        }
        if (map.ResultWriter is { } writer)
        {
            Add(fields, at, "ResultWriter.Parameters", writer.Parameters, JsonFieldRole.Setting);
            Add(fields, at, "ResultWriter.Arguments", writer.Arguments, JsonFieldRole.Setting);
        }
    }

    /// <summary>True when the rule or a rule nested in its And, Or and Not has a Condition (JSONata rules only).</summary>
    private static bool HasCondition(ChoiceRule rule)
    {
        if (rule.Condition is not null) return true;
        if (rule.And is { } and)
            for (var i = 0; i < and.Count; i++) if (HasCondition(and[i])) return true;
        if (rule.Or is { } or)
            for (var i = 0; i < or.Count; i++) if (HasCondition(or[i])) return true;
        return rule.Not is { } not && HasCondition(not);
    }

    /// <summary>Conditions of a rule and of the rules nested in its And, Or and Not.</summary>
    private static void AddConditions(List<StateJsonField> fields, StateSite at, ChoiceRule rule, string label)
    {
        Add(fields, at, label + ".Condition", rule.Condition, JsonFieldRole.Setting);
        if (rule.And is { } and)
            for (var i = 0; i < and.Count; i++) AddConditions(fields, at, and[i], $"{label}.And[{i}]");
        if (rule.Or is { } or)
            for (var i = 0; i < or.Count; i++) AddConditions(fields, at, or[i], $"{label}.Or[{i}]");
        if (rule.Not is { } not) AddConditions(fields, at, not, label + ".Not");
    }
}
