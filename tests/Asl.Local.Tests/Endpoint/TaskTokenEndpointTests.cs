using Asl.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat over HTTP, and the clock while a caller holds a token.</summary>
public sealed class TaskTokenEndpointTests
{
    private static async Task<(ApiClient Api, string ExecutionArn, string Token)> StartCallbackAsync(string definition = Definitions.Callback)
    {
        var api = await ApiClient.StartAsync();
        api.Engine.RegisterLambda("Notify", _ => AslJson.Null);
        var arn = await api.CreateAsync("Callback", definition);
        var executionArn = await api.StartAsync(arn);
        return (api, executionArn, await api.WaitForTaskTokenAsync(executionArn));
    }

    [Fact]
    public async Task SendTaskSuccess_completes_the_waiting_task_with_the_output_sent()
    {
        var (api, executionArn, token) = await StartCallbackAsync();
        await using var _ = api;

        var reply = await api.OkAsync("SendTaskSuccess", new { taskToken = token, output = "{\"approved\":true}" });
        var execution = await api.WaitForEndAsync(executionArn);

        Assert.Equal("{}", reply.GetRawText());
        Assert.Equal("SUCCEEDED", execution.GetProperty("status").GetString());
        Assert.Equal("{\"approved\":true}", execution.GetProperty("output").GetString());
    }

    [Fact]
    public async Task A_token_used_twice_is_TaskTimedOut()
    {
        var (api, executionArn, token) = await StartCallbackAsync();
        await using var _ = api;
        await api.OkAsync("SendTaskSuccess", new { taskToken = token, output = "1" });
        await api.WaitForEndAsync(executionArn);

        var message = await api.FailsAsync("SendTaskSuccess", new { taskToken = token, output = "2" }, "TaskTimedOut");

        Assert.StartsWith("Task Timed Out:", message);
    }

    [Fact]
    public async Task A_token_the_server_never_issued_is_InvalidToken()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("SendTaskSuccess", new { taskToken = "made-up", output = "{}" }, "InvalidToken");

        Assert.StartsWith("Invalid Token: 'Invalid token'.", message);
    }

    [Fact]
    public async Task Output_that_is_not_JSON_is_InvalidOutput()
    {
        var (api, _, token) = await StartCallbackAsync();
        await using var _ = api;

        var message = await api.FailsAsync("SendTaskSuccess", new { taskToken = token, output = "not json" }, "InvalidOutput");

        Assert.StartsWith("Invalid Output:", message);
    }

    [Fact]
    public async Task SendTaskSuccess_needs_an_output()
    {
        var (api, _, token) = await StartCallbackAsync();
        await using var _ = api;

        var message = await api.FailsAsync("SendTaskSuccess", new { taskToken = token }, "ValidationException");

        Assert.Equal("1 validation error detected: Value null at 'output' failed to satisfy constraint: Member must not be null", message);
    }

    [Fact]
    public async Task SendTaskFailure_fails_the_task_with_the_error_and_cause_sent()
    {
        var (api, executionArn, token) = await StartCallbackAsync();
        await using var _ = api;

        await api.OkAsync("SendTaskFailure", new { taskToken = token, error = "Rejected", cause = "the reviewer said no" });
        var execution = await api.WaitForEndAsync(executionArn);

        Assert.Equal("FAILED", execution.GetProperty("status").GetString());
        Assert.Equal("Rejected", execution.GetProperty("error").GetString());
        Assert.Equal("the reviewer said no", execution.GetProperty("cause").GetString());
    }

    [Fact]
    public async Task SendTaskHeartbeat_answers_an_empty_object_and_adds_no_event()
    {
        var (api, executionArn, token) = await StartCallbackAsync();
        await using var _ = api;
        var before = (await api.HistoryAsync(executionArn)).Length;

        var reply = await api.OkAsync("SendTaskHeartbeat", new { taskToken = token });

        Assert.Equal("{}", reply.GetRawText());
        Assert.Equal(before, (await api.HistoryAsync(executionArn)).Length);
    }

    [Fact]
    public async Task While_a_caller_holds_a_token_the_clock_follows_real_time_so_the_task_timeout_is_not_skipped()
    {
        var (api, executionArn, _) = await StartCallbackAsync(Definitions.CallbackWithTimeout);
        await using var __ = api;
        var started = DateTime.UtcNow; // the task is waiting: its token was handed out

        var execution = await api.WaitForEndAsync(executionArn);

        // A skipped timeout ends the execution at once; only a lower bound holds on a loaded machine.
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.6), "the one-second TimeoutSeconds expired too early");
        Assert.Equal("FAILED", execution.GetProperty("status").GetString());
        Assert.Equal("States.Timeout", execution.GetProperty("error").GetString());
    }
}
