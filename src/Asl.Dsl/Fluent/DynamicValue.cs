namespace Asl;

/// <summary>
/// Dynamic values (paths, context fields, intrinsic calls) travel through typed C# code as strings, so that
/// <c>new ChildInput(TaskToken: Context.TaskToken)</c> compiles against a <c>string</c> property. Each one is its
/// expression between two private-use markers, which survive string concatenation, interpolation and
/// <c>string.Format</c>: <c>"Order " + Input.At("$.id")</c> is text with one dynamic part. When the state is built,
/// a payload member holding dynamic parts becomes <c>"Key.$": "$.id"</c> or <c>"Key.$": "States.Format('Order {}', $.id)"</c>
/// (JSONPath) or <c>"Key": "{% 'Order ' &amp; $states.input.id %}"</c> (JSONata); the markers never reach the definition.
/// </summary>
public static class DynamicValue
{
    /// <summary>The marker that opens a dynamic value.</summary>
    public const char Marker = '\uE000';

    /// <summary>The marker that closes a dynamic value.</summary>
    public const char EndMarker = '\uE001';

    /// <summary>Marks <paramref name="expression"/> (a path or an intrinsic call) as dynamic.</summary>
    public static string Encode(string expression) => Marker + expression + EndMarker;

    /// <summary>True when the whole of <paramref name="value"/> is one dynamic value; gives its expression.</summary>
    public static bool TryDecode(string? value, out string expression)
    {
        if (value is { Length: >= 2 } && value[0] == Marker && value[value.Length - 1] == EndMarker
            && value.IndexOf(Marker, 1) < 0 && value.IndexOf(EndMarker) == value.Length - 1)
        {
            expression = value.Substring(1, value.Length - 2);
            return true;
        }
        expression = string.Empty;
        return false;
    }

    /// <summary>True when <paramref name="value"/> holds a dynamic value anywhere (alone or inside text).</summary>
    public static bool IsDynamic(string? value) => value is not null && (value.IndexOf(Marker) >= 0 || value.IndexOf(EndMarker) >= 0);
}

/// <summary>Paths into the state input, for payload templates (members become <c>"Name.$"</c> entries).</summary>
public static class Input
{
    /// <summary>A path into the state's input, for example <c>Input.At("$.order.id")</c>.</summary>
    public static string At(string path) => DynamicValue.Encode(path);

    /// <summary>The whole state input (<c>$</c>).</summary>
    public static string Whole => DynamicValue.Encode("$");
}

/// <summary>Paths into variables assigned with <c>Assign</c>.</summary>
public static class Variables
{
    /// <summary>A variable, or a path into it: <c>Variables.At("order", ".id")</c> gives <c>$order.id</c>.</summary>
    public static string At(string name, string subPath = "") => DynamicValue.Encode("$" + name + subPath);
}

/// <summary>Fields of the context object (<c>$$</c>), usable in payload templates.</summary>
public static class Context
{
    /// <summary>The task token of a <c>.waitForTaskToken</c> task (<c>$$.Task.Token</c>).</summary>
    public static string TaskToken => DynamicValue.Encode("$$.Task.Token");

    /// <summary>The execution's ARN (<c>$$.Execution.Id</c>).</summary>
    public static string ExecutionId => DynamicValue.Encode("$$.Execution.Id");

    /// <summary>The execution's name (<c>$$.Execution.Name</c>).</summary>
    public static string ExecutionName => DynamicValue.Encode("$$.Execution.Name");

    /// <summary>The execution's start time (<c>$$.Execution.StartTime</c>).</summary>
    public static string ExecutionStartTime => DynamicValue.Encode("$$.Execution.StartTime");

    /// <summary>The execution's original input (<c>$$.Execution.Input</c>).</summary>
    public static string ExecutionInput => DynamicValue.Encode("$$.Execution.Input");

    /// <summary>A path into the execution's original input, for example <c>ExecutionInputAt(".TaskToken")</c>.</summary>
    public static string ExecutionInputAt(string subPath) => DynamicValue.Encode("$$.Execution.Input" + subPath);

    /// <summary>The state machine's ARN (<c>$$.StateMachine.Id</c>).</summary>
    public static string StateMachineId => DynamicValue.Encode("$$.StateMachine.Id");

    /// <summary>The current state's name (<c>$$.State.Name</c>).</summary>
    public static string StateName => DynamicValue.Encode("$$.State.Name");

    /// <summary>The current retry count (<c>$$.State.RetryCount</c>).</summary>
    public static string RetryCount => DynamicValue.Encode("$$.State.RetryCount");

    /// <summary>The current Map item's value (<c>$$.Map.Item.Value</c>), in a Map's ItemSelector.</summary>
    public static string MapItemValue => DynamicValue.Encode("$$.Map.Item.Value");

    /// <summary>The current Map item's index (<c>$$.Map.Item.Index</c>), in a Map's ItemSelector.</summary>
    public static string MapItemIndex => DynamicValue.Encode("$$.Map.Item.Index");
}
