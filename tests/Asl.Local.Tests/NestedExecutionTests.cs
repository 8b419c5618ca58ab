using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>arn:aws:states:::states:startExecution in its request-response, .sync and .sync:2 forms.</summary>
public class NestedExecutionTests
{
    private const string Child = """
        {"StartAt":"Work","States":{
          "Work":{"Type":"Wait","Seconds":60,"Next":"Check"},
          "Check":{"Type":"Choice","Choices":[{"Variable":"$.fail","BooleanEquals":true,"Next":"Broken"}],"Default":"Done"},
          "Broken":{"Type":"Fail","Error":"Child.Failed","Cause":"asked to fail"},
          "Done":{"Type":"Pass","Parameters":{"echo.$":"$.value"},"End":true}}}
        """;

    private static string Parent(string resource, string input = """{"value":42,"fail":false}""", string extra = "") => $$$$"""
        {"StartAt":"Start child","States":{"Start child":{"Type":"Task","Resource":"{{{{resource}}}}",
          "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child","Name":"kid","Input":{{{{input}}}}}{{{{extra}}}},"End":true}}}
        """;

    private static LocalEngine Setup()
    {
        var engine = Create();
        engine.RegisterStateMachine("Child", Read(Child));
        return engine;
    }

    [Fact]
    public async Task Request_response_returns_ExecutionArn_and_StartDate_while_the_child_runs_on()
    {
        using var engine = Setup();

        var result = await engine.RunDefinitionAsync(Parent("arn:aws:states:::states:startExecution"));
        var output = (AslJsonObject)result.OutputValue!;
        var child = engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Child:kid");

        Assert.Equal("\"arn:aws:states:us-east-1:123456789012:execution:Child:kid\"", JsonText.Write(output["ExecutionArn"]!));
        Assert.Equal(Start.ToUnixTimeMilliseconds().ToString(), JsonText.Write(output["StartDate"]!));
        Assert.NotNull(output["SdkHttpMetadata"]);
        Assert.Equal(Start, result.StopDate);
        Assert.Equal(ExecutionStatus.Running, child.Status);
        Assert.Equal("""{"value":42,"fail":false}""", child.Input);
    }

    [Fact]
    public async Task Sync_returns_the_child_description_with_JSON_text_input_and_output()
    {
        using var engine = Setup();

        var result = await engine.RunDefinitionAsync(Parent("arn:aws:states:::states:startExecution.sync"));
        var output = (AslJsonObject)result.OutputValue!;

        Assert.Equal(Start.AddSeconds(60), result.StopDate);
        Assert.Equal("\"{\\\"echo\\\":42}\"", JsonText.Write(output["Output"]!));
        Assert.Equal("\"{\\\"value\\\":42,\\\"fail\\\":false}\"", JsonText.Write(output["Input"]!));
        Assert.Equal("\"SUCCEEDED\"", JsonText.Write(output["Status"]!));
        Assert.Equal(new[] { "ExecutionArn", "Input", "InputDetails", "Name", "Output", "OutputDetails", "RedriveCount", "RedriveStatus", "RedriveStatusReason", "StartDate", "StateMachineArn", "Status", "StopDate" },
            output.Properties.Select(p => p.Name));
    }

    [Fact]
    public async Task Sync_2_returns_the_child_output_as_JSON()
    {
        using var engine = Setup();

        var result = await engine.RunDefinitionAsync(Parent("arn:aws:states:::states:startExecution.sync:2", extra: ",\"OutputPath\":\"$.Output\""));

        Assert.Equal("""{"echo":42}""", result.Output);
    }

    [Fact]
    public async Task A_failed_child_fails_the_task_with_TaskFailed_and_the_child_description_as_cause()
    {
        using var engine = Setup();

        var result = await engine.RunDefinitionAsync(Parent("arn:aws:states:::states:startExecution.sync", """{"fail":true}"""));
        var cause = (AslJsonObject)JsonText.Parse(result.Cause!);

        Assert.Equal("States.TaskFailed", result.Error);
        Assert.Equal("\"Child.Failed\"", JsonText.Write(cause["Error"]!));
        Assert.Equal("\"asked to fail\"", JsonText.Write(cause["Cause"]!));
        Assert.Equal("\"FAILED\"", JsonText.Write(cause["Status"]!));
    }

    [Fact]
    public async Task A_catcher_for_the_child_error_name_does_not_match_but_TaskFailed_does()
    {
        using var engine = Setup();

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"Start child","States":{
              "Start child":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
                "Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child","Input":{"fail":true}},
                "Catch":[{"ErrorEquals":["Child.Failed"],"Next":"Wrong"},{"ErrorEquals":["States.TaskFailed"],"Next":"Right"}],"End":true},
              "Wrong":{"Type":"Pass","Result":"wrong","End":true},
              "Right":{"Type":"Pass","Result":"right","End":true}}}
            """);

        Assert.Equal("\"right\"", result.Output);
    }

    [Fact]
    public async Task Stopping_the_parent_stops_its_sync_child()
    {
        using var engine = Setup();
        var parent = engine.RegisterStateMachine("Parent", Read(Parent("arn:aws:states:::states:startExecution.sync")));
        var arn = engine.StartExecution(parent.StateMachineArn).ExecutionArn;
        await engine.RunUntilIdleAsync();

        engine.StopExecution(arn, "Operator.Stop", "no longer needed");
        var child = engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Child:kid");
        var parentHistory = engine.GetExecutionHistory(arn);

        Assert.Equal(ExecutionStatus.Aborted, engine.DescribeExecution(arn).Status);
        Assert.Equal(ExecutionStatus.Aborted, child.Status);
        Assert.Equal((HistoryEventType.ExecutionAborted, 0L, "Operator.Stop"), (parentHistory[^1].Type, parentHistory[^1].PreviousEventId, parentHistory[^1].Error));
    }

    [Fact]
    public async Task A_task_timeout_stops_the_sync_child()
    {
        using var engine = Setup();

        var result = await engine.RunDefinitionAsync(Parent("arn:aws:states:::states:startExecution.sync", extra: ",\"TimeoutSeconds\":10"));

        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(ExecutionStatus.Aborted, engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Child:kid").Status);
    }

    [Fact]
    public async Task A_missing_state_machine_fails_with_the_StepFunctions_exception_name()
    {
        var result = await RunAsync(Parent("arn:aws:states:::states:startExecution"));

        Assert.Equal("StepFunctions.StateMachineDoesNotExistException", result.Error);
        Assert.StartsWith("State Machine Does Not Exist: 'arn:aws:states:us-east-1:123456789012:stateMachine:Child' (Service: AWSStepFunctions; Status Code: 400; Error Code: StateMachineDoesNotExist;", result.Cause);
    }

    [Fact]
    public async Task Reusing_a_finished_child_name_fails_with_ExecutionAlreadyExists()
    {
        using var engine = Setup();
        await engine.RunDefinitionAsync(Parent("arn:aws:states:::states:startExecution.sync"));

        var second = engine.RegisterStateMachine("Again", Read(Parent("arn:aws:states:::states:startExecution.sync")));
        var result = await engine.RunAsync(second.StateMachineArn);

        Assert.Equal("StepFunctions.ExecutionAlreadyExistsException", result.Error);
    }

    [Fact]
    public async Task A_string_Input_is_passed_as_is_and_no_Input_means_an_empty_object()
    {
        using var engine = Setup();
        await engine.RunDefinitionAsync("""
            {"StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution","Parameters":{"StateMachineArn":"Child","Name":"a","Input":"{\"value\":1}"},"Next":"B"},
              "B":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution","Parameters":{"StateMachineArn":"Child","Name":"b"},"End":true}}}
            """);

        Assert.Equal("""{"value":1}""", engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Child:a").Input);
        Assert.Equal("{}", engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Child:b").Input);
    }
}
