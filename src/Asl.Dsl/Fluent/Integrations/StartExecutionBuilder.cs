using System;
using System.Linq.Expressions;
namespace Asl;

/// <summary>
/// Builds a Task that starts another state machine (<c>arn:aws:states:::states:startExecution</c>) in one of
/// three patterns: start and continue, run to completion (<c>.sync:2</c> by default, <c>.sync</c> on request)
/// or wait for a task token. Its request (StateMachineArn, Input, Name) goes to Parameters in a JSONPath state and
/// to Arguments in a JSONata state.
/// </summary>
public sealed class StartExecutionBuilder : TaskBuilder<StartExecutionBuilder>
{
    /// <summary>The input member that links a child execution to its parent in the console.</summary>
    public const string StartedByMember = "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID";

    private readonly string _stateMachineArn;
    private IntegrationPattern _pattern = IntegrationPattern.RequestResponse;
    private Template? _input;
    private string? _executionName;
    private bool _associate;

    internal StartExecutionBuilder(string name, string stateMachineArn) : base(name)
    {
        _stateMachineArn = stateMachineArn;
        RecordRequest("StateMachineArn", nameof(stateMachineArn));
    }

    /// <summary>
    /// The result type of running the child to completion as JSON (<c>ChildExecution&lt;TOutput&gt;</c>) when the child is a typed
    /// <c>[StateMachine]</c> class, else null. Other patterns return what the DSL cannot type (a JSON text, or what the token sender sends).
    /// </summary>
    internal string? ChildExecutionType { get; set; }

    private protected override string? ResultType => base.ResultType ?? (_pattern == IntegrationPattern.RunJobJson ? ChildExecutionType : null);

    /// <summary>The integration pattern in use.</summary>
    public IntegrationPattern Pattern => _pattern;

    /// <summary>Waits for the child to complete; <paramref name="outputAsJson"/> false uses <c>.sync</c> (Output as a JSON string).</summary>
    public StartExecutionBuilder RunToCompletion(bool outputAsJson = true)
    {
        _pattern = outputAsJson ? IntegrationPattern.RunJobJson : IntegrationPattern.RunJob;
        Record("Resource");
        return this;
    }

    /// <summary>Waits until the child (or anyone with the token) calls SendTaskSuccess / SendTaskFailure; pass <see cref="Context.TaskToken"/> in the input.</summary>
    public StartExecutionBuilder WaitForTaskToken()
    {
        _pattern = IntegrationPattern.WaitForTaskToken;
        Record("Resource");
        return this;
    }

    /// <summary>The child's input (an object; members with dynamic values are evaluated at run time).</summary>
    public StartExecutionBuilder Input(object input)
    {
        _input = Template.Capture(input);
        RecordRequest("Input", nameof(input));
        return this;
    }

    /// <summary>
    /// The child's input computed by a C# lambda over this state's input: <c>.Input((Order o) =&gt; new ShipmentRequest(o.OrderId, o.Express))</c>
    /// passes each member as a path (JSONPath) or a JSONata expression, whatever its type.
    /// </summary>
    /// <typeparam name="TInput">This state's input type.</typeparam>
    /// <typeparam name="TChildInput">The child's input type.</typeparam>
    public StartExecutionBuilder Input<TInput, TChildInput>(Expression<Func<TInput, TChildInput>> input) => Input(ExpressionTreeReader.Read(input));

    /// <summary>The child's input computed by a C# lambda over this state's input and the context object: <c>(Order o, Ctx c) =&gt; new ChildInput(o.OrderId, c.Task.Token)</c>.</summary>
    /// <typeparam name="TInput">This state's input type.</typeparam>
    /// <typeparam name="TContext"><see cref="Ctx"/>, or <see cref="Ctx{TVars}"/> to read variables.</typeparam>
    /// <typeparam name="TChildInput">The child's input type.</typeparam>
    public StartExecutionBuilder Input<TInput, TContext, TChildInput>(Expression<Func<TInput, TContext, TChildInput>> input) where TContext : Ctx =>
        Input(ExpressionTreeReader.Read(input));

    internal StartExecutionBuilder Input(DataLambda input)
    {
        _input = Template.Lambda(Lambda(input));
        RecordRequest("Input", nameof(input));
        return this;
    }

    /// <summary>The child execution's name (a literal, or a dynamic value such as <c>Input.At("$.id")</c>).</summary>
    public StartExecutionBuilder ExecutionName(string name)
    {
        _executionName = name;
        RecordRequest("Name", nameof(name));
        return this;
    }

    /// <summary>Adds <c>AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID</c> to the input, so the console links the child to this execution.</summary>
    public StartExecutionBuilder AssociateWithParent()
    {
        _associate = true;
        RecordRequest("Input");
        return this;
    }

    /// <inheritdoc />
    protected override string Resource => "arn:aws:states:::states:startExecution" + IntegrationPatterns.Suffix(_pattern);

    /// <inheritdoc />
    protected override string IntegrationName => "StartExecution";

    /// <inheritdoc />
    protected override void WriteRequest(IntegrationRequest request)
    {
        request.Add("StateMachineArn", _stateMachineArn);
        var input = _input;
        if (_associate)
            input = (input ?? Template.Capture(new System.Collections.Generic.Dictionary<string, object>()))
                .With(StartedByMember, Context.ExecutionId, ".AssociateWithParent()");
        request.Add("Input", input);
        request.Add("Name", _executionName);
    }
}
