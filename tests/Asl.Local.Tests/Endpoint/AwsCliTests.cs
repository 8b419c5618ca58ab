using System.Text.Json;
using Asl.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>
/// The real AWS CLI against the endpoint: the reference nested workflow end to end with every integration
/// pattern (startExecution, .sync:2, .waitForTaskToken answered from the command line), and AWS's error shapes.
/// </summary>
public sealed class AwsCliTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    private readonly string _dir = Directory.CreateTempSubdirectory("asl-aws-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_reference_nested_workflow_runs_through_the_AWS_CLI_with_the_callback_answered_by_send_task_success()
    {
        await using var api = await ApiClient.StartAsync();
        // The callback Lambda only receives the token here; the test answers it with the CLI.
        api.Engine.RegisterLambda(ReferenceFiles.CallbackFunction, _ => AslJson.Null);
        var aws = new AwsCli(api.Server.Url);

        var nested = (await aws.StepFunctionsAsync("create-state-machine", "--name", "NestingPatternAnotherStateMachine",
            "--role-arn", Role, "--definition", "file://" + Write("nested.asl.json", ReferenceFiles.NestedMachine()))).Json.GetProperty("stateMachineArn").GetString()!;
        var main = (await aws.StepFunctionsAsync("create-state-machine", "--name", "NestingPatternMainStateMachine",
            "--role-arn", Role, "--definition", "file://" + Write("main.asl.json", ReferenceFiles.MainMachine(nested)))).Json.GetProperty("stateMachineArn").GetString()!;
        var started = (await aws.StepFunctionsAsync("start-execution", "--state-machine-arn", main, "--name", "e2e", "--input", "{}")).Json;
        var execution = started.GetProperty("executionArn").GetString()!;
        var token = await TokenFromHistoryAsync(aws, execution);
        var sent = await aws.StepFunctionsAsync("send-task-success", "--task-token", token, "--task-output", "\"called back\"");
        var described = await WaitForEndAsync(aws, execution);
        var history = (await aws.StepFunctionsAsync("get-execution-history", "--execution-arn", execution)).Json.GetProperty("events").EnumerateArray().ToArray();
        var children = (await aws.StepFunctionsAsync("list-executions", "--state-machine-arn", nested)).Json.GetProperty("executions").EnumerateArray().ToArray();

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:NestingPatternMainStateMachine:e2e", execution);
        Assert.Equal(JsonValueKind.Number, started.GetProperty("startDate").ValueKind);
        Assert.Equal((0, ""), (sent.ExitCode, sent.Stdout.Trim()));
        Assert.Equal("SUCCEEDED", described.GetProperty("status").GetString());
        Assert.Equal("""["The whole execution is completed including both long-running jobs","called back"]""", described.GetProperty("output").GetString());
        Assert.Equal(3, history.Count(e => e.GetProperty("type").GetString() == "TaskSucceeded"));
        Assert.Equal(2, history.Count(e => e.GetProperty("type").GetString() == "TaskSubmitted"));
        Assert.Equal("ExecutionSucceeded", history[^1].GetProperty("type").GetString());
        Assert.Equal(
            ["startExecution", "startExecution.sync:2", "startExecution.waitForTaskToken"],
            history.Where(e => e.GetProperty("type").GetString() == "TaskScheduled")
                .Select(e => e.GetProperty("taskScheduledEventDetails").GetProperty("resource").GetString()).Order());
        Assert.Equal(3, children.Length);
        Assert.All(children, child => Assert.Equal("SUCCEEDED", child.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_AWS_CLI_reports_endpoint_errors_with_their_AWS_code_and_message()
    {
        await using var api = await ApiClient.StartAsync();
        var aws = new AwsCli(api.Server.Url);
        const string missing = "arn:aws:states:us-east-1:123456789012:stateMachine:Missing";

        var describe = await aws.StepFunctionsAsync("describe-state-machine", "--state-machine-arn", missing);
        var token = await aws.StepFunctionsAsync("send-task-success", "--task-token", "forged", "--task-output", "{}");

        Assert.NotEqual(0, describe.ExitCode);
        Assert.Contains($"An error occurred (StateMachineDoesNotExist) when calling the DescribeStateMachine operation: State Machine Does Not Exist: '{missing}'", describe.Stderr);
        Assert.Contains("An error occurred (InvalidToken) when calling the SendTaskSuccess operation: Invalid Token: 'Invalid token'.", token.Stderr);
    }

    [Fact]
    public async Task A_name_holding_half_a_surrogate_pair_is_refused_once_as_an_InvalidName_the_CLI_does_not_retry()
    {
        await using var api = await ApiClient.StartAsync();
        var aws = new AwsCli(api.Server.Url);
        // The CLI sends the lone surrogate as the escape \ud800; a 500 here made it retry the request four more times.
        var input = "{\"name\": \"bad\\ud800\", \"roleArn\": \"" + Role + "\", \"definition\": " + JsonSerializer.Serialize(Definitions.Pass) + "}";

        var created = await aws.StepFunctionsAsync("create-state-machine", "--cli-input-json", input);

        Assert.NotEqual(0, created.ExitCode);
        Assert.Contains("An error occurred (InvalidName) when calling the CreateStateMachine operation: Invalid Name: 'bad\\ud800'.", created.Stderr);
        Assert.DoesNotContain("reached max retries", created.Stderr);
    }

    [Fact]
    public async Task The_AWS_CLI_validates_a_broken_definition_and_create_refuses_it()
    {
        await using var api = await ApiClient.StartAsync();
        var aws = new AwsCli(api.Server.Url);
        var file = "file://" + Write("broken.asl.json", Definitions.MissingNextTarget);

        var validated = (await aws.StepFunctionsAsync("validate-state-machine-definition", "--definition", file)).Json;
        var created = await aws.StepFunctionsAsync("create-state-machine", "--name", "Broken", "--role-arn", Role, "--definition", file);

        Assert.Equal("FAIL", validated.GetProperty("result").GetString());
        Assert.Equal(["MISSING_END_STATE", "MISSING_TRANSITION_TARGET"], validated.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal("/States/A/Next", validated.GetProperty("diagnostics")[1].GetProperty("location").GetString());
        Assert.Contains("An error occurred (InvalidDefinition) when calling the CreateStateMachine operation: Invalid State Machine Definition: 'MISSING_END_STATE: ", created.Stderr);
    }

    [Fact]
    public async Task The_AWS_CLI_runs_an_EXPRESS_machine_with_start_sync_execution()
    {
        await using var api = await ApiClient.StartAsync();
        var aws = new AwsCli(api.Server.Url);

        var arn = (await aws.StepFunctionsAsync("create-state-machine", "--name", "Quick", "--role-arn", Role, "--type", "EXPRESS",
            "--definition", "file://" + Write("quick.asl.json", Definitions.WaitAnHour))).Json.GetProperty("stateMachineArn").GetString()!;
        var result = (await aws.StepFunctionsAsync("start-sync-execution", "--state-machine-arn", arn, "--input", "{\"a\":1}")).Json;

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        Assert.Equal("\"done\"", result.GetProperty("output").GetString());
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:Quick:", result.GetProperty("executionArn").GetString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The token the parent handed to its child: in the Input of the waitForTaskToken task's TaskScheduled parameters.</summary>
    private static async Task<string> TokenFromHistoryAsync(AwsCli aws, string executionArn)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var events = (await aws.StepFunctionsAsync("get-execution-history", "--execution-arn", executionArn)).Json.GetProperty("events");
            foreach (var e in events.EnumerateArray())
            {
                if (e.GetProperty("type").GetString() != "TaskScheduled") continue;
                var details = e.GetProperty("taskScheduledEventDetails");
                if (details.GetProperty("resource").GetString() != "startExecution.waitForTaskToken") continue;
                using var parameters = JsonDocument.Parse(details.GetProperty("parameters").GetString()!);
                return parameters.RootElement.GetProperty("Input").GetProperty("TaskToken").GetString()!;
            }
        }
        Assert.Fail("the waitForTaskToken task was never scheduled");
        return "";
    }

    private static async Task<JsonElement> WaitForEndAsync(AwsCli aws, string executionArn)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var described = (await aws.StepFunctionsAsync("describe-execution", "--execution-arn", executionArn)).Json;
            if (described.GetProperty("status").GetString() != "RUNNING") return described;
            await Task.Delay(250);
        }
        Assert.Fail($"{executionArn} did not finish");
        return default;
    }
}
