using Asl.Json;
using Asl.Local.Json;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>The seed sample (workflow-within-a-workflow): a main machine that starts a nested machine three ways.</summary>
public class ReferenceSampleTests
{
    private const string CallbackFunction = "arn:aws:lambda:us-east-1:123456789012:function:NestingPatternCallbackLambdaFunction";

    private static (LocalEngine Engine, string MainArn) Setup()
    {
        var engine = TestEngine.Create();
        var nested = engine.RegisterStateMachine("NestingPatternAnotherStateMachine", ReferenceSample.Nested,
            new Dictionary<string, string> { ["NestingPatternCallbackLambdaFunction"] = CallbackFunction });
        var main = engine.RegisterStateMachine("NestingPatternMainStateMachine", ReferenceSample.Main,
            new Dictionary<string, string> { ["NestingPatternAnotherStateMachineArn"] = nested.StateMachineArn });
        // The sample's callback Lambda sends the message back with the parent's task token.
        engine.RegisterLambda(CallbackFunction, invocation =>
        {
            var payload = (AslJsonObject)invocation.Payload;
            var token = ((AslJsonString)payload["TaskToken"]!).Value;
            invocation.Engine.SendTaskSuccess(token, JsonText.Write(payload["Message"]!));
            return AslJson.Null;
        });
        return (engine, main.StateMachineArn);
    }

    [Fact]
    public async Task Main_machine_outputs_the_nested_result_and_the_callback_message()
    {
        var (engine, main) = Setup();
        using var _ = engine;

        var result = await engine.RunAsync(main, "{}");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""["The whole execution is completed including both long-running jobs","Callback right after the first long-running job is completed"]""", result.Output);
    }

    [Fact]
    public async Task Main_machine_takes_two_virtual_seconds_and_no_real_time()
    {
        var (engine, main) = Setup();
        using var _ = engine;
        var started = DateTime.UtcNow;

        var result = await engine.RunAsync(main, "{}");

        Assert.Equal(TestEngine.Start.AddSeconds(2), result.StopDate);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Every_start_creates_a_child_execution_linked_to_the_parent()
    {
        var (engine, main) = Setup();
        using var _ = engine;

        var result = await engine.RunAsync(main, "{}");
        var children = engine.ListExecutions("NestingPatternAnotherStateMachine");

        Assert.Equal(3, children.Count);
        Assert.All(children, child => Assert.Equal(result.ExecutionArn, child.ParentExecutionArn));
        Assert.All(children, child => Assert.Equal(ExecutionStatus.Succeeded, child.Status));
        Assert.All(children, child => Assert.Equal(result.ExecutionArn, ((AslJsonString)((AslJsonObject)child.InputValue)["AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID"]!).Value));
    }

    [Fact]
    public async Task Main_history_has_AWS_event_types_in_a_deterministic_order()
    {
        var (engine, main) = Setup();
        using var _ = engine;

        var result = await engine.RunAsync(main, "{}");
        var types = engine.GetExecutionHistory(result.ExecutionArn).Select(e => e.Type.ToString()).ToArray();

        // Each branch runs until it blocks (here: on its child execution), then the next branch starts.
        Assert.Equal(new[]
        {
            "ExecutionStarted",
            "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited",
            "ParallelStateEntered", "ParallelStateStarted",
            "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
            "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
            "TaskSucceeded", "TaskStateExited",
            "TaskSucceeded", "TaskStateExited",
            "ParallelStateSucceeded", "ParallelStateExited",
            "ExecutionSucceeded",
        }, types);
    }

    [Fact]
    public async Task Branch_events_link_to_ParallelStateStarted_and_each_event_to_its_cause()
    {
        var (engine, main) = Setup();
        using var _ = engine;

        var result = await engine.RunAsync(main, "{}");
        var history = engine.GetExecutionHistory(result.ExecutionArn);
        var started = history.Single(e => e.Type == HistoryEventType.ParallelStateStarted);
        var branchStarts = history.Where(e => e.Type == HistoryEventType.TaskStateEntered && e.Id > started.Id).ToArray();

        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23 }, history.Select(e => e.Id));
        Assert.All(branchStarts, e => Assert.Equal(started.Id, e.PreviousEventId));
        Assert.Equal(0, history[1].PreviousEventId);
        Assert.Equal(history[^2].Id, history[^1].PreviousEventId);
    }

    [Fact]
    public async Task The_sync_2_branch_receives_the_child_description_with_parsed_output()
    {
        var (engine, main) = Setup();
        using var _ = engine;

        var result = await engine.RunAsync(main, "{}");
        var succeeded = engine.GetExecutionHistory(result.ExecutionArn)
            .First(e => e.Type == HistoryEventType.TaskSucceeded && e.Output is AslJsonObject o && o["Status"] is not null);
        var output = (AslJsonObject)succeeded.Output!;

        Assert.Equal("SUCCEEDED", ((AslJsonString)output["Status"]!).Value);
        Assert.Equal("The whole execution is completed including both long-running jobs", ((AslJsonString)output["Output"]!).Value);
        Assert.IsType<AslJsonObject>(output["Input"]);
        Assert.IsType<AslJsonNumber>(output["StartDate"]);
    }
}
