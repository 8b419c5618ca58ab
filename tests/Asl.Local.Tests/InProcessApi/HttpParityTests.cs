using Amazon.Runtime;
using Asl.Api;
using Asl.Clients;
using Asl.Local.Endpoint;
using static Asl.Local.Tests.InProcessApi.Machines;

namespace Asl.Local.Tests.InProcessApi;

/// <summary>
/// The same typed clients and the same contract over the two implementations of <see cref="IStepFunctionsApi"/>: in
/// process, and over real HTTP with SigV4-signed requests to the endpoint that <c>asl serve</c> runs.
/// </summary>
public class HttpParityTests
{
    public static TheoryData<bool> BothApis => new() { false, true };

    private sealed class Harness : IAsyncDisposable
    {
        private readonly EndpointServer? _server;
        private readonly StepFunctionsHttpClient? _http;

        private Harness(LocalEngine engine, IStepFunctionsApi api, EndpointServer? server, StepFunctionsHttpClient? http)
        {
            Engine = engine;
            Api = api;
            _server = server;
            _http = http;
        }

        public LocalEngine Engine { get; }

        public IStepFunctionsApi Api { get; }

        public static async Task<Harness> CreateAsync(bool overHttp)
        {
            var engine = TestEngine.Create();
            if (!overHttp) return new Harness(engine, new InProcessStepFunctionsApi(engine), null, null);
            var server = await EndpointServer.StartAsync(engine, port: 0);
            var http = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
            {
                Endpoint = server.Url,
                Credentials = new BasicAWSCredentials("test", "test"),
            });
            return new Harness(engine, http, server, http);
        }

        public async ValueTask DisposeAsync()
        {
            _http?.Dispose();
            if (_server is not null) await _server.DisposeAsync();
            Engine.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(BothApis))]
    public async Task RunAsync_returns_the_typed_output(bool overHttp)
    {
        await using var harness = await Harness.CreateAsync(overHttp);
        var client = new StateMachineClient<Order, Receipt>(harness.Api, harness.Engine.Register("Orders", SlowOrder)) { Polling = FastPolling };

        var receipt = await client.RunAsync(new Order("o-1", 3)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(new Receipt("o-1", 3, "shipped"), receipt);
    }

    [Theory]
    [MemberData(nameof(BothApis))]
    public async Task A_failed_execution_is_the_same_typed_failure(bool overHttp)
    {
        await using var harness = await Harness.CreateAsync(overHttp);
        var client = new StateMachineClient<Order, Receipt>(harness.Api, harness.Engine.Register("Orders", FailingOrder)) { Polling = FastPolling };

        var failure = await Assert.ThrowsAsync<ExecutionFailedException>(() => client.RunAsync(new Order("o-1", 3)).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal((ExecutionStatus.Failed, "OutOfStock", "No items left"), (failure.Status, failure.Error, failure.Cause));
    }

    [Theory]
    [MemberData(nameof(BothApis))]
    public async Task A_task_token_round_trip_completes_the_execution(bool overHttp)
    {
        await using var harness = await Harness.CreateAsync(overHttp);
        var (arn, tokens) = harness.Engine.RegisterApproval();
        var client = new StateMachineClient<Order, Receipt>(harness.Api, arn) { Polling = FastPolling };

        var handle = await client.StartAsync(new Order("o-2", 1));
        var token = await FirstTokenAsync(tokens);
        await client.SendSuccessAsync(token, new Receipt("o-2", 1, "approved"));

        Assert.Equal(new Receipt("o-2", 1, "approved"), await handle.WaitAsync().WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [MemberData(nameof(BothApis))]
    public async Task StartSyncAsync_runs_an_EXPRESS_machine(bool overHttp)
    {
        await using var harness = await Harness.CreateAsync(overHttp);
        var client = new StateMachineClient<Order, Receipt>(harness.Api, harness.Engine.Register("Express", SlowOrder, type: "EXPRESS"));

        var receipt = await client.StartSyncAsync(new Order("o-3", 4)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(new Receipt("o-3", 4, "shipped"), receipt);
    }

    [Theory]
    [MemberData(nameof(BothApis))]
    public async Task Errors_carry_the_same_codes(bool overHttp)
    {
        await using var harness = await Harness.CreateAsync(overHttp);
        var standard = harness.Engine.Register("Orders", SlowOrder);

        var missing = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            harness.Api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:Orders:nope" }));
        var notExpress = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            harness.Api.StartSyncExecutionAsync(new StartSyncExecutionRequest { StateMachineArn = standard }));
        var forged = await Assert.ThrowsAsync<StepFunctionsApiException>(() =>
            harness.Api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = "forged", Output = "{}" }));

        Assert.Equal(new[] { "ExecutionDoesNotExist", "StateMachineTypeNotSupported", "InvalidToken" }, new[] { missing.ErrorCode, notExpress.ErrorCode, forged.ErrorCode });
        Assert.Equal(overHttp ? 400 : null, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BothApis))]
    public async Task The_history_has_the_same_events(bool overHttp)
    {
        await using var harness = await Harness.CreateAsync(overHttp);
        var client = new StateMachineClient<Order, Receipt>(harness.Api, harness.Engine.Register("Orders", SlowOrder)) { Polling = FastPolling };
        var handle = await client.StartAsync(new Order("o-4", 1));
        await handle.WaitAsync().WaitAsync(TimeSpan.FromSeconds(20));

        var history = await handle.GetHistoryAsync();

        Assert.Equal(new[] { "ExecutionStarted", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded" }, history.Select(e => e.Type));
        Assert.Equal("""{"Id":"o-4","Quantity":1,"Status":"shipped"}""", history[^1].Output);
    }

    private static async Task<string> FirstTokenAsync(List<string> tokens)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            lock (tokens) if (tokens.Count > 0) return tokens[0];
            await Task.Delay(5, deadline.Token);
        }
    }
}
