using Asl.Collections;
using Asl.Json;

namespace Asl.Model;

/// <summary>
/// The base of the eight state types. Each subtype carries exactly the fields that ASL allows for it in
/// either query language; the validator checks which of them are legal in the state's effective language.
/// </summary>
public abstract record State
{
    private protected State() { }

    /// <summary>The ASL <c>Type</c> value of this state.</summary>
    public abstract string Type { get; }

    /// <summary>An optional human-readable description.</summary>
    public string? Comment { get; init; }

    /// <summary>"JSONPath" or "JSONata" for this state; inherits the machine's when absent.</summary>
    public string? QueryLanguage { get; init; }

    /// <summary>True when this state ends its container (<c>End: true</c>, Succeed or Fail).</summary>
    public virtual bool IsTerminal => false;
}

/// <summary>Fields shared by states that move to a next state or end (Pass, Task, Wait, Parallel, Map).</summary>
public abstract record FlowState : State
{
    private protected FlowState() { }

    /// <summary>The next state's name.</summary>
    public string? Next { get; init; }

    /// <summary>True for <c>End: true</c>. False is never written.</summary>
    public bool End { get; init; }

    /// <inheritdoc />
    public override bool IsTerminal => End;

    /// <summary>JSONPath: selects the state's input.</summary>
    public PathOrNull? InputPath { get; init; }

    /// <summary>JSONPath: selects the state's output.</summary>
    public PathOrNull? OutputPath { get; init; }

    /// <summary>JSONata: the state's output.</summary>
    public AslJson? Output { get; init; }

    /// <summary>Variables to assign.</summary>
    public AslJson? Assign { get; init; }
}

/// <summary>Fields shared by states that produce a result and can be retried or caught (Task, Parallel, Map).</summary>
public abstract record WorkState : FlowState
{
    private protected WorkState() { }

    /// <summary>JSONPath: the payload template for the input (for a Map, the legacy item selector).</summary>
    public AslJson? Parameters { get; init; }

    /// <summary>JSONPath: reshapes the result.</summary>
    public AslJson? ResultSelector { get; init; }

    /// <summary>JSONPath: where to put the result in the input.</summary>
    public PathOrNull? ResultPath { get; init; }

    /// <summary>Retriers, in order.</summary>
    public EquatableArray<Retrier> Retry { get; init; }

    /// <summary>Catchers, in order.</summary>
    public EquatableArray<Catcher> Catch { get; init; }
}

/// <summary>A Pass state.</summary>
public sealed record PassState : FlowState
{
    /// <inheritdoc />
    public override string Type => StateTypes.Pass;

    /// <summary>JSONPath: the payload template for the input.</summary>
    public AslJson? Parameters { get; init; }

    /// <summary>JSONPath: where to put the result.</summary>
    public PathOrNull? ResultPath { get; init; }

    /// <summary>The fixed result.</summary>
    public AslJson? Result { get; init; }
}

/// <summary>A Task state.</summary>
public sealed record TaskState : WorkState
{
    /// <summary>Creates a task for a resource ARN.</summary>
    public TaskState(string resource) => Resource = resource;

    /// <inheritdoc />
    public override string Type => StateTypes.Task;

    /// <summary>The resource ARN (service integration, Lambda function, activity, or <c>${Placeholder}</c>).</summary>
    public string Resource { get; init; }

    /// <summary>JSONata: the arguments passed to the resource.</summary>
    public AslJson? Arguments { get; init; }

    /// <summary>A positive integer, or a JSONata string.</summary>
    public AslJson? TimeoutSeconds { get; init; }

    /// <summary>JSONPath: a reference path to the timeout.</summary>
    public string? TimeoutSecondsPath { get; init; }

    /// <summary>A positive integer, or a JSONata string.</summary>
    public AslJson? HeartbeatSeconds { get; init; }

    /// <summary>JSONPath: a reference path to the heartbeat interval.</summary>
    public string? HeartbeatSecondsPath { get; init; }

    /// <summary>The role to assume (<c>RoleArn</c> / <c>RoleArn.$</c>).</summary>
    public AslJson? Credentials { get; init; }
}

/// <summary>A Choice state.</summary>
public sealed record ChoiceState(EquatableArray<ChoiceRule> Choices) : State
{
    /// <inheritdoc />
    public override string Type => StateTypes.Choice;

    /// <summary>The state to go to when no rule matches.</summary>
    public string? Default { get; init; }

    /// <summary>JSONPath: selects the state's input.</summary>
    public PathOrNull? InputPath { get; init; }

    /// <summary>JSONPath: selects the state's output.</summary>
    public PathOrNull? OutputPath { get; init; }

    /// <summary>JSONata: the output when the Default is taken.</summary>
    public AslJson? Output { get; init; }

    /// <summary>Variables to assign when the Default is taken.</summary>
    public AslJson? Assign { get; init; }
}

/// <summary>A Wait state.</summary>
public sealed record WaitState : FlowState
{
    /// <inheritdoc />
    public override string Type => StateTypes.Wait;

    /// <summary>A non-negative integer, or a JSONata string.</summary>
    public AslJson? Seconds { get; init; }

    /// <summary>JSONPath: a reference path to the seconds.</summary>
    public string? SecondsPath { get; init; }

    /// <summary>An RFC 3339 timestamp, or a JSONata string.</summary>
    public AslJson? Timestamp { get; init; }

    /// <summary>JSONPath: a reference path to the timestamp.</summary>
    public string? TimestampPath { get; init; }
}

/// <summary>A Succeed state.</summary>
public sealed record SucceedState : State
{
    /// <inheritdoc />
    public override string Type => StateTypes.Succeed;

    /// <inheritdoc />
    public override bool IsTerminal => true;

    /// <summary>JSONPath: selects the state's input.</summary>
    public PathOrNull? InputPath { get; init; }

    /// <summary>JSONPath: selects the state's output.</summary>
    public PathOrNull? OutputPath { get; init; }

    /// <summary>JSONata: the state's output.</summary>
    public AslJson? Output { get; init; }
}

/// <summary>A Fail state.</summary>
public sealed record FailState : State
{
    /// <inheritdoc />
    public override string Type => StateTypes.Fail;

    /// <inheritdoc />
    public override bool IsTerminal => true;

    /// <summary>The error name (a string, or a JSONata string).</summary>
    public AslJson? Error { get; init; }

    /// <summary>JSONPath: a reference path or string intrinsic giving the error.</summary>
    public string? ErrorPath { get; init; }

    /// <summary>The cause (a string, or a JSONata string).</summary>
    public AslJson? Cause { get; init; }

    /// <summary>JSONPath: a reference path or string intrinsic giving the cause.</summary>
    public string? CausePath { get; init; }
}

/// <summary>A Parallel state.</summary>
public sealed record ParallelState(EquatableArray<Branch> Branches) : WorkState
{
    /// <inheritdoc />
    public override string Type => StateTypes.Parallel;

    /// <summary>JSONata: the input given to every branch.</summary>
    public AslJson? Arguments { get; init; }
}

/// <summary>The eight <c>Type</c> values.</summary>
public static class StateTypes
{
    /// <summary>Pass</summary>
    public const string Pass = "Pass";
    /// <summary>Task</summary>
    public const string Task = "Task";
    /// <summary>Choice</summary>
    public const string Choice = "Choice";
    /// <summary>Wait</summary>
    public const string Wait = "Wait";
    /// <summary>Succeed</summary>
    public const string Succeed = "Succeed";
    /// <summary>Fail</summary>
    public const string Fail = "Fail";
    /// <summary>Parallel</summary>
    public const string Parallel = "Parallel";
    /// <summary>Map</summary>
    public const string Map = "Map";
}
