using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Json;

namespace Asl;

/// <summary>
/// Builds a Task that starts another state machine (<c>arn:aws:states:::states:startExecution</c>) in one of
/// three patterns: start and continue, run to completion (<c>.sync:2</c> by default, <c>.sync</c> on request)
/// or wait for a task token.
/// </summary>
public sealed class StartExecutionBuilder : TaskBuilder<StartExecutionBuilder>
{
    /// <summary>The input member that links a child execution to its parent in the console.</summary>
    public const string StartedByMember = "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID";

    private readonly string _stateMachineArn;
    private IntegrationPattern _pattern = IntegrationPattern.RequestResponse;
    private AslJson? _input;
    private string? _executionName;
    private bool _associate;

    internal StartExecutionBuilder(string name, string stateMachineArn) : base(name) => _stateMachineArn = stateMachineArn;

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

    /// <summary>The child's input (an object; members with dynamic values become <c>.$</c> keys).</summary>
    public StartExecutionBuilder Input(object input)
    {
        _input = Payload.From(input);
        Record("Parameters/Input");
        return this;
    }

    /// <summary>The child execution's name (a literal, or a dynamic value such as <c>Input.At("$.id")</c>).</summary>
    public StartExecutionBuilder ExecutionName(string name)
    {
        _executionName = name;
        Record("Parameters/Name");
        return this;
    }

    /// <summary>Adds <c>AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID</c> to the input, so the console links the child to this execution.</summary>
    public StartExecutionBuilder AssociateWithParent()
    {
        _associate = true;
        Record("Parameters/Input");
        return this;
    }

    /// <inheritdoc />
    protected override string Resource => "arn:aws:states:::states:startExecution" + IntegrationPatterns.Suffix(_pattern);

    /// <inheritdoc />
    protected override AslJson? IntegrationParameters
    {
        get
        {
            var members = new List<AslJsonProperty> { new("StateMachineArn", AslJson.Of(_stateMachineArn)) };
            var input = _input;
            if (_associate)
            {
                var existing = input is AslJsonObject o ? o.Properties.AsEnumerable() : Enumerable.Empty<AslJsonProperty>();
                input = new AslJsonObject(existing
                    .Where(p => p.Name != StartedByMember + ".$")
                    .Append(new AslJsonProperty(StartedByMember + ".$", AslJson.Of("$$.Execution.Id")))
                    .ToEquatableArray());
            }
            if (input is not null) members.Add(new AslJsonProperty("Input", input));
            if (_executionName is { } name)
                members.Add(DynamicValue.TryDecode(name, out var expression)
                    ? new AslJsonProperty("Name.$", AslJson.Of(expression))
                    : new AslJsonProperty("Name", AslJson.Of(name)));
            if (ParametersValue is AslJsonObject extra) members.AddRange(extra.Properties);
            return new AslJsonObject(members.ToEquatableArray());
        }
    }
}
