using System.Net;
using System.Net.Sockets;
using Asl.Api;

namespace Asl.Dsl.Tests.Api;

/// <summary>Retries with backoff: counted in attempts and in the waits the client asked its clock for, never in real time.</summary>
public class HttpRetryTests
{
    private static readonly DescribeExecutionRequest Describe = new() { ExecutionArn = "arn:aws:states:eu-west-1:123456789012:execution:Orders:e1" };

    private const string Described = """
        {"executionArn":"arn:aws:states:eu-west-1:123456789012:execution:Orders:e1","stateMachineArn":"arn:aws:states:eu-west-1:123456789012:stateMachine:Orders","status":"RUNNING","startDate":1}
        """;

    [Fact]
    public async Task A_500_is_retried_and_the_second_attempt_succeeds_re_signed_under_the_same_invocation_id()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["DescribeExecution"] = [FakeResponse.Error(500, "InternalFailure", "try again"), FakeResponse.Ok(Described)],
        });
        using var client = TestClients.For(endpoint);

        var described = await client.DescribeExecutionAsync(Describe);

        Assert.Equal(ExecutionStatus.Running, described.Status);
        Assert.Equal(new[] { "attempt=1; max=3", "attempt=2; max=3" }, endpoint.Requests.Select(r => r.Headers["amz-sdk-request"]));
        Assert.Single(endpoint.Requests.Select(r => r.Headers["amz-sdk-invocation-id"]).Distinct());
        Assert.All(endpoint.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task HTTP_429_is_retried_until_it_passes()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["DescribeExecution"] = [new FakeResponse(429, ""), new FakeResponse(429, ""), FakeResponse.Ok(Described)],
        });
        using var client = TestClients.For(endpoint, maxAttempts: 4);

        await client.DescribeExecutionAsync(Describe);

        Assert.Equal(3, endpoint.Requests.Count);
    }

    [Fact]
    public async Task ThrottlingException_is_retried_up_to_MaxAttempts_then_reported()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Error(400, "ThrottlingException", "Rate exceeded"));
        using var client = TestClients.For(endpoint, maxAttempts: 3);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Equal(("ThrottlingException", "Rate exceeded"), (error.ErrorCode, error.Message));
        Assert.Equal(3, endpoint.Requests.Count);
    }

    [Theory]
    [InlineData(400, "ValidationException")]
    [InlineData(400, "ExecutionAlreadyExists")]
    [InlineData(403, "AccessDeniedException")]
    [InlineData(404, "UnknownOperationException")]
    public async Task Other_client_errors_are_not_retried(int status, string code)
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Error(status, code, "no"));
        using var client = TestClients.For(endpoint, maxAttempts: 5);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Equal(code, error.ErrorCode);
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task RetryOptions_None_reports_a_server_error_after_one_attempt()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Error(503, "ServiceUnavailable", "down"));
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
        {
            Endpoint = endpoint.Address, Credentials = TestClients.Credentials, Retry = RetryOptions.None,
        });

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task Backoff_waits_grow_exponentially_with_full_jitter_under_the_cap()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Error(500, "InternalFailure", "down"));
        var clock = new InstantTimeProvider();
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
        {
            Endpoint = endpoint.Address,
            Credentials = TestClients.Credentials,
            Retry = new RetryOptions { MaxAttempts = 6, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(500) },
            TimeProvider = clock,
            Jitter = new HalfJitter(),
        });

        await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        // Ceilings 100, 200, 400, then capped at 500; the fixed jitter takes half of each.
        Assert.Equal(6, endpoint.Requests.Count);
        Assert.Equal(new[] { 50.0, 100, 200, 250, 250 }, clock.Waits.Select(w => w.TotalMilliseconds));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_backoff_is_honoured_up_to_MaxDelay()
    {
        await using var endpoint = FakeStepFunctionsEndpoint.Scripted(new()
        {
            ["DescribeExecution"] = [new FakeResponse(503, "", new Dictionary<string, string> { ["Retry-After"] = "2" }), FakeResponse.Ok(Described)],
        });
        var clock = new InstantTimeProvider();
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
        {
            Endpoint = endpoint.Address,
            Credentials = TestClients.Credentials,
            Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(30) },
            TimeProvider = clock,
            Jitter = new HalfJitter(),
        });

        await client.DescribeExecutionAsync(Describe);

        Assert.Equal(TimeSpan.FromSeconds(2), Assert.Single(clock.Waits));
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_retried_then_reported_with_what_to_check()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var clock = new InstantTimeProvider();
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
        {
            Endpoint = new Uri($"http://127.0.0.1:{port}"),
            Credentials = TestClients.Credentials,
            Retry = new RetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) },
            TimeProvider = clock,
            Jitter = new HalfJitter(),
        });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Contains("after 3 attempt(s)", error.Message);
        Assert.Contains("asl serve", error.Message);
        Assert.Equal(new[] { 5.0, 10 }, clock.Waits.Select(w => w.TotalMilliseconds));
    }

    [Fact]
    public async Task Cancelling_a_call_in_flight_stops_it_without_retrying()
    {
        var answer = new TaskCompletionSource<FakeResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => answer.Task);
        using var client = TestClients.For(endpoint);
        using var cancel = new CancellationTokenSource();

        var call = client.DescribeExecutionAsync(Describe, cancel.Token);
        while (endpoint.Requests.Count == 0) await Task.Delay(5);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(endpoint.Requests);
        answer.SetResult(FakeResponse.Ok(Described));
    }
}
