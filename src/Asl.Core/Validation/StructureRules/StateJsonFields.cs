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

/// <summary>One JSON-valued field of a state: its name as messages show it, its pointer and its value.</summary>
internal readonly struct StateJsonField
{
    private readonly string _statePointer;

    public StateJsonField(string label, string statePointer, AslJson value, JsonFieldRole role)
    {
        Label = label;
        _statePointer = statePointer;
        Value = value;
        Role = role;
    }

    /// <summary>The field relative to the state, for example <c>Output</c> or <c>Catch[0].Assign</c>.</summary>
    public string Label { get; }

    /// <summary>The field's JSON pointer, built on demand (only findings need it).</summary>
    public string Pointer
    {
        get
        {
            var pointer = _statePointer;
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
    public static List<StateJsonField> Of(StateSite site)
    {
        var fields = new List<StateJsonField>(8);
        void Add(string label, AslJson? value, JsonFieldRole role)
        {
            if (value is not null) fields.Add(new StateJsonField(label, site.Pointer, value, role));
        }

        if (site.State is FlowState flow)
        {
            Add("Output", flow.Output, JsonFieldRole.Payload);
            Add("Assign", flow.Assign, JsonFieldRole.Assign);
        }
        if (site.State is WorkState work)
        {
            Add("Parameters", work.Parameters, JsonFieldRole.Payload);
            Add("ResultSelector", work.ResultSelector, JsonFieldRole.Payload);
            // Labels with an index are formatted only for the fields that are set.
            for (var i = 0; i < work.Retry.Count; i++)
            {
                var retrier = work.Retry[i];
                if (retrier.IntervalSeconds is { } interval) Add($"Retry[{i}].IntervalSeconds", interval, JsonFieldRole.Setting);
                if (retrier.MaxAttempts is { } attempts) Add($"Retry[{i}].MaxAttempts", attempts, JsonFieldRole.Setting);
                if (retrier.BackoffRate is { } backoff) Add($"Retry[{i}].BackoffRate", backoff, JsonFieldRole.Setting);
                if (retrier.MaxDelaySeconds is { } delay) Add($"Retry[{i}].MaxDelaySeconds", delay, JsonFieldRole.Setting);
            }
            for (var i = 0; i < work.Catch.Count; i++)
            {
                if (work.Catch[i].Output is { } output) Add($"Catch[{i}].Output", output, JsonFieldRole.Payload);
                if (work.Catch[i].Assign is { } assign) Add($"Catch[{i}].Assign", assign, JsonFieldRole.Assign);
            }
        }

        switch (site.State)
        {
            case PassState pass:
                Add("Parameters", pass.Parameters, JsonFieldRole.Payload);
                Add("Result", pass.Result, JsonFieldRole.StaticPayload);
                break;
            case TaskState task:
                Add("Arguments", task.Arguments, JsonFieldRole.Payload);
                Add("TimeoutSeconds", task.TimeoutSeconds, JsonFieldRole.Setting);
                Add("HeartbeatSeconds", task.HeartbeatSeconds, JsonFieldRole.Setting);
                Add("Credentials", task.Credentials, JsonFieldRole.Setting);
                break;
            case ParallelState parallel:
                Add("Arguments", parallel.Arguments, JsonFieldRole.Payload);
                break;
            case MapState map:
                AddMap(map, Add);
                break;
            case ChoiceState choice:
                Add("Output", choice.Output, JsonFieldRole.Payload);
                Add("Assign", choice.Assign, JsonFieldRole.Assign);
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    var rule = choice.Choices[i];
                    if (rule.Output is { } output) Add($"Choices[{i}].Output", output, JsonFieldRole.Payload);
                    if (rule.Assign is { } assign) Add($"Choices[{i}].Assign", assign, JsonFieldRole.Assign);
                    if (HasCondition(rule)) AddConditions(rule, $"Choices[{i}]", Add);
                }
                break;
            case WaitState wait:
                Add("Seconds", wait.Seconds, JsonFieldRole.Setting);
                Add("Timestamp", wait.Timestamp, JsonFieldRole.Setting);
                break;
            case SucceedState succeed:
                Add("Output", succeed.Output, JsonFieldRole.Payload);
                break;
            case FailState fail:
                Add("Error", fail.Error, JsonFieldRole.Setting);
                Add("Cause", fail.Cause, JsonFieldRole.Setting);
                break;
        }
        return fields;
    }

    private static void AddMap(MapState map, System.Action<string, AslJson?, JsonFieldRole> add)
    {
        add("Items", map.Items, JsonFieldRole.Setting);
        add("ItemSelector", map.ItemSelector, JsonFieldRole.Payload);
        add("MaxConcurrency", map.MaxConcurrency, JsonFieldRole.Setting);
        add("ToleratedFailureCount", map.ToleratedFailureCount, JsonFieldRole.Setting);
        add("ToleratedFailurePercentage", map.ToleratedFailurePercentage, JsonFieldRole.Setting);
        if (map.ItemReader is { } reader)
        {
            add("ItemReader.Parameters", reader.Parameters, JsonFieldRole.Setting);
            add("ItemReader.Arguments", reader.Arguments, JsonFieldRole.Setting);
            add("ItemReader.ReaderConfig.MaxItems", reader.ReaderConfig?.MaxItems, JsonFieldRole.Setting);
        }
        if (map.ItemBatcher is { } batcher)
        {
            add("ItemBatcher.MaxItemsPerBatch", batcher.MaxItemsPerBatch, JsonFieldRole.Setting);
            add("ItemBatcher.MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, JsonFieldRole.Setting);
            add("ItemBatcher.BatchInput", batcher.BatchInput, JsonFieldRole.Setting);
        }
        if (map.ResultWriter is { } writer)
        {
            add("ResultWriter.Parameters", writer.Parameters, JsonFieldRole.Setting);
            add("ResultWriter.Arguments", writer.Arguments, JsonFieldRole.Setting);
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
    private static void AddConditions(ChoiceRule rule, string label, System.Action<string, AslJson?, JsonFieldRole> add)
    {
        add(label + ".Condition", rule.Condition, JsonFieldRole.Setting);
        if (rule.And is { } and)
            for (var i = 0; i < and.Count; i++) AddConditions(and[i], $"{label}.And[{i}]", add);
        if (rule.Or is { } or)
            for (var i = 0; i < or.Count; i++) AddConditions(or[i], $"{label}.Or[{i}]", add);
        if (rule.Not is { } not) AddConditions(not, label + ".Not", add);
    }
}
