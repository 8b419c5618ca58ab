using System.Text.Json;
using Asl.Api;
using Asl.Clients;
using Asl.Dsl.Tests.Api;

namespace Asl.Dsl.Tests.Clients;

/// <summary>The typed client over real HTTP against a fake Step Functions endpoint.</summary>
public class HttpStateMachineClientTests
{
    private const string MachineArn = "arn:aws:states:eu-west-1:123456789012:stateMachine:Orders";
    private const string ExecutionArn = "arn:aws:states:eu-west-1:123456789012:execution:Orders:o-1";
    private static readonly PollingOptions FastPolling = new() { InitialInterval = TimeSpan.FromMilliseconds(1), MaxInterval = TimeSpan.FromMilliseconds(5) };

    private static FakeResponse Started => FakeResponse.Ok($$"""{"executionArn":"{{ExecutionArn}}","startDate":1700000000}""");

    private static FakeResponse Described(string status, string extra = "") => FakeResponse.Ok(
        $$"""{"executionArn":"{{ExecutionArn}}","stateMachineArn":"{{MachineArn}}","status":"{{status}}","startDate":1700000000{{extra}}}""");

    [Fact]
    public async Task RunAsync_sends_the_typed_input_polls_until_success_and_returns_the_typed_output()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("RUNNING"), Described("RUNNING"), Described("SUCCEEDED", ""","output":"{\"Status\":\"shipped\",\"Total\":12.50}" """)],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn) { Polling = FastPolling };

        var result = await client.RunAsync(new OrderInput("o-1", 2), name: "o-1");

        Assert.Equal(new OrderResult("shipped", 12.50m), result);
        var start = endpoint.Requests[0];
        Assert.Equal("StartExecution", start.Operation);
        Assert.Equal(MachineArn, start.Json.GetProperty("stateMachineArn").GetString());
        Assert.Equal("o-1", start.Json.GetProperty("name").GetString());
        Assert.Equal("""{"OrderId":"o-1","Quantity":2}""", start.Json.GetProperty("input").GetString());
        Assert.Equal(3, endpoint.Requests.Count(r => r.Operation == "DescribeExecution"));
    }

    [Fact]
    public async Task A_failed_execution_throws_ExecutionFailedException_with_its_error_and_cause()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("FAILED", ""","error":"OutOfStock","cause":"No item o-1 left" """)],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn) { Polling = FastPolling };

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.RunAsync(new OrderInput("o-1", 2)));

        Assert.Equal((ExecutionArn, ExecutionStatus.Failed, "OutOfStock", "No item o-1 left"), (failure.ExecutionArn, failure.Status, failure.Error, failure.Cause));
        Assert.Equal($"The execution '{ExecutionArn}' ended FAILED with error 'OutOfStock': No item o-1 left.", failure.Message);
    }

    [Fact]
    public async Task A_timed_out_execution_throws_with_status_TIMED_OUT()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("TIMED_OUT", ""","error":"States.Timeout" """)],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn) { Polling = FastPolling };

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.RunAsync(new OrderInput("o-1", 2)));

        Assert.Equal((ExecutionStatus.TimedOut, "States.Timeout", null), (failure.Status, failure.Error, failure.Cause));
    }

    [Fact]
    public async Task Cancelling_the_wait_stops_polling_and_leaves_the_execution_alone()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("RUNNING")],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn) { Polling = FastPolling };
        var handle = await client.StartAsync(new OrderInput("o-1", 2));
        using var cancel = new CancellationTokenSource();

        var waiting = handle.WaitAsync(cancel.Token);
        while (endpoint.Requests.Count(r => r.Operation == "DescribeExecution") < 3) await Task.Delay(5);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.DoesNotContain(endpoint.Requests, r => r.Operation == "StopExecution");
    }

    [Fact]
    public async Task A_wait_with_a_timeout_gives_up_with_TimeoutException_naming_the_execution()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("RUNNING")],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn) { Polling = FastPolling };
        var handle = await client.StartAsync(new OrderInput("o-1", 2));

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => handle.WaitAsync(TimeSpan.FromMilliseconds(100)));

        Assert.Contains(ExecutionArn, timeout.Message);
        Assert.Contains("keeps running", timeout.Message);
        Assert.True(endpoint.Requests.Count(r => r.Operation == "DescribeExecution") >= 2);
    }

    [Fact]
    public async Task Polling_waits_back_off_from_the_initial_interval_up_to_the_maximum()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("RUNNING"), Described("RUNNING"), Described("RUNNING"), Described("RUNNING"), Described("SUCCEEDED", ""","output":"{\"Status\":\"ok\",\"Total\":1}" """)],
        });
        using var api = TestClients.For(endpoint);
        var clock = new InstantTimeProvider();
        var client = new OrdersClient(api, MachineArn)
        {
            Polling = new PollingOptions { InitialInterval = TimeSpan.FromMilliseconds(100), MaxInterval = TimeSpan.FromMilliseconds(300), BackoffFactor = 2, TimeProvider = clock },
        };

        await client.RunAsync(new OrderInput("o-1", 1));

        Assert.Equal(new[] { 100.0, 200, 300, 300 }, clock.Waits.Select(w => w.TotalMilliseconds));
    }

    [Fact]
    public async Task StartSyncAsync_returns_the_output_of_a_succeeded_express_execution()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartSyncExecution"] = [FakeResponse.Ok($$"""{"executionArn":"{{ExecutionArn}}","startDate":1,"stopDate":2,"status":"SUCCEEDED","output":"{\"Status\":\"done\",\"Total\":3}"}""")],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn);

        var result = await client.StartSyncAsync(new OrderInput("o-9", 1, Express: true));

        Assert.Equal(new OrderResult("done", 3), result);
        Assert.Equal("""{"OrderId":"o-9","Quantity":1,"Express":true}""", Assert.Single(endpoint.Requests).Json.GetProperty("input").GetString());
    }

    [Fact]
    public async Task StartSyncAsync_throws_the_typed_failure_of_a_failed_express_execution()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartSyncExecution"] = [FakeResponse.Ok($$"""{"executionArn":"{{ExecutionArn}}","startDate":1,"stopDate":2,"status":"FAILED","error":"Bad","cause":"input"}""")],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn);

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.StartSyncAsync(new OrderInput("o-9", 1)));

        Assert.Equal((ExecutionStatus.Failed, "Bad", "input"), (failure.Status, failure.Error, failure.Cause));
    }

    [Fact]
    public async Task Task_token_helpers_send_typed_output_failure_and_heartbeat()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("{}"));
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn);

        await client.SendSuccessAsync("tok-1", new CallbackOutput("Callback right after the first long-running job is completed"));
        await client.SendSuccessAsync("tok-2", "plain text");
        await client.SendFailureAsync("tok-3", "CallbackFailed", "the job crashed");
        await client.SendHeartbeatAsync("tok-4");

        var requests = endpoint.Requests;
        Assert.Equal(new[] { "SendTaskSuccess", "SendTaskSuccess", "SendTaskFailure", "SendTaskHeartbeat" }, requests.Select(r => r.Operation));
        Assert.Equal("""{"Message":"Callback right after the first long-running job is completed"}""", requests[0].Json.GetProperty("output").GetString());
        Assert.Equal("\"plain text\"", requests[1].Json.GetProperty("output").GetString());
        Assert.Equal(("tok-3", "CallbackFailed", "the job crashed"), (requests[2].Json.GetProperty("taskToken").GetString(), requests[2].Json.GetProperty("error").GetString(), requests[2].Json.GetProperty("cause").GetString()));
        Assert.Equal("tok-4", requests[3].Json.GetProperty("taskToken").GetString());
    }

    [Fact]
    public async Task DescribeAsync_types_the_output_of_a_succeeded_execution_and_StopAsync_returns_the_stop_date()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["DescribeExecution"] = [Described("SUCCEEDED", ""","stopDate":1700000005,"output":"{\"Status\":\"ok\",\"Total\":7}" """)],
            ["StopExecution"] = [FakeResponse.Ok("""{"stopDate":1700000006}""")],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn);

        var described = await client.DescribeAsync(ExecutionArn);
        var stopped = await client.StopAsync(ExecutionArn, "Manual", "enough");

        Assert.Equal((ExecutionStatus.Succeeded, new OrderResult("ok", 7)), (described.Status, described.Output));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000005), described.StopDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000006), stopped);
        Assert.Equal("Manual", endpoint.Requests[1].Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_output_that_does_not_fit_the_output_type_names_the_execution_and_the_type()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("SUCCEEDED", ""","output":"[1,2]" """)],
        });
        using var api = TestClients.For(endpoint);
        var client = new OrdersClient(api, MachineArn) { Polling = FastPolling };

        var error = await Assert.ThrowsAsync<JsonException>(() => client.RunAsync(new OrderInput("o-1", 1)));

        Assert.Contains(ExecutionArn, error.Message);
        Assert.Contains(nameof(OrderResult), error.Message);
    }

    [Fact]
    public async Task A_source_generated_context_serializes_inputs_and_outputs()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["StartExecution"] = [Started],
            ["DescribeExecution"] = [Described("SUCCEEDED", ""","output":"{\"Status\":\"ok\",\"Total\":2}" """)],
        });
        using var api = TestClients.For(endpoint);
        var client = new StateMachineClient<OrderInput, OrderResult>(api, MachineArn, OrderJsonContext.Default) { Polling = FastPolling };

        var result = await client.RunAsync(new OrderInput("o-2", 5));

        Assert.Equal(new OrderResult("ok", 2), result);
        Assert.Equal("""{"OrderId":"o-2","Quantity":5,"Express":null}""", endpoint.Requests[0].Json.GetProperty("input").GetString());
    }

    [Fact]
    public void A_context_without_the_output_type_is_refused_at_construction_with_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new StateMachineClient<OrderInput, CallbackOutput>(new NeverCalledApi(), MachineArn, OrderJsonContext.Default));

        Assert.Contains("OrderJsonContext", error.Message);
        Assert.Contains("[JsonSerializable(typeof(CallbackOutput))]", error.Message);
    }

    [Fact]
    public void An_empty_ARN_is_refused_with_the_expected_form()
    {
        var error = Assert.Throws<ArgumentException>(() => new OrdersClient(new NeverCalledApi(), " "));

        Assert.Contains("arn:aws:states:<region>:<account>:stateMachine:<name>", error.Message);
    }
}
