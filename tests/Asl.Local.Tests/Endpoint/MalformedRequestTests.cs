using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Asl.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>
/// Requests no SDK sends, but a broken client, a fuzzer or an unlucky user can: every one is answered with a 400 in
/// AWS's error shape (a 500 would make the AWS CLI and SDKs retry it), and the server keeps serving.
/// </summary>
public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("ListStateMachines", """{"nextToken": "\ud800"}""", "InvalidToken", "Invalid Token: '\\ud800'")]
    [InlineData("CreateStateMachine", """{"name": "a\udc00b", "definition": "{}", "roleArn": "arn:aws:iam::123456789012:role/x"}""", "InvalidName", "Invalid Name: 'a\\udc00b'")]
    [InlineData("StartExecution", """{"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:M", "name": "\ud83d"}""", "InvalidName", "Invalid Name: '\\ud83d'")]
    [InlineData("DescribeExecution", """{"executionArn": "arn:aws:states:us-east-1:123456789012:execution:M:\udfff"}""", "ExecutionDoesNotExist", "Execution Does Not Exist: 'arn:aws:states:us-east-1:123456789012:execution:M:\\udfff'")]
    [InlineData("DescribeStateMachine", """{"stateMachineArn": "\udfff"}""", "InvalidArn", "Invalid Arn: 'Invalid ARN prefix: \\udfff'")]
    [InlineData("StartExecution", """{"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:M", "input": "\"\ud800\""}""", "InvalidExecutionInput", "Invalid State Machine Execution Input: 'The string at byte 0 is not valid Unicode text")]
    [InlineData("ValidateStateMachineDefinition", """{"definition": "{\"Comment\": \"\ud800\"}", "type": "STANDARD\ud800"}""", "ValidationException", "1 validation error detected: Value 'STANDARD\\ud800' at 'type'")]
    public async Task Half_a_surrogate_pair_in_a_string_member_is_refused_by_that_members_own_rules(string operation, string body, string error, string message)
    {
        // AWS's JSON parser reads the escape into the string and each member's rules reject it (its names exclude
        // surrogates); the server keeps the escape as the text it is written with, so the error quotes it.
        await using var api = await ApiClient.StartAsync();
        await api.CreateAsync("M", Definitions.Pass);

        var reply = await api.SendAsync(operation, body);
        var next = await api.CallAsync("ListStateMachines", new { });

        Assert.True(reply.Status == 400 && reply.ErrorCode == error, $"expected 400 {error}, got {reply.Status}: {reply.Text}");
        Assert.StartsWith(message, reply.Message);
        Assert.Equal(200, next.Status);
    }

    [Fact]
    public async Task A_definition_holding_half_a_surrogate_pair_is_an_InvalidDefinition()
    {
        await using var api = await ApiClient.StartAsync();

        var message = await api.FailsAsync("CreateStateMachine", new
        {
            name = "Broken",
            roleArn = ApiClient.Role,
            definition = """{"Comment": "\ud800", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""",
        }, "InvalidDefinition");

        Assert.Contains("ASL1001", message);
        Assert.Contains("unpaired surrogate", message);
    }

    [Fact]
    public async Task Free_text_holding_half_a_surrogate_pair_is_kept_as_the_escape_it_was_written_with()
    {
        await using var api = await ApiClient.StartAsync();
        api.Engine.RegisterLambda("Notify", _ => AslJson.Null);
        var execution = await api.StartAsync(await api.CreateAsync("Callback", Definitions.Callback));
        var token = await api.WaitForTaskTokenAsync(execution);

        var sent = await api.SendAsync("SendTaskFailure", JsonSerializer.Serialize(new { taskToken = token, error = "E" })[..^1] + ", \"cause\": \"half \\ud800 pair\"}");
        var described = await api.WaitForEndAsync(execution);

        Assert.Equal(200, sent.Status);
        Assert.Equal("FAILED", described.GetProperty("status").GetString());
        Assert.Equal("half \\ud800 pair", described.GetProperty("cause").GetString());
    }

    [Fact]
    public async Task A_cause_that_a_function_cut_between_the_halves_of_a_pair_is_described_not_a_500()
    {
        // JSONata's $split with an empty separator splits UTF-16 units (as JavaScript's does), so it can return half of an
        // emoji; JSON strings must be Unicode.
        await using var api = await ApiClient.StartAsync();
        var arn = await api.CreateAsync("Cut", """
            {"QueryLanguage": "JSONata", "StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Cut", "Cause": "{% $split('\ud83d\ude00 smile', '')[0] %}"}}}
            """);

        var described = await api.WaitForEndAsync(await api.StartAsync(arn));
        var history = await api.HistoryAsync(described.GetProperty("executionArn").GetString()!);

        Assert.Equal("FAILED", described.GetProperty("status").GetString());
        Assert.Equal("\uFFFD", described.GetProperty("cause").GetString());
        Assert.Equal("\uFFFD", history[^1].GetProperty("executionFailedEventDetails").GetProperty("cause").GetString());
    }

    [Fact]
    public async Task A_finding_whose_excerpt_cuts_a_surrogate_pair_is_still_an_InvalidDefinition()
    {
        // The excerpt of a path that does not parse starts 40 characters before the error, here inside an emoji.
        await using var api = await ApiClient.StartAsync();
        var path = "$." + string.Concat(Enumerable.Repeat("\ud83d\ude00", 30)) + "x(";

        var message = await api.FailsAsync("CreateStateMachine", new
        {
            name = "Emoji",
            roleArn = ApiClient.Role,
            definition = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"InputPath\": \"" + path + "\", \"End\": true}}}",
        }, "InvalidDefinition");

        Assert.Contains("\uFFFD", message);
    }

    [Fact]
    public async Task A_member_name_holding_half_a_surrogate_pair_is_an_unknown_member()
    {
        await using var api = await ApiClient.StartAsync();

        var reply = await api.SendAsync("ListStateMachines", """{"\ud800": 1}""");

        Assert.Equal(200, reply.Status);
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
        Assert.Equal("The request body is not valid JSON: the bytes at offset 15 are not UTF-8, and JSON text must be. Send the body as UTF-8.", reply.Message);
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
