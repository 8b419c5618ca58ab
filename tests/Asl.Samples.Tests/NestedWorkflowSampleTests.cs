using System.Diagnostics;
using System.Text.Json.Nodes;
using Asl.Json;
using Asl.Local;
using Asl.Testing;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Functions;
using NestedWorkflowSample.Workflows;
using Asl.Api;

namespace Asl.Samples.Tests;

public class NestedWorkflowSampleTests
{
    private static readonly string[] ExpectedOutput =
    [
        "The whole execution is completed including both long-running jobs",
        "Callback right after the first long-running job is completed",
    ];

    [Fact]
    public async Task Main_machine_returns_the_nested_result_and_the_callback_message()
    {
        var result = await SampleRun.RunAsync(realTime: false);
        using var _ = result.Engine;

        Assert.Equal(ExpectedOutput, result.Output);
    }

    [Fact]
    public async Task The_harness_runs_the_main_machine_with_its_child_registered_and_the_callback_function_bound()
    {
        using var harness = new WorkflowHarness();

        var run = await harness.RunAsync(MainWorkflow.Info, new MainInput());

        Assert.Equal(ExpectedOutput, run.Output);
        Assert.Equal(TimeSpan.FromSeconds(2), run.Duration);
        Assert.Equal(["Start new workflow and continue", "Start in parallel"], run.StatesEntered.Take(2));
        Assert.Equal(3, run.ChildExecutions.Count);
        Assert.All(run.ChildExecutions, c => Assert.Equal(ExecutionStatus.Succeeded, c.Status));
        var callback = Assert.Single(run.ChildExecutions, c => c.Entered("Callback"));
        Assert.Equal(["First long-running job", "Need callback?", "Callback", "Second long-running job", "Report completion"], callback.StatesEntered);
    }

    [Fact]
    public async Task A_callback_function_that_fails_leaves_the_parent_waiting_for_its_token_and_the_harness_says_so()
    {
        using var harness = new WorkflowHarness();
        harness.MockLambda<CallbackEvent, object>(NestedWorkflow.CallbackFunction).Fails("CallbackUnavailable", "The queue is down.");

        var execution = harness.Start(MainWorkflow.Info, new MainInput());
        var stalled = await Assert.ThrowsAsync<EngineStalledException>(() => execution.RunToCompletionAsync());

        Assert.Contains("State 'Start new workflow and wait for callback'", stalled.Message);
        var run = execution.Snapshot();
        Assert.Equal(ExecutionStatus.Running, run.Status);
        var callback = Assert.Single(run.ChildExecutions, c => c.Entered("Callback"));
        Assert.Equal(ExecutionStatus.Failed, callback.Status);
        Assert.Equal(("CallbackUnavailable", StateOutcome.Failed), (callback.State("Callback").Error, callback.State("Callback").Outcome));
    }

    [Fact]
    public async Task Main_machine_starts_three_children_one_per_integration_pattern_all_linked_to_it()
    {
        var result = await SampleRun.RunAsync(realTime: false);
        using var _ = result.Engine;

        var main = result.Executions[0].Execution;
        var children = result.Executions.Skip(1).ToList();
        Assert.Equal(
            ["start and continue (startExecution)", "run to completion (startExecution.sync:2)", "wait for callback (startExecution.waitForTaskToken)"],
            children.Select(c => c.Pattern));
        Assert.All(children, c => Assert.Equal(ExecutionStatus.Succeeded, c.Execution.Status));
        Assert.All(children, c => Assert.Equal(main.ExecutionArn, c.Execution.ParentExecutionArn));
        Assert.All(children, c => Assert.EndsWith(":" + NestedWorkflow.StateMachineName, c.Execution.StateMachineArn));
    }

    [Fact]
    public async Task Callback_child_receives_the_parent_task_token_and_its_lambda_completes_the_parent_task()
    {
        var result = await SampleRun.RunAsync(realTime: false);
        using var engine = result.Engine;

        var callbackChild = result.Executions.Single(r => r.Pattern?.Contains("waitForTaskToken") == true).Execution;
        var token = ((AslJsonString)((AslJsonObject)callbackChild.InputValue)["TaskToken"]!).Value;
        Assert.False(string.IsNullOrWhiteSpace(token));
        var lambda = engine.GetExecutionHistory(callbackChild.ExecutionArn).Single(e => e.Type == HistoryEventType.TaskScheduled);
        Assert.Equal("lambda", lambda.ResourceType);
        Assert.Equal(token, ((AslJsonString)((AslJsonObject)((AslJsonObject)lambda.Parameters!)["Payload"]!)["TaskToken"]!).Value);
        // A token is single-use: the parent task is closed, so a second SendTaskSuccess is refused.
        var reuse = Assert.ThrowsAny<StepFunctionsException>(() => engine.SendTaskSuccess(token, "\"again\""));
        Assert.Equal("TaskTimedOut", reuse.ErrorCode);
    }

    [Fact]
    public async Task Main_history_records_the_nested_tasks_with_AWS_event_types()
    {
        var result = await SampleRun.RunAsync(realTime: false);
        using var engine = result.Engine;

        var history = engine.GetExecutionHistory(result.Executions[0].Execution.ExecutionArn);
        var types = history.Select(e => e.Type).ToList();
        Assert.Equal(HistoryEventType.ExecutionStarted, types[0]);
        Assert.Equal(HistoryEventType.ExecutionSucceeded, types[^1]);
        Assert.Equal(3, types.Count(t => t == HistoryEventType.TaskScheduled));
        Assert.Equal(2, types.Count(t => t == HistoryEventType.TaskSubmitted));
        Assert.Contains(HistoryEventType.ParallelStateEntered, types);
        Assert.Equal(Enumerable.Range(1, history.Count).Select(i => (long)i), history.Select(e => e.Id));
    }

    [Fact]
    public async Task Sample_command_prints_every_execution_and_the_main_output()
    {
        var sample = typeof(SampleRun).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [sample]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "The sample did not finish within a minute.");

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("started by: wait for callback (startExecution.waitForTaskToken)", stdout);
        var mainOutput = stdout.Split('\n').SkipWhile(l => !l.StartsWith("Main output:")).ElementAt(1);
        Assert.Equal(new JsonArray(ExpectedOutput.Select(s => (JsonNode)s!).ToArray()).ToJsonString(), mainOutput.Trim());
    }
}
