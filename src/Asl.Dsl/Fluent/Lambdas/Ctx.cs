using System;

namespace Asl;

/// <summary>
/// The context object as a data lambda's second parameter: <c>(Order o, Ctx c) =&gt; new { o.OrderId, c.Execution.Id }</c>.
/// Its members are written as <c>$$.</c> paths in a JSONPath state and <c>$states.context.</c> in a JSONata state. A
/// lambda only describes what the state reads; an instance exists to run the same lambda as ordinary C# (a test that
/// compares the lambda with the definition, for example).
/// </summary>
public class Ctx
{
    /// <summary>Creates a context with the given parts (for running a lambda as C#).</summary>
    public Ctx(ContextExecution? execution = null, ContextState? state = null, ContextStateMachine? stateMachine = null, ContextTask? task = null, ContextMap? map = null)
    {
        Execution = execution ?? new ContextExecution();
        State = state ?? new ContextState();
        StateMachine = stateMachine ?? new ContextStateMachine();
        Task = task ?? new ContextTask();
        Map = map ?? new ContextMap();
    }

    /// <summary>The execution (<c>$$.Execution</c>).</summary>
    public ContextExecution Execution { get; }

    /// <summary>The current state (<c>$$.State</c>).</summary>
    public ContextState State { get; }

    /// <summary>The state machine (<c>$$.StateMachine</c>).</summary>
    public ContextStateMachine StateMachine { get; }

    /// <summary>The current task (<c>$$.Task</c>), in a task that waits for a task token.</summary>
    public ContextTask Task { get; }

    /// <summary>The current Map item (<c>$$.Map</c>), in a Map's ItemSelector.</summary>
    public ContextMap Map { get; }
}

/// <summary>
/// The context object and the workflow variables, typed: <c>(Order o, Ctx&lt;OrderVars&gt; c) =&gt; c.Vars.total &gt; 100</c>
/// reads the variable <c>$total</c> (in both query languages). <typeparamref name="TVars"/> is a type of the user's whose
/// members (by their JSON names) are the variables an earlier <c>Assign</c> set.
/// </summary>
/// <typeparam name="TVars">The variables' type.</typeparam>
public sealed class Ctx<TVars> : Ctx
{
    /// <summary>Creates a context with the given variables and parts (for running a lambda as C#).</summary>
    public Ctx(TVars vars, ContextExecution? execution = null, ContextState? state = null, ContextStateMachine? stateMachine = null, ContextTask? task = null, ContextMap? map = null)
        : base(execution, state, stateMachine, task, map) => Vars = vars;

    /// <summary>The workflow variables: each member is the variable of its JSON name (<c>$name</c>).</summary>
    public TVars Vars { get; }
}

/// <summary>The execution's part of the context object.</summary>
/// <param name="Id">The execution's ARN (<c>$$.Execution.Id</c>).</param>
/// <param name="Name">The execution's name.</param>
/// <param name="StartTime">When the execution started (ISO 8601 text, as the context object holds it).</param>
/// <param name="RoleArn">The role the execution runs as.</param>
/// <param name="RedriveCount">How many times the execution was redriven.</param>
/// <param name="InputValue">The execution's input, for <see cref="Input{T}"/> when the lambda runs as C#.</param>
public sealed record ContextExecution(string Id = "", string Name = "", string StartTime = "", string RoleArn = "", int RedriveCount = 0, object? InputValue = null)
{
    /// <summary>The execution's original input, typed (<c>$$.Execution.Input</c>): <c>c.Execution.Input&lt;Order&gt;().OrderId</c>.</summary>
    /// <typeparam name="T">The input's type (the machine's TInput).</typeparam>
    /// <exception cref="InvalidOperationException">The context was created without an input of that type.</exception>
    public T Input<T>() => InputValue is T value ? value
        : throw new InvalidOperationException($"This context holds no execution input of type {typeof(T).Name}; create it with new ContextExecution(InputValue: ...).");
}

/// <summary>The current state's part of the context object.</summary>
/// <param name="Name">The state's name.</param>
/// <param name="EnteredTime">When the state was entered (ISO 8601 text).</param>
/// <param name="RetryCount">How many times the state was retried.</param>
public sealed record ContextState(string Name = "", string EnteredTime = "", int RetryCount = 0);

/// <summary>The state machine's part of the context object.</summary>
/// <param name="Id">The state machine's ARN.</param>
/// <param name="Name">The state machine's name.</param>
public sealed record ContextStateMachine(string Id = "", string Name = "");

/// <summary>The task's part of the context object.</summary>
/// <param name="Token">The task token of a task that waits for one (<c>.waitForTaskToken</c>).</param>
public sealed record ContextTask(string Token = "");

/// <summary>The Map's part of the context object (only in a Map's ItemSelector).</summary>
/// <param name="Item">The current item.</param>
public sealed record ContextMap(ContextMapItem? Item = null)
{
    /// <summary>The current item.</summary>
    public ContextMapItem Item { get; init; } = Item ?? new ContextMapItem();
}

/// <summary>The current Map item.</summary>
/// <param name="Index">The item's index in the array.</param>
/// <param name="ValueObject">The item, for <see cref="Value{T}"/> when the lambda runs as C#.</param>
public sealed record ContextMapItem(int Index = 0, object? ValueObject = null)
{
    /// <summary>The item, typed (<c>$$.Map.Item.Value</c>): <c>c.Map.Item.Value&lt;Item&gt;().Sku</c>.</summary>
    /// <typeparam name="T">The item's type.</typeparam>
    /// <exception cref="InvalidOperationException">The context was created without an item of that type.</exception>
    public T Value<T>() => ValueObject is T value ? value
        : throw new InvalidOperationException($"This context holds no Map item of type {typeof(T).Name}; create it with new ContextMapItem(ValueObject: ...).");
}
