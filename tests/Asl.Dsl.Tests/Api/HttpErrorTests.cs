using Asl.Api;

namespace Asl.Dsl.Tests.Api;

/// <summary>How AWS error answers become <see cref="StepFunctionsApiException"/>.</summary>
public class HttpErrorTests
{
    private static readonly DescribeExecutionRequest Describe = new() { ExecutionArn = "arn:aws:states:eu-west-1:123456789012:execution:Orders:missing" };

    [Fact]
    public async Task A_namespaced_type_becomes_the_error_code_with_the_message_status_and_request_id_and_is_not_retried()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Error(400, "com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist", "Execution Does Not Exist: 'missing'"));
        using var client = TestClients.For(endpoint);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Equal(("ExecutionDoesNotExist", "Execution Does Not Exist: 'missing'", 400, "req-err"), (error.ErrorCode, error.Message, error.StatusCode, error.RequestId));
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task A_plain_type_with_a_capitalised_Message_is_read()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => new FakeResponse(400, """{"__type":"InvalidToken","Message":"Invalid Token: 'Invalid token'"}"""));
        using var client = TestClients.For(endpoint);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = "x", Output = "{}" }));

        Assert.Equal(("InvalidToken", "Invalid Token: 'Invalid token'"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task Without_a_body_the_error_type_header_names_the_error_and_its_suffix_is_dropped()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => new FakeResponse(400, "",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/" }));
        using var client = TestClients.For(endpoint);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("DescribeExecution", error.Message);
        Assert.Contains("HTTP 400", error.Message);
    }

    [Fact]
    public async Task A_non_JSON_server_error_is_named_after_its_status_after_every_attempt()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => new FakeResponse(502, "<html>bad gateway</html>"));
        using var client = TestClients.For(endpoint, maxAttempts: 3);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.DescribeExecutionAsync(Describe));

        Assert.Equal(("BadGateway", 502), (error.ErrorCode, error.StatusCode));
        Assert.Equal(3, endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_success_whose_body_is_not_the_operation_s_shape_is_a_malformed_response()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("""{"startDate":1}"""));
        using var client = TestClients.For(endpoint);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = "arn:aws:states:eu-west-1:1:stateMachine:m" }));

        Assert.Equal(StepFunctionsApiException.MalformedResponseCode, error.ErrorCode);
        Assert.Contains("executionArn", error.Message);
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task A_history_event_without_a_type_is_a_malformed_response_naming_the_event()
    {
        await using var endpoint = new FakeStepFunctionsEndpoint(_ => FakeResponse.Ok("""{"events":[{"timestamp":1,"id":1}]}"""));
        using var client = TestClients.For(endpoint);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => client.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = Describe.ExecutionArn }));

        Assert.Equal(StepFunctionsApiException.MalformedResponseCode, error.ErrorCode);
        Assert.Contains("event 0", error.Message);
        Assert.Contains("'type'", error.Message);
    }
}
