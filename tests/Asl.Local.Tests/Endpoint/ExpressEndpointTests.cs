using System.Text.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>EXPRESS state machines: StartSyncExecution, and the operations AWS does not offer for their executions.</summary>
public sealed class ExpressEndpointTests
{
    [Fact]
    public async Task StartSyncExecution_runs_an_EXPRESS_execution_to_its_end_and_answers_its_outcome()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Quick", Definitions.WaitAnHour, "EXPRESS");

        var result = await api.OkAsync("StartSyncExecution", new { stateMachineArn = arn, name = "sync-1", input = "{\"a\":1}" });

        Assert.Equal("SUCCEEDED", result.GetProperty("status").GetString());
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:Quick:sync-1:", result.GetProperty("executionArn").GetString());
        Assert.Equal(arn, result.GetProperty("stateMachineArn").GetString());
        Assert.Equal("sync-1", result.GetProperty("name").GetString());
        Assert.Equal("{\"a\":1}", result.GetProperty("input").GetString());
        Assert.Equal("\"done\"", result.GetProperty("output").GetString());
        Assert.Equal(3600m, result.GetProperty("stopDate").GetDecimal() - result.GetProperty("startDate").GetDecimal());
        var billing = result.GetProperty("billingDetails");
        Assert.Equal(3600000, billing.GetProperty("billedDurationInMilliseconds").GetInt64());
        Assert.Equal(64, billing.GetProperty("billedMemoryUsedInMB").GetInt64());
        Assert.False(result.TryGetProperty("redriveCount", out _));
    }

    [Fact]
    public async Task A_failing_EXPRESS_execution_is_still_a_200_with_status_error_and_cause()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Broken", Definitions.Fails, "EXPRESS");

        var result = await api.OkAsync("StartSyncExecution", new { stateMachineArn = arn });

        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.Equal("Custom.Broken", result.GetProperty("error").GetString());
        Assert.Equal("it broke", result.GetProperty("cause").GetString());
        Assert.False(result.TryGetProperty("output", out _));
    }

    [Fact]
    public async Task StartSyncExecution_of_a_STANDARD_machine_is_StateMachineTypeNotSupported()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Standard", Definitions.Pass);

        var message = await api.FailsAsync("StartSyncExecution", new { stateMachineArn = arn }, "StateMachineTypeNotSupported");

        Assert.StartsWith("This operation is not supported by this type of state machine", message);
    }

    [Fact]
    public async Task StartExecution_of_an_EXPRESS_machine_answers_an_express_ARN_that_DescribeExecution_refuses()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Async", Definitions.Pass, "EXPRESS");

        var started = await api.OkAsync("StartExecution", new { stateMachineArn = arn, name = "a1" });
        var executionArn = started.GetProperty("executionArn").GetString()!;
        var message = await api.FailsAsync("DescribeExecution", new { executionArn }, "InvalidArn");

        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:express:Async:a1:", executionArn);
        Assert.StartsWith("Invalid Arn: 'Resource type not valid in this context: express'.", message);
        await api.FailsAsync("GetExecutionHistory", new { executionArn }, "InvalidArn");
        await api.FailsAsync("StopExecution", new { executionArn }, "InvalidArn");
    }

    [Fact]
    public async Task ListExecutions_of_an_EXPRESS_machine_is_StateMachineTypeNotSupported()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Unlisted", Definitions.Pass, "EXPRESS");

        await api.FailsAsync("ListExecutions", new { stateMachineArn = arn }, "StateMachineTypeNotSupported");
    }

    [Fact]
    public async Task StartSyncExecution_with_METADATA_ONLY_leaves_out_input_and_output()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Private", Definitions.PassWithResult, "EXPRESS");

        var result = await api.OkAsync("StartSyncExecution", new { stateMachineArn = arn, includedData = "METADATA_ONLY" });

        Assert.False(result.TryGetProperty("input", out _));
        Assert.False(result.TryGetProperty("output", out _));
        Assert.Equal("""{"included":false}""", result.GetProperty("outputDetails").GetRawText());
        Assert.Equal(JsonValueKind.String, result.GetProperty("status").ValueKind);
    }
}
