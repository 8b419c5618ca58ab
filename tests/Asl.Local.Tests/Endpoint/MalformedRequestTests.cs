using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>
/// Requests no SDK sends, but a broken client, a fuzzer or an unlucky user can: every one is answered with a 400 in
/// AWS's error shape (a 500 would make the AWS CLI and SDKs retry it), and the server keeps serving.
/// </summary>
public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("ListStateMachines", """{"nextToken": "\ud800"}""", "nextToken")]
    [InlineData("CreateStateMachine", """{"name": "a\udc00b", "definition": "{}", "roleArn": "arn:aws:iam::123456789012:role/x"}""", "name")]
    [InlineData("StartExecution", """{"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:M", "name": "\ud83d"}""", "name")]
    [InlineData("DescribeExecution", """{"executionArn": "\udfff"}""", "executionArn")]
    [InlineData("SendTaskSuccess", """{"taskToken": "t", "output": "\ud800\ud800"}""", "output")]
    [InlineData("CreateStateMachine", """{"tags": [{"key": "\ud800", "value": "v"}]}""", "key")]
    public async Task A_string_member_holding_half_a_surrogate_pair_is_a_SerializationException_naming_it(string operation, string body, string member)
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync(operation, body);
        var next = await api.CallAsync("ListStateMachines", new { });

        Assert.Equal(400, reply.Status);
        Assert.Equal("com.amazon.coral.service#SerializationException", reply.Body.GetProperty("__type").GetString());
        Assert.StartsWith($"The request body is not valid JSON: the value of the member '{member}' (at byte ", reply.Message);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task A_member_name_holding_half_a_surrogate_pair_is_a_SerializationException()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListStateMachines", """{"\ud800": 1}""");

        Assert.Equal("SerializationException", reply.ErrorCode);
        Assert.StartsWith("The request body is not valid JSON: a member name (at byte 1) is not valid Unicode text", reply.Message);
    }

    [Fact]
    public async Task A_body_with_bytes_that_are_not_UTF8_is_a_SerializationException()
    {
        await using var api = await ApiClient.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new ByteArrayContent([.. "{\"nextToken\": \""u8, 0xFF, 0xFE, .. "\"}"u8]),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.ListStateMachines");

        var reply = await api.SendAsync(request);

        Assert.Equal(400, reply.Status);
        Assert.Equal("SerializationException", reply.ErrorCode);
        Assert.Contains("the value of the member 'nextToken'", reply.Message);
    }

    [Fact]
    public async Task Execution_input_holding_half_a_surrogate_pair_is_InvalidExecutionInput()
    {
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Echo", Definitions.Pass);

        // The request is valid Unicode; the input it carries is JSON text whose string escapes a lone surrogate.
        var message = await api.FailsAsync("StartExecution", new { stateMachineArn = arn, input = "{\"a\": \"\\ud800\"}" }, "InvalidExecutionInput");

        Assert.StartsWith("Invalid State Machine Execution Input: 'The string at byte 6 is not valid Unicode text", message);
    }

    [Fact]
    public async Task A_body_that_breaks_HTTP_chunked_encoding_is_a_SerializationException()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await RawAsync(api, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AWSStepFunctions.ListStateMachines\r\n"
            + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", reply);
        Assert.Contains("\"__type\":\"com.amazon.coral.service#SerializationException\"", reply);
        Assert.Contains("The request could not be read as HTTP:", reply);
        Assert.Equal(200, (await api.CallAsync("ListStateMachines", new { })).Status);
    }

    [Theory]
    [InlineData("POST /%00 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")]
    [InlineData("POST * HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")]
    [InlineData("GARBAGE\r\n\r\n")]
    public async Task A_request_line_that_is_not_HTTP_is_refused_by_the_web_server_and_the_server_keeps_serving(string request)
    {
        await using var api = await ApiClient.StartAsync();

        // Kestrel answers these before any application code runs (no request exists to answer in AWS's shape): a 4xx
        // with an empty body, which clients do not retry.
        var reply = await RawAsync(api, request);

        Assert.Matches(@"^HTTP/1\.1 4\d\d ", reply);
        Assert.Equal(200, (await api.CallAsync("ListStateMachines", new { })).Status);
    }

    /// <summary>Sends raw bytes on a fresh connection and returns everything the server answers before it closes.</summary>
    private static async Task<string> RawAsync(ApiClient api, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(api.Server.Url.Host, api.Server.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer, limit.Token)) > 0)
        {
            answer.Write(buffer, 0, read);
            if (Complete(answer.ToArray())) break;
        }
        return Encoding.UTF8.GetString(answer.ToArray());
    }

    private static bool Complete(byte[] answer)
    {
        var text = Encoding.ASCII.GetString(answer);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var match = System.Text.RegularExpressions.Regex.Match(text[..end], @"Content-Length: (\d+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success && answer.Length >= end + 4 + int.Parse(match.Groups[1].Value);
    }
}
