using System.Net;
using System.Text;

namespace Asl.Local.Tests.Endpoint;

/// <summary>The AWS JSON 1.0 protocol: headers, error shapes, and bad requests that must never stop the server.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public async Task A_success_is_200_with_the_protocol_content_type_and_a_request_id()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.CallAsync("ListStateMachines", new { });

        Assert.Equal(200, reply.Status);
        Assert.Equal("application/x-amz-json-1.0", reply.ContentHeaders.ContentType!.MediaType);
        Assert.True(Guid.TryParse(reply.Headers.GetValues("x-amzn-RequestId").Single(), out _));
        Assert.Equal("""{"stateMachines":[]}""", reply.Text);
    }

    [Fact]
    public async Task The_server_listens_on_loopback_by_default()
    {
        await using var api = await ApiClient.StartAsync();

        Assert.Equal("127.0.0.1", api.Server.Url.Host);
        Assert.NotEqual(0, api.Server.Url.Port);
    }

    [Fact]
    public async Task Service_errors_carry_the_AWS_namespace_in_type_and_a_message()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = "arn:aws:states:us-east-1:123456789012:stateMachine:Missing";

        var reply = await api.CallAsync("DescribeStateMachine", new { stateMachineArn = arn });

        Assert.Equal(400, reply.Status);
        Assert.Equal("com.amazonaws.swf.service.v2.model#StateMachineDoesNotExist", reply.Body.GetProperty("__type").GetString());
        Assert.Equal($"State Machine Does Not Exist: '{arn}'", reply.Message);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_SerializationException_and_the_server_keeps_serving()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListStateMachines", "{\"maxResults\": ");
        var next = await api.CallAsync("ListStateMachines", new { });

        Assert.Equal(400, reply.Status);
        Assert.Equal("com.amazon.coral.service#SerializationException", reply.Body.GetProperty("__type").GetString());
        Assert.StartsWith("The request body is not valid JSON:", reply.Message);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_is_a_SerializationException()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListStateMachines", "[1, 2]");

        Assert.Equal("SerializationException", reply.ErrorCode);
        Assert.Equal("The request body must be a JSON object with the operation's members, but it is array.", reply.Message);
    }

    [Fact]
    public async Task An_empty_body_means_an_empty_input()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListStateMachines", "");

        Assert.Equal(200, reply.Status);
    }

    [Fact]
    public async Task A_member_of_the_wrong_JSON_type_is_a_SerializationException_naming_it()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListStateMachines", """{"maxResults": "ten"}""");

        Assert.Equal("SerializationException", reply.ErrorCode);
        Assert.StartsWith("The member 'maxResults' must be an integer, but it is a string.", reply.Message);
    }

    [Fact]
    public async Task A_request_without_a_target_is_an_UnknownOperationException_that_says_what_to_send()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync(operation: null, "{}");

        Assert.Equal(400, reply.Status);
        Assert.Equal("com.amazon.coral.service#UnknownOperationException", reply.Body.GetProperty("__type").GetString());
        Assert.Equal("The request has no X-Amz-Target header; set it to AWSStepFunctions.<Operation>, for example AWSStepFunctions.StartExecution.", reply.Message);
    }

    [Fact]
    public async Task An_operation_the_server_does_not_implement_is_named_in_the_error()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListActivities", "{}");

        Assert.Equal("UnknownOperationException", reply.ErrorCode);
        Assert.StartsWith("asl serve does not implement the operation 'ListActivities'. It implements: CreateStateMachine, ", reply.Message);
    }

    [Fact]
    public async Task A_target_of_another_service_is_an_UnknownOperationException()
    {
        await using var api = await ApiClient.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.ListTables");

        var reply = await api.SendAsync(request);

        Assert.Equal("UnknownOperationException", reply.ErrorCode);
        Assert.Contains("'DynamoDB_20120810.ListTables' is not a Step Functions operation", reply.Message);
    }

    [Fact]
    public async Task A_GET_is_answered_with_how_to_call_the_API()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/"));

        Assert.Equal(400, reply.Status);
        Assert.Equal("UnknownOperationException", reply.ErrorCode);
        Assert.Contains("send POST / with X-Amz-Target: AWSStepFunctions.<Operation>, not GET /", reply.Message);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_a_ValidationException_and_the_server_keeps_serving()
    {
        await using var api = await ApiClient.StartAsync();
        var huge = "{\"definition\": \"" + new string('a', 9 * 1024 * 1024) + "\"}";

        var reply = await api.SendAsync("ValidateStateMachineDefinition", huge);
        var next = await api.CallAsync("ListStateMachines", new { });

        Assert.Equal(400, reply.Status);
        Assert.Equal("ValidationException", reply.ErrorCode);
        Assert.StartsWith("The request body is larger than 8388608 bytes", reply.Message);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task Nesting_deeper_than_any_request_needs_is_a_SerializationException()
    {
        await using var api = await ApiClient.StartAsync();
        var deep = "{\"tags\":" + new string('[', 100) + new string(']', 100) + "}";

        var reply = await api.SendAsync("ListStateMachines", deep);

        Assert.Equal("SerializationException", reply.ErrorCode);
    }

    [Fact]
    public async Task Model_constraint_violations_are_listed_together_as_AWS_words_them()
    {
        await using var api = await ApiClient.StartAsync();
        var longName = new string('n', 81);

        var message = await api.FailsAsync("StartExecution", new { name = longName, input = "{}" }, "ValidationException");

        Assert.Equal(
            "2 validation errors detected: Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null; "
            + $"Value '{longName}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80",
            message);
    }

    [Fact]
    public async Task The_ValidationException_type_has_the_coral_validate_namespace()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.CallAsync("ListStateMachines", new { maxResults = 1001 });

        Assert.Equal("com.amazon.coral.validate#ValidationException", reply.Body.GetProperty("__type").GetString());
        Assert.Equal("1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000", reply.Message);
    }

    [Fact]
    public async Task The_server_can_be_stopped_and_then_refuses_connections()
    {
        var api = await ApiClient.StartAsync();
        var url = api.Server.Url;

        await api.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(url, new StringContent("{}")));
    }

    [Fact]
    public async Task A_port_in_use_is_an_IOException_that_says_so()
    {
        await using var api = await ApiClient.StartAsync();
        using var engine = new LocalEngine();

        var error = await Assert.ThrowsAsync<IOException>(() => Asl.Local.Endpoint.EndpointServer.StartAsync(engine, api.Server.Url.Port));

        Assert.StartsWith($"Cannot listen on 127.0.0.1:{api.Server.Url.Port}:", error.Message);
        Assert.EndsWith("Choose another port (or 0 for any free one).", error.Message);
    }

    [Fact]
    public async Task A_host_that_is_not_an_address_is_refused()
    {
        using var engine = new LocalEngine();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Asl.Local.Endpoint.EndpointServer.StartAsync(engine, 0, "example.com"));

        Assert.StartsWith("'example.com' is not an IP address;", error.Message);
    }

    [Fact]
    public async Task Errors_are_HTTP_400_so_clients_do_not_retry_them()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("DescribeExecution", "{\"executionArn\": \"nope\"}");

        Assert.Equal((int)HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidArn", reply.ErrorCode);
        Assert.Equal("Invalid Arn: 'Invalid ARN prefix: nope'", reply.Message);
    }
}
