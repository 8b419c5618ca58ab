using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Asl.Local.Tests.Endpoint;

namespace Asl.Cli.Tests.RunServe;

/// <summary>The built <c>asl</c> executable: <c>run</c> exit codes, and <c>serve</c> driven by the real AWS CLI.</summary>
public sealed class RunServeExecutableTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    private static readonly string Reference = Path.Combine(RepositoryPaths.Root, "tests", "Asl.Dsl.Tests", "TestData", "workflow-within-a-workflow");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Run_prints_the_result_document_and_exits_0()
    {
        var path = _dir.Write("adder.asl.json", RunDefinitions.Adder);

        var run = AslProcess.Run("run", path, "--input", """{"a": 1, "b": 2}""");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal("SUCCEEDED", document.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, document.RootElement.GetProperty("output").GetProperty("sum").GetInt32());
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Run_exits_2_with_the_findings_for_an_invalid_definition()
    {
        var path = _dir.Write("unknown.asl.json", Definitions.TwoUnknownFields);

        var run = AslProcess.Run("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith($"{path}(3,3): error ASL1028: Field \"Timeout\"", run.Stderr);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Serve_runs_the_reference_workflow_for_the_AWS_CLI_and_stops_cleanly_on_SIGTERM()
    {
        var mocks = _dir.Write("mocks.json", RunDefinitions.NestedCallbackMock);
        using var serve = AslProcess.Start("serve", "--port", "0", "--mock-config", mocks);
        var banner = await serve.FirstLineAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith(Commands.ServeCommand.ListeningPrefix + "http://127.0.0.1:", banner);
        var aws = new AwsCli(new Uri(banner[Commands.ServeCommand.ListeningPrefix.Length..]));

        var nested = (await Aws(aws, "create-state-machine", "--name", "NestingPatternAnotherStateMachine", "--role-arn", Role,
            "--definition", "file://" + Path.Combine(Reference, "nested-state-machine.asl.json"))).GetProperty("stateMachineArn").GetString()!;
        // Every child runs the mock test case "Quiet", whose Callback Lambda only receives the token.
        var main = File.ReadAllText(Path.Combine(Reference, "main-state-machine.asl.json")).Replace("${NestingPatternAnotherStateMachineArn}", nested + "#Quiet");
        var mainArn = (await Aws(aws, "create-state-machine", "--name", "NestingPatternMainStateMachine", "--role-arn", Role,
            "--definition", "file://" + _dir.Write("main.asl.json", main))).GetProperty("stateMachineArn").GetString()!;
        var execution = (await Aws(aws, "start-execution", "--state-machine-arn", mainArn)).GetProperty("executionArn").GetString()!;
        var token = await TokenAsync(aws, execution);
        await Aws(aws, "send-task-success", "--task-token", token, "--task-output", "\"answered from the CLI\"");
        var described = await WaitForEndAsync(aws, execution);

        Assert.Equal("SUCCEEDED", described.GetProperty("status").GetString());
        Assert.Equal("""["The whole execution is completed including both long-running jobs","answered from the CLI"]""", described.GetProperty("output").GetString());

        serve.Terminate();
        Assert.Equal(0, serve.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.EndsWith("asl serve: stopped.\n", serve.Stdout);
        Assert.Contains("asl serve: mock test cases: NestingPatternAnotherStateMachine#Quiet", serve.Stdout);
        Assert.Equal("", serve.Stderr);
    }

    [Fact]
    public async Task Run_stopped_by_a_signal_prints_the_aborted_execution_and_exits_130()
    {
        var path = _dir.Write("long.asl.json", """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":600,"End":true}}}""");
        using var run = AslProcess.Start("run", path, "--real-time");
        var notice = await run.FirstErrorLineAsync(TimeSpan.FromSeconds(60));

        run.Terminate();

        Assert.Equal(130, run.WaitForExit(TimeSpan.FromSeconds(30)));
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal("ABORTED", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("Asl.Interrupted", document.RootElement.GetProperty("error").GetString());
        Assert.Equal("asl run: running on the real clock; press Ctrl+C to stop the execution.", notice);
        Assert.EndsWith("asl run: interrupted; the execution was stopped.\n", run.Stderr);
    }

    [Fact]
    public void Serve_exits_2_when_the_port_is_taken()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = AslProcess.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"asl serve: Cannot listen on 127.0.0.1:{port}:", run.Stderr);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Serve_exits_2_for_a_host_that_is_not_an_address()
    {
        var run = AslProcess.Run("serve", "--port", "0", "--host", "not an address");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("asl serve: 'not an address' is not an IP address;", run.Stderr);
    }

    [Fact]
    public void Serve_exits_2_for_a_broken_mock_configuration()
    {
        var mocks = _dir.Write("mocks.json", "{\"StateMachines\": 3}");

        var run = AslProcess.Run("serve", "--port", "0", "--mock-config", mocks);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"asl serve: The mock configuration '{mocks}' is not usable: StateMachines must be a JSON object", run.Stderr);
    }

    /// <summary>Runs one <c>aws stepfunctions</c> call that must succeed and returns its JSON output.</summary>
    [Fact]
    public async Task Serve_forgets_finished_executions_past_the_retention_and_answers_for_them_as_AWS_does_for_expired_ones()
    {
        using var serve = AslProcess.Start("serve", "--port", "0", "--retain-executions", "1", "--retention-period", "12h");
        var banner = await serve.FirstLineAsync(TimeSpan.FromSeconds(60));
        var aws = new AwsCli(new Uri(banner[Commands.ServeCommand.ListeningPrefix.Length..]));
        var machine = (await Aws(aws, "create-state-machine", "--name", "Adder", "--role-arn", Role,
            "--definition", "file://" + _dir.Write("adder.asl.json", RunDefinitions.Adder))).GetProperty("stateMachineArn").GetString()!;

        var first = (await Aws(aws, "start-execution", "--state-machine-arn", machine, "--input", """{"a": 1, "b": 2}""")).GetProperty("executionArn").GetString()!;
        await WaitForEndAsync(aws, first);
        var second = (await Aws(aws, "start-execution", "--state-machine-arn", machine, "--input", """{"a": 3, "b": 4}""")).GetProperty("executionArn").GetString()!;
        await WaitForEndAsync(aws, second);
        var forgotten = await aws.StepFunctionsAsync("describe-execution", "--execution-arn", first);
        serve.Terminate();

        Assert.Contains($"An error occurred (ExecutionDoesNotExist) when calling the DescribeExecution operation: Execution Does Not Exist: '{first}'", forgotten.Stderr);
        Assert.Equal(0, serve.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Contains("asl serve: keeps up to 1 finished executions, each for 12 hours (--retain-executions, --retention-period).", serve.Stdout);
    }

    private static async Task<JsonElement> Aws(AwsCli aws, params string[] args) => (await aws.StepFunctionsAsync(args)).Json;

    private static async Task<string> TokenAsync(AwsCli aws, string executionArn)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var events = (await Aws(aws, "get-execution-history", "--execution-arn", executionArn)).GetProperty("events");
            foreach (var e in events.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "TaskScheduled"))
            {
                using var parameters = JsonDocument.Parse(e.GetProperty("taskScheduledEventDetails").GetProperty("parameters").GetString()!);
                if (parameters.RootElement.GetProperty("Input").TryGetProperty("TaskToken", out var token)) return token.GetString()!;
            }
        }
        Assert.Fail("the waitForTaskToken task was never scheduled");
        return "";
    }

    private static async Task<JsonElement> WaitForEndAsync(AwsCli aws, string executionArn)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var described = await Aws(aws, "describe-execution", "--execution-arn", executionArn);
            if (described.GetProperty("status").GetString() != "RUNNING") return described;
            await Task.Delay(250);
        }
        Assert.Fail($"{executionArn} did not finish");
        return default;
    }
}
