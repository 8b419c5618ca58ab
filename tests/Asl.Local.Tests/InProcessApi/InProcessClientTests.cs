using Asl.Api;
using Asl.Clients;
using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.InProcessApi.Machines;

namespace Asl.Local.Tests.InProcessApi;

/// <summary>Typed clients over <see cref="InProcessStepFunctionsApi"/> with a real local engine on the virtual clock.</summary>
public class InProcessClientTests
{
    [Fact]
    public async Task RunAsync_returns_the_typed_output_and_an_hour_long_Wait_costs_no_real_time()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var client = new StateMachineClient<Order, Receipt>(api, engine.Register("Orders", SlowOrder));
        var started = DateTime.UtcNow;

        var receipt = await client.RunAsync(new Order("o-1", 3), name: "o-1");

        Assert.Equal(new Receipt("o-1", 3, "shipped"), receipt);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.Equal(TestEngine.Start.AddHours(1), engine.DescribeExecution("arn:aws:states:us-east-1:123456789012:execution:Orders:o-1").StopDate);
    }

    [Fact]
    public async Task A_Fail_state_surfaces_as_ExecutionFailedException_with_its_error_and_cause()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var client = new StateMachineClient<Order, Receipt>(api, engine.Register("Orders", FailingOrder));

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.RunAsync(new Order("o-1", 3)));

        Assert.Equal((ExecutionStatus.Failed, "OutOfStock", "No items left"), (failure.Status, failure.Error, failure.Cause));
    }

    [Fact]
    public async Task An_execution_past_its_TimeoutSeconds_surfaces_as_TIMED_OUT_with_States_Timeout()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var client = new StateMachineClient<Order, Receipt>(api, engine.Register("Orders", TooSlowOrder));

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.RunAsync(new Order("o-1", 3)));

        Assert.Equal((ExecutionStatus.TimedOut, "States.Timeout"), (failure.Status, failure.Error));
    }

    [Fact]
    public async Task A_task_token_completed_with_SendSuccessAsync_becomes_the_typed_output()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var (arn, tokens) = engine.RegisterApproval();
        var client = new StateMachineClient<Order, Receipt>(api, arn) { Polling = FastPolling };

        var handle = await client.StartAsync(new Order("o-7", 1));
        Assert.Equal(ExecutionStatus.Running, (await handle.DescribeAsync()).Status);
        await client.SendSuccessAsync(Assert.Single(tokens), new Receipt("o-7", 1, "approved"));
        var receipt = await handle.WaitAsync();

        Assert.Equal(new Receipt("o-7", 1, "approved"), receipt);
    }

    [Fact]
    public async Task A_task_token_failed_with_SendFailureAsync_fails_the_execution_with_that_error_and_cause()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var (arn, tokens) = engine.RegisterApproval();
        var client = new StateMachineClient<Order, Receipt>(api, arn) { Polling = FastPolling };

        var handle = await client.StartAsync(new Order("o-7", 1));
        await client.SendHeartbeatAsync(Assert.Single(tokens));
        await client.SendFailureAsync(tokens[0], "Rejected", "The approver said no");
        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => handle.WaitAsync());

        Assert.Equal((ExecutionStatus.Failed, "Rejected", "The approver said no"), (failure.Status, failure.Error, failure.Cause));
    }

    [Fact]
    public async Task Waiting_for_an_execution_that_needs_a_token_can_be_cancelled_and_timed_out()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var (arn, _) = engine.RegisterApproval();
        var client = new StateMachineClient<Order, Receipt>(api, arn) { Polling = FastPolling };
        var handle = await client.StartAsync(new Order("o-8", 1));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handle.WaitAsync(cancel.Token));
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => handle.WaitAsync(TimeSpan.FromMilliseconds(50)));

        Assert.Contains(handle.ExecutionArn, timeout.Message);
        Assert.Equal(ExecutionStatus.Running, (await handle.DescribeAsync()).Status);
    }

    [Fact]
    public async Task StopAsync_aborts_a_waiting_execution_and_the_wait_reports_ABORTED()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var (arn, _) = engine.RegisterApproval();
        var client = new StateMachineClient<Order, Receipt>(api, arn) { Polling = FastPolling };
        var handle = await client.StartAsync(new Order("o-9", 1));

        await handle.StopAsync("Manual", "no longer needed");
        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => handle.WaitAsync());

        Assert.Equal((ExecutionStatus.Aborted, "Manual", "no longer needed"), (failure.Status, failure.Error, failure.Cause));
    }

    [Fact]
    public async Task StartSyncAsync_runs_an_EXPRESS_machine_to_its_typed_output()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var client = new StateMachineClient<Order, Receipt>(api, engine.Register("Express", SlowOrder, type: "EXPRESS"));

        var receipt = await client.StartSyncAsync(new Order("o-5", 2));

        Assert.Equal(new Receipt("o-5", 2, "shipped"), receipt);
    }

    [Fact]
    public async Task StartSyncAsync_of_a_failing_EXPRESS_machine_throws_the_typed_failure()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var client = new StateMachineClient<Order, Receipt>(api, engine.Register("Express", FailingOrder, type: "EXPRESS"));

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.StartSyncAsync(new Order("o-5", 2)));

        Assert.Equal((ExecutionStatus.Failed, "OutOfStock"), (failure.Status, failure.Error));
    }

    [Fact]
    public async Task StartSyncAsync_waits_for_a_token_sent_from_another_thread()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var tokens = new List<string>();
        engine.RegisterTaskHandler("arn:aws:states:::sqs:sendMessage", (invocation, _) =>
        {
            lock (tokens) tokens.Add(invocation.TaskToken!);
            return ValueTask.FromResult<AslJson>(AslJson.Of("sent"));
        });
        var client = new StateMachineClient<Order, Receipt>(api, engine.Register("ExpressApproval", Approval, type: "EXPRESS"));

        var running = client.StartSyncAsync(new Order("o-6", 1));
        while (true)
        {
            lock (tokens) if (tokens.Count > 0) break;
            await Task.Delay(5);
        }
        await api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = tokens[0], Output = """{"Id":"o-6","Quantity":1,"Status":"late"}""" });

        Assert.Equal(new Receipt("o-6", 1, "late"), await running.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_reference_sample_runs_through_a_typed_client_with_the_callback_Lambda_answering_through_the_API()
    {
        const string reference = "/work/shared/reference/workflow-within-a-workflow/";
        const string callbackFunction = "arn:aws:lambda:us-east-1:123456789012:function:NestingPatternCallbackLambdaFunction";
        var (engine, api) = Engine();
        using var _ = engine;
        var nested = engine.RegisterStateMachine("NestingPatternAnotherStateMachine", File.ReadAllText(reference + "nested-state-machine.asl.json"),
            new Dictionary<string, string> { ["NestingPatternCallbackLambdaFunction"] = callbackFunction });
        var main = engine.RegisterStateMachine("NestingPatternMainStateMachine", File.ReadAllText(reference + "main-state-machine.asl.json"),
            new Dictionary<string, string> { ["NestingPatternAnotherStateMachineArn"] = nested.StateMachineArn });
        // The callback Lambda reads the token and message from its payload and answers through IStepFunctionsApi.
        engine.RegisterLambda(callbackFunction, async (invocation, cancellation) =>
        {
            var payload = (AslJsonObject)invocation.Payload;
            var client = new StateMachineClient<object, object>(api, nested.StateMachineArn);
            await client.SendSuccessAsync(((AslJsonString)payload["TaskToken"]!).Value, ((AslJsonString)payload["Message"]!).Value, cancellation);
            return AslJson.Null;
        });
        var mainClient = new StateMachineClient<object, string[]>(api, main.StateMachineArn);

        var handle = await mainClient.StartAsync(new { });
        var output = await handle.WaitAsync();
        var history = await handle.GetHistoryAsync();

        Assert.Equal(new[] { "The whole execution is completed including both long-running jobs", "Callback right after the first long-running job is completed" }, output);
        Assert.Equal("ExecutionSucceeded", history[^1].Type);
        Assert.Equal(new[] { "startExecution", "startExecution.sync:2", "startExecution.waitForTaskToken" },
            history.Where(e => e.Type == "TaskScheduled").Select(e => e.Resource).Order(StringComparer.Ordinal));
    }
}
