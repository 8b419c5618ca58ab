using Amazon.Runtime;
using Asl.Api;
using Asl.Local;
using Asl.Local.Endpoint;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Workflows;

namespace Asl.Samples.Tests;

/// <summary>The sample's --endpoint mode against asl serve's endpoint, in process, over real HTTP.</summary>
public sealed class NestedWorkflowEndpointTests : IAsyncLifetime
{
    private static readonly string[] ExpectedOutput =
    [
        "The whole execution is completed including both long-running jobs",
        "Callback right after the first long-running job is completed",
    ];

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private LocalEngine _engine = null!;
    private EndpointServer _server = null!;

    public async Task InitializeAsync()
    {
        // The same mock configuration the README passes to `asl serve --mock-config`.
        var mocks = MockConfig.Parse(await File.ReadAllTextAsync(SampleFile("serve-mocks.json")));
        _engine = new LocalEngine(new LocalEngineOptions { MockConfig = mocks });
        _server = await EndpointServer.StartAsync(_engine, port: 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _engine.Dispose();
    }

    [Fact]
    public async Task Endpoint_run_returns_the_nested_result_and_the_callback_message_through_the_typed_client()
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        var result = await EndpointRun.RunAsync(_server.Url, timeout.Token);

        Assert.Equal(ExpectedOutput, result.Output);
        Assert.Equal("SUCCEEDED", result.Executions[0].Status);
        Assert.Null(result.Executions[0].Pattern);
        Assert.EndsWith(":" + MainWorkflow.StateMachineName, result.Executions[0].StateMachineArn);
    }

    [Fact]
    public async Task Endpoint_run_reports_three_succeeded_children_one_per_integration_pattern()
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        var result = await EndpointRun.RunAsync(_server.Url, timeout.Token);

        var children = result.Executions.Skip(1).ToList();
        Assert.Equal(
            ["start and continue (startExecution)", "run to completion (startExecution.sync:2)", "wait for callback (startExecution.waitForTaskToken)"],
            children.Select(c => c.Pattern));
        Assert.All(children, c => Assert.Equal("SUCCEEDED", c.Status));
        Assert.All(children, c => Assert.Equal("\"The whole execution is completed including both long-running jobs\"", c.Output));
        Assert.All(children, c => Assert.Equal(result.NestedStateMachineArn, c.StateMachineArn));
    }

    [Fact]
    public async Task A_second_run_reuses_the_machines_and_ListExecutions_shows_both_runs_children()
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        var first = await EndpointRun.RunAsync(_server.Url, timeout.Token);
        var second = await EndpointRun.RunAsync(_server.Url, timeout.Token);

        Assert.Equal(ExpectedOutput, second.Output);
        Assert.Equal(first.NestedStateMachineArn, second.NestedStateMachineArn);
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions { Endpoint = _server.Url, Credentials = new BasicAWSCredentials("test", "test") });
        var listed = await client.ListExecutionsAsync(new ListExecutionsRequest { StateMachineArn = first.NestedStateMachineArn, StatusFilter = Asl.Api.ExecutionStatus.Succeeded }, timeout.Token);
        Assert.Equal(6, listed.Executions.Count);
        Assert.Null(listed.NextToken);
    }

    [Fact]
    public async Task A_machine_created_with_another_definition_is_updated_to_the_generated_one()
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions { Endpoint = _server.Url, Credentials = new BasicAWSCredentials("test", "test") });
        var stale = await client.CreateStateMachineAsync(new CreateStateMachineRequest
        {
            Name = NestedWorkflow.StateMachineName,
            Definition = """{"StartAt":"Old","States":{"Old":{"Type":"Succeed"}}}""",
            RoleArn = "arn:aws:iam::123456789012:role/Old",
        }, timeout.Token);

        var result = await EndpointRun.RunAsync(_server.Url, timeout.Token);

        Assert.Equal(stale.StateMachineArn, result.NestedStateMachineArn);
        Assert.Equal(ExpectedOutput, result.Output);
    }

    [Fact]
    public async Task DeleteStateMachine_removes_a_machine_the_sample_created()
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        var result = await EndpointRun.RunAsync(_server.Url, timeout.Token);
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions { Endpoint = _server.Url, Credentials = new BasicAWSCredentials("test", "test") });

        await client.DeleteStateMachineAsync(new DeleteStateMachineRequest { StateMachineArn = result.NestedStateMachineArn }, timeout.Token);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.ListExecutionsAsync(
            new ListExecutionsRequest { StateMachineArn = result.NestedStateMachineArn }, timeout.Token));
        Assert.Equal("StateMachineDoesNotExist", error.ErrorCode);
    }

    private static string SampleFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "NestedWorkflow", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"samples/NestedWorkflow/{name} was not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
