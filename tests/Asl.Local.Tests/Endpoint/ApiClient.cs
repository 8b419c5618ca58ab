using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Asl.Local.Endpoint;

namespace Asl.Local.Tests.Endpoint;

/// <summary>One reply of the endpoint: status, parsed body, and the error code clients read from <c>__type</c>.</summary>
internal sealed record ApiReply(int Status, JsonElement Body, string Text, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    /// <summary>What clients keep of <c>__type</c>: the part after the last '#'.</summary>
    public string? ErrorCode => Body.TryGetProperty("__type", out var type) ? type.GetString()!.Split('#')[^1] : null;

    public string? Message => Body.TryGetProperty("message", out var message) ? message.GetString() : null;
}

/// <summary>An engine served on an ephemeral loopback port, and an HTTP client that speaks the AWS JSON 1.0 protocol to it.</summary>
internal sealed class ApiClient : IAsyncDisposable
{
    public const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    private ApiClient(LocalEngine engine, EndpointServer server)
    {
        Engine = engine;
        Server = server;
        Http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public LocalEngine Engine { get; }

    public EndpointServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<ApiClient> StartAsync(LocalEngine? engine = null)
    {
        engine ??= new LocalEngine(new LocalEngineOptions { StartTime = TestEngine.Start, RandomSeed = 11 });
        var server = await EndpointServer.StartAsync(engine, port: 0);
        return new ApiClient(engine, server);
    }

    /// <summary>Calls an operation with a body serialized from <paramref name="body"/> (an anonymous object with camelCase members).</summary>
    public Task<ApiReply> CallAsync(string operation, object body) => SendAsync(operation, JsonSerializer.Serialize(body));

    /// <summary>Sends raw body text with the protocol's headers.</summary>
    public async Task<ApiReply> SendAsync(string? operation, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        if (operation is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions." + operation);
        return await SendAsync(request);
    }

    public async Task<ApiReply> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new ApiReply((int)response.StatusCode, document.RootElement.Clone(), text, response.Headers, response.Content.Headers);
    }

    /// <summary>Calls an operation that must succeed, and returns its output.</summary>
    public async Task<JsonElement> OkAsync(string operation, object body)
    {
        var reply = await CallAsync(operation, body);
        Assert.True(reply.Status == 200, $"{operation} answered {reply.Status}: {reply.Text}");
        return reply.Body;
    }

    /// <summary>Calls an operation that must fail with HTTP 400 and <paramref name="errorCode"/>; returns the message.</summary>
    public async Task<string> FailsAsync(string operation, object body, string errorCode)
    {
        var reply = await CallAsync(operation, body);
        Assert.True(reply.Status == 400 && reply.ErrorCode == errorCode, $"{operation}: expected 400 {errorCode}, got {reply.Status}: {reply.Text}");
        return reply.Message!;
    }

    public async Task<string> CreateAsync(string name, string definition, string type = "STANDARD")
    {
        var created = await OkAsync("CreateStateMachine", new { name, definition, roleArn = Role, type });
        return created.GetProperty("stateMachineArn").GetString()!;
    }

    public async Task<string> StartAsync(string stateMachineArn, string input = "{}", string? name = null)
    {
        var started = name is null
            ? await OkAsync("StartExecution", new { stateMachineArn, input })
            : await OkAsync("StartExecution", new { stateMachineArn, input, name });
        return started.GetProperty("executionArn").GetString()!;
    }

    /// <summary>Polls DescribeExecution until the execution leaves RUNNING (the server drives the engine by itself).</summary>
    public async Task<JsonElement> WaitForEndAsync(string executionArn, double timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var described = await OkAsync("DescribeExecution", new { executionArn });
            if (described.GetProperty("status").GetString() != "RUNNING") return described;
            Assert.True(DateTime.UtcNow < deadline, $"{executionArn} still RUNNING after {timeoutSeconds} s");
            await Task.Delay(20);
        }
    }

    public async Task<JsonElement[]> HistoryAsync(string executionArn)
        => (await OkAsync("GetExecutionHistory", new { executionArn })).GetProperty("events").EnumerateArray().ToArray();

    /// <summary>Waits until some task of the execution has a token (read from the TaskScheduled parameters) and returns it.</summary>
    public async Task<string> WaitForTaskTokenAsync(string executionArn, string tokenField = "TaskToken")
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            foreach (var e in await HistoryAsync(executionArn))
            {
                if (e.GetProperty("type").GetString() != "TaskScheduled") continue;
                using var parameters = JsonDocument.Parse(e.GetProperty("taskScheduledEventDetails").GetProperty("parameters").GetString()!);
                if (FindMember(parameters.RootElement, tokenField) is { } token) return token;
            }
            Assert.True(DateTime.UtcNow < deadline, $"no task token was issued in {executionArn}");
            await Task.Delay(20);
        }
    }

    private static string? FindMember(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var member in element.EnumerateObject())
        {
            if (member.Name == name && member.Value.ValueKind == JsonValueKind.String) return member.Value.GetString();
            if (FindMember(member.Value, name) is { } nested) return nested;
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Engine.Dispose();
    }
}
