using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>StartExecution, DescribeExecution, StopExecution, ListExecutions and the execution limits.</summary>
public class ExecutionApiTests
{
    private const string Waiting = """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":100,"End":true}}}""";

    [Fact]
    public void StartExecution_records_ExecutionStarted_with_input_and_role()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("M", Read(Waiting), roleArn: "arn:aws:iam::123456789012:role/R");

        var started = engine.StartExecution(machine.StateMachineArn, """{"a":1}""", "first");
        var history = engine.GetExecutionHistory(started.ExecutionArn);

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:M:first", started.ExecutionArn);
        Assert.Equal(Start, started.StartDate);
        Assert.Equal((HistoryEventType.ExecutionStarted, 1L, 0L), (history[0].Type, history[0].Id, history[0].PreviousEventId));
        Assert.Equal("arn:aws:iam::123456789012:role/R", history[0].RoleArn);
        Assert.Equal(ExecutionStatus.Running, engine.DescribeExecution(started.ExecutionArn).Status);
    }

    [Fact]
    public void Starting_a_running_name_with_the_same_input_returns_the_same_execution()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("M", Read(Waiting));

        var first = engine.StartExecution(machine.StateMachineArn, "{}", "dup");
        var again = engine.StartExecution(machine.StateMachineArn, "{}", "dup");

        Assert.Equal(first, again);
        Assert.Throws<ExecutionAlreadyExistsException>(() => engine.StartExecution(machine.StateMachineArn, """{"other":1}""", "dup"));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Invalid_execution_names_are_rejected(string name)
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("M", Read(Waiting));

        Assert.Throws<InvalidNameException>(() => engine.StartExecution(machine.StateMachineArn, "{}", name));
    }

    [Fact]
    public void Input_that_is_not_JSON_is_InvalidExecutionInput()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("M", Read(Waiting));

        var error = Assert.Throws<InvalidExecutionInputException>(() => engine.StartExecution(machine.StateMachineArn, "not json"));
        Assert.StartsWith("Invalid State Machine Execution Input:", error.Message);
    }

    [Fact]
    public void Unknown_machines_and_executions_are_reported_with_AWS_error_codes()
    {
        using var engine = Create();

        Assert.Equal("StateMachineDoesNotExist", Assert.Throws<StateMachineDoesNotExistException>(() => engine.StartExecution("arn:aws:states:us-east-1:123456789012:stateMachine:Nope")).ErrorCode);
        Assert.Equal("ExecutionDoesNotExist", Assert.Throws<ExecutionDoesNotExistException>(() => engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Nope:x")).ErrorCode);
    }

    [Fact]
    public async Task StopExecution_aborts_a_running_execution_and_cancels_its_timers()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("M", Read(Waiting));
        var arn = engine.StartExecution(machine.StateMachineArn).ExecutionArn;
        await engine.RunUntilIdleAsync();
        await engine.AdvanceTimeAsync(TimeSpan.FromSeconds(10));

        var stopped = engine.StopExecution(arn, cause: "enough");
        await engine.AdvanceTimeAsync(TimeSpan.FromSeconds(200));
        var description = engine.DescribeExecution(arn);
        var history = engine.GetExecutionHistory(arn);

        Assert.Equal(Start.AddSeconds(10), stopped);
        Assert.Equal((ExecutionStatus.Aborted, (string?)null, "enough"), (description.Status, description.Error, description.Cause));
        Assert.Equal(new[] { HistoryEventType.ExecutionStarted, HistoryEventType.WaitStateEntered, HistoryEventType.ExecutionAborted }, history.Select(e => e.Type));
    }

    [Fact]
    public async Task The_state_machine_TimeoutSeconds_times_the_execution_out()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""{"TimeoutSeconds":30,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":100,"End":true}}}""");
        var last = engine.GetExecutionHistory(result.ExecutionArn)[^1];

        Assert.Equal((ExecutionStatus.TimedOut, "States.Timeout"), (result.Status, result.Error));
        Assert.Equal((HistoryEventType.ExecutionTimedOut, Start.AddSeconds(30)), (last.Type, last.Timestamp));
    }

    [Fact]
    public async Task An_execution_that_reaches_25000_events_fails()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"Loop","States":{"Loop":{"Type":"Pass","Next":"Loop"}}}
            """);
        var history = engine.GetExecutionHistory(result.ExecutionArn);

        Assert.Equal((ExecutionStatus.Failed, "States.Runtime"), (result.Status, result.Error));
        Assert.Equal(25000, history.Count);
        Assert.Equal(HistoryEventType.ExecutionFailed, history[^1].Type);
    }

    [Fact]
    public async Task ListExecutions_returns_the_most_recent_first_and_filters_by_status()
    {
        using var engine = Create();
        var waiting = engine.RegisterStateMachine("Waits", Read(Waiting));
        var quick = engine.RegisterStateMachine("Quick", Read("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"""));
        engine.StartExecution(waiting.StateMachineArn, name: "w1");
        await engine.RunAsync(quick.StateMachineArn, name: "q1");

        Assert.Equal(new[] { "q1", "w1" }, engine.ListExecutions().Select(e => e.Name));
        Assert.Equal(new[] { "w1" }, engine.ListExecutions(status: ExecutionStatus.Running).Select(e => e.Name));
        Assert.Equal(new[] { "q1" }, engine.ListExecutions("Quick").Select(e => e.Name));
    }

    [Fact]
    public async Task History_events_serialize_to_the_GetExecutionHistory_wire_shape()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"r":1},"End":true}}}""", """{"a":1}""");
        var entered = engine.GetExecutionHistory(result.ExecutionArn)[1].ToAwsJson();

        Assert.Equal("""{"timestamp":1704067200,"type":"PassStateEntered","id":2,"previousEventId":0,"stateEnteredEventDetails":{"name":"P","input":"{\"a\":1}","inputDetails":{"truncated":false}}}""",
            JsonText.Write(entered));
    }

    [Fact]
    public void Registering_a_different_definition_under_a_taken_name_is_rejected()
    {
        using var engine = Create();
        engine.RegisterStateMachine("M", Read(Waiting));

        Assert.Same(engine.DescribeStateMachine("M"), engine.RegisterStateMachine("M", Read(Waiting)));
        Assert.Throws<StateMachineAlreadyExistsException>(() => engine.RegisterStateMachine("M", Read("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""")));
    }

    [Fact]
    public void A_definition_with_shape_errors_is_InvalidDefinition_with_the_findings()
    {
        using var engine = Create();

        var error = Assert.Throws<InvalidDefinitionException>(() => engine.RegisterStateMachine("M", """{"StartAt":"P"}"""));

        Assert.StartsWith("Invalid State Machine Definition:", error.Message);
        Assert.Contains("States", error.Message);
    }

    [Fact]
    public async Task A_state_output_over_256_KiB_fails_with_DataLimitExceeded_which_no_Catch_handles()
    {
        using var engine = Create();
        engine.RegisterLambda("Big", _ => new Asl.Json.AslJsonString(new string('x', 300_000)));

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Big"},
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
              "H":{"Type":"Succeed"}}}
            """);

        Assert.Equal((ExecutionStatus.Failed, "States.DataLimitExceeded"), (result.Status, result.Error));
    }

    [Fact]
    public void An_input_over_256_KiB_is_rejected_at_start()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("M", Read(Waiting));

        Assert.Throws<ValidationException>(() => engine.StartExecution(machine.StateMachineArn, "\"" + new string('x', 262144) + "\""));
    }
}
