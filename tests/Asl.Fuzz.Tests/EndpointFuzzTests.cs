using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Asl.Fuzz.Tests.Inputs;
using Asl.Local;
using Asl.Local.Endpoint;
using CsCheck;
using Xunit.Abstractions;

namespace Asl.Fuzz.Tests;

/// <summary>
/// The HTTP endpoint (real HTTP on loopback) on random API requests: well-formed ones with hostile member values,
/// members of the wrong type, bodies that are not JSON or not UTF-8, unknown operations. Every answer is a 200 or a
/// 400 in AWS's error shape (a 500 would make clients retry), in time proportional to the request's size.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LocalEngine _engine = null!;
    private EndpointServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _engine = new LocalEngine(new LocalEngineOptions { RandomSeed = 3, RetainedExecutions = 500 });
        _server = await EndpointServer.StartAsync(_engine, port: 0);
        _http = new HttpClient { BaseAddress = _server.Url, Timeout = TimeSpan.FromMinutes(5) };
        foreach (var (name, type) in Requests.Machines)
        {
            using var response = await SendAsync(new Request("CreateStateMachine", JsonSerializer.Serialize(new
            {
                name, type, roleArn = Requests.Role, definition = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""",
            })));
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _engine.Dispose();
    }

    [Fact]
    public void Any_request_is_answered_200_or_400_in_the_AWS_shape_in_time_proportional_to_its_size()
    {
        new Harness<Request>("endpoint", output, request => request.ToString())
            .Run(Requests.Any, FuzzSettings.Inputs(800), request => request.Body.Length,
                size => TimeSpan.FromSeconds(30 + size / 20_000.0), request => Check(request).GetAwaiter().GetResult());
    }

    private async Task Check(Request request)
    {
        using var response = await SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status is 200 or 400, $"status {status}: {text}");
        Assert.Equal("application/x-amz-json-1.0", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        using var body = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, body.RootElement.ValueKind);
        if (status == 400)
        {
            var type = body.RootElement.GetProperty("__type").GetString()!;
            Assert.DoesNotContain(':', type);
            Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("message").GetString()));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Request request)
    {
        var message = new HttpRequestMessage(request.Method, request.Path) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        if (request.Target is { } target) message.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        return await _http.SendAsync(message);
    }
}

/// <summary>One API request as the fuzz test sends it.</summary>
public sealed record Request(HttpMethod Method, string Path, string? Target, byte[] Body)
{
    public Request(string operation, string body) : this(HttpMethod.Post, "/", "AWSStepFunctions." + operation, Encoding.UTF8.GetBytes(body))
    {
    }

    public override string ToString() => $"{Method} {Path} X-Amz-Target: {Target}\n{Encoding.UTF8.GetString(Body)}";
}
