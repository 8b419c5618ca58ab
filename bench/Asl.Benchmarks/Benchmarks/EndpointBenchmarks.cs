using System.Net;
using System.Text;
using Asl.Benchmarks.Inputs;
using Asl.Benchmarks.Suite;
using Asl.Local;
using Asl.Local.Endpoint;
using BenchmarkDotNet.Attributes;

namespace Asl.Benchmarks.Benchmarks;

/// <summary>
/// StartExecution over loopback HTTP (AWS JSON 1.0, as the AWS SDKs send it) to an in-process
/// <see cref="EndpointServer"/>, one request at a time and <see cref="InFlight"/> at once. The machine is one Pass
/// state, so the figure is the request; the server's clock driver runs the executions meanwhile. STANDARD
/// executions stay in the engine (DescribeExecution can find them); EXPRESS ones are not kept.
/// </summary>
[MemoryDiagnoser]
public class EndpointBenchmarks
{
    public const int InFlight = 32;

    private LocalEngine _engine = null!;
    private EndpointServer _server = null!;
    private HttpClient _client = null!;
    private string _standardBody = "";
    private string _expressBody = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _engine = new LocalEngine(new LocalEngineOptions { RandomSeed = 3 });
        var standard = _engine.RegisterStateMachine("Hello", ExecutionMachines.Hello);
        var express = _engine.RegisterStateMachine("HelloExpress", ExecutionMachines.Hello, type: "EXPRESS");
        _server = await EndpointServer.StartAsync(_engine, port: 0);
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = InFlight }) { BaseAddress = _server.Url };
        _standardBody = $$"""{"stateMachineArn":"{{standard.StateMachineArn}}","input":"{\"n\":1}"}""";
        _expressBody = $$"""{"stateMachineArn":"{{express.StateMachineArn}}","input":"{\"n\":1}"}""";
        await StartAsync(_standardBody);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        _engine.Dispose();
    }

    [Benchmark(Baseline = true)]
    [Throughput("requests")]
    public Task Standard_OneAtATime() => StartAsync(_standardBody);

    [Benchmark(OperationsPerInvoke = InFlight)]
    [Throughput("requests")]
    public Task Standard_ManyAtOnce() => Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => StartAsync(_standardBody)));

    [Benchmark]
    [Throughput("requests")]
    public Task Express_OneAtATime() => StartAsync(_expressBody);

    [Benchmark(OperationsPerInvoke = InFlight)]
    [Throughput("requests")]
    public Task Express_ManyAtOnce() => Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => StartAsync(_expressBody)));

    private async Task StartAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.StartExecution");
        using var response = await _client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"StartExecution answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
