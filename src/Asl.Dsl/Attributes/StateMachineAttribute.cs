using System;

namespace Asl;

/// <summary>
/// Marks a partial class whose static <c>Define()</c> method describes a state machine. The Asl source
/// generator evaluates <c>Define()</c> at compile time, validates the result and emits the ASL JSON, the
/// machine's name, its substitutions and a typed starter client. A class may instead take its definition from an
/// Amazon States Language file (<see cref="DefinitionFile"/>); it then has no <c>Define()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StateMachineAttribute : Attribute
{
    /// <summary>The state machine's name; defaults to the class name.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// An Amazon States Language file that defines the machine instead of <c>Define()</c>, relative to the project
    /// folder (for example <c>flows/order.asl.json</c>). The file must be an <c>AdditionalFiles</c> item; the Asl.Dsl
    /// package adds every <c>**/*.asl.json</c> of the project. The generator validates the file, reports findings at their
    /// line and column in it, and generates the same members and build artifacts as for <c>Define()</c>. The file's own
    /// <c>Comment</c>, <c>TimeoutSeconds</c> and <c>QueryLanguage</c> count: do not set them here.
    /// </summary>
    public string? DefinitionFile { get; set; }

    /// <summary>STANDARD (the default) or EXPRESS.</summary>
    public StateMachineType Type { get; set; } = StateMachineType.Standard;

    /// <summary>The machine's default query language.</summary>
    public QueryLanguage QueryLanguage { get; set; } = QueryLanguage.JsonPath;

    /// <summary>
    /// How the machine's data names C# members (the System.Text.Json naming policy its input and output follow): member
    /// access in data lambdas becomes paths of these names, the output check matches members by them, and the generated
    /// client and the test harness serialize with the same policy. <c>[JsonPropertyName]</c> still wins. Defaults to
    /// <see cref="JsonNaming.AsWritten"/>.
    /// </summary>
    public JsonNaming JsonNaming { get; set; }

    /// <summary>The top-level <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>The execution timeout in seconds; 0 leaves it unset.</summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>
    /// What executions log to CloudWatch Logs; <see cref="StateMachineLogLevel.Off"/> (the default) logs nothing. The
    /// deploy template then logs to <see cref="LogGroup"/>, or to a log group it creates, and grants the role log delivery.
    /// </summary>
    public StateMachineLogLevel LogLevel { get; set; }

    /// <summary>Whether log records include execution data: inputs, outputs and parameters.</summary>
    public bool LogExecutionData { get; set; }

    /// <summary>
    /// An existing log group to log to: its name, its ARN, or a <c>${Placeholder}</c> the deployer fills with its ARN.
    /// When unset, the deploy template creates a log group for the machine.
    /// </summary>
    public string? LogGroup { get; set; }

    /// <summary>How many days the log group the template creates keeps records (a period CloudWatch Logs offers: 1, 3, 5, 7, 14, 30, ...); 0 keeps them forever.</summary>
    public int LogRetentionDays { get; set; }

    /// <summary>Traces executions with AWS X-Ray; the deploy template grants the role what tracing needs.</summary>
    public bool Tracing { get; set; }

    /// <summary>
    /// An existing IAM role for the machine (its ARN, or a <c>${Placeholder}</c>) instead of the role the deploy template
    /// generates; that role must then allow everything the machine calls.
    /// </summary>
    public string? RoleArn { get; set; }

    /// <summary>
    /// A customer managed KMS key (its ARN, or a <c>${Placeholder}</c>) that encrypts the definition and execution data;
    /// the deploy template grants the role kms:Decrypt and kms:GenerateDataKey on it for this machine.
    /// </summary>
    public string? KmsKeyArn { get; set; }

    /// <summary>How long Step Functions reuses a data key of <see cref="KmsKeyArn"/>, 60 to 900 seconds; 0 keeps the default (300).</summary>
    public int KmsDataKeyReusePeriodSeconds { get; set; }

    /// <summary>An alias that every deployment publishes a new version of the machine behind; unset publishes no versions.</summary>
    public string? Alias { get; set; }
}

/// <summary>Tags a <c>[StateMachine]</c> class's state machine in the deploy template; repeat it for each tag.</summary>
/// <param name="key">The tag's key.</param>
/// <param name="value">The tag's value.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StateMachineTagAttribute(string key, string value) : Attribute
{
    /// <summary>The tag's key.</summary>
    public string Key { get; } = key;

    /// <summary>The tag's value.</summary>
    public string Value { get; } = value;
}

/// <summary>What a state machine logs to CloudWatch Logs.</summary>
public enum StateMachineLogLevel
{
    /// <summary>Nothing.</summary>
    Off,
    /// <summary>Every execution history event.</summary>
    All,
    /// <summary>Events of failed executions and states.</summary>
    Error,
    /// <summary>Events of failed executions only.</summary>
    Fatal,
}

/// <summary>The kinds of state machine.</summary>
public enum StateMachineType
{
    /// <summary>Long-running, exactly-once workflows.</summary>
    Standard,
    /// <summary>Short, high-volume, at-least-once workflows (no <c>.sync</c> or <c>.waitForTaskToken</c>).</summary>
    Express,
}

/// <summary>The query languages of ASL.</summary>
public enum QueryLanguage
{
    /// <summary>JSONPath: InputPath, Parameters, ResultSelector, ResultPath, OutputPath.</summary>
    JsonPath,
    /// <summary>JSONata: Arguments, Output, Condition, Items.</summary>
    JsonAta,
}

/// <summary>Marker for a state machine class without declared input or output types.</summary>
public interface IStateMachine
{
}

/// <summary>Declares a state machine's input and output types, so callers and parents are type-checked.</summary>
/// <typeparam name="TInput">The execution input.</typeparam>
/// <typeparam name="TOutput">The execution output.</typeparam>
public interface IStateMachine<TInput, TOutput> : IStateMachine
{
}
