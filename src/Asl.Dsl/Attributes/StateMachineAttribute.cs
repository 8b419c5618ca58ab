using System;

namespace Asl;

/// <summary>
/// Marks a partial class whose static <c>Define()</c> method describes a state machine. The Asl source
/// generator evaluates <c>Define()</c> at compile time, validates the result and emits the ASL JSON, the
/// machine's name, its substitutions and a typed starter client.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class StateMachineAttribute : Attribute
{
    /// <summary>The state machine's name; defaults to the class name.</summary>
    public string? Name { get; set; }

    /// <summary>STANDARD (the default) or EXPRESS.</summary>
    public StateMachineType Type { get; set; } = StateMachineType.Standard;

    /// <summary>The machine's default query language.</summary>
    public QueryLanguage QueryLanguage { get; set; } = QueryLanguage.JsonPath;

    /// <summary>The top-level <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>The execution timeout in seconds; 0 leaves it unset.</summary>
    public int TimeoutSeconds { get; set; }
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
