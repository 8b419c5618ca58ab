using System.Net;
using System.Text.Json.Nodes;
using Asl.Json;
using Asl.Local.Errors;

namespace Asl.Testing;

/// <summary>
/// An HTTPS endpoint for the test harness (<see cref="WorkflowHarness.MockHttpEndpoint"/>): every HTTP Task
/// (<c>http:invoke</c>, <see cref="HttpInvokeBuilder"/>) that calls it is recorded as an <see cref="HttpCall"/> and answered
/// with the response set up with <see cref="Responds(int, object?, IReadOnlyDictionary{string, string}?)"/> (200 with no
/// body by default), as the HTTP Task reports it: <c>Headers</c>, <c>ResponseBody</c>, <c>StatusCode</c>,
/// <c>StatusText</c>. An error status (400 to 599) fails the task with <c>States.Http.StatusCode.NNN</c>
/// (<see cref="Errors.Http"/>), the cause the status text.
/// </summary>
public sealed class HttpEndpointMock : ServiceMock<HttpEndpointMock, HttpCall>
{
    private Func<HttpCall, HttpAnswer> _answer = _ => new HttpAnswer(200, null, null);
    private readonly WorkflowHarness _harness;

    internal HttpEndpointMock(string endpoint, WorkflowHarness harness) : base(endpoint) => _harness = harness;

    /// <summary>Answers every call with <paramref name="statusCode"/>, <paramref name="body"/> (an object is sent as JSON) and <paramref name="headers"/>.</summary>
    public HttpEndpointMock Responds(int statusCode, object? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return Responds(_ => new HttpAnswer(statusCode, body, headers));
    }

    /// <summary>Answers each call with what <paramref name="answer"/> returns for it.</summary>
    public HttpEndpointMock Responds(Func<HttpCall, HttpAnswer> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (Sync) _answer = answer;
        return this;
    }

    internal async ValueTask<AslJson> AnswerAsync(JsonObject request, MockContext context, CancellationToken cancellation)
    {
        var call = new HttpCall(_harness, context, request);
        await RecordAsync(call, context, cancellation);
        Func<HttpCall, HttpAnswer> answer;
        lock (Sync) answer = _answer;
        var response = answer(call);
        var statusText = ReasonPhrase(response.StatusCode);
        if (response.StatusCode >= 400) throw new StatesError(Errors.Http.StatusCode(response.StatusCode), statusText);
        var headers = new JsonObject();
        var contentType = response.Body is null or string ? "text/plain" : "application/json";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            headers[name.ToLowerInvariant()] = new JsonArray(JsonValue.Create(value));
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase)) contentType = value;
        }
        headers["content-type"] ??= new JsonArray(JsonValue.Create(contentType));
        var result = new JsonObject { ["Headers"] = headers };
        if (response.Body is not null)
            result["ResponseBody"] = response.Body is string text ? JsonValue.Create(text) : JsonNode.Parse(_harness.Json.WriteText(response.Body));
        result["StatusCode"] = response.StatusCode;
        result["StatusText"] = statusText;
        return Local.Json.JsonText.Parse(result.ToJsonString());
    }

    /// <summary>The standard reason phrase of a status (<c>Not Found</c>), as the HTTP Task reports it in StatusText.</summary>
    private static string ReasonPhrase(int status)
    {
        using var message = new HttpResponseMessage((HttpStatusCode)status);
        return message.ReasonPhrase ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>What an <see cref="HttpEndpointMock"/> answers: a status, a body (text, or an object sent as JSON) and headers.</summary>
public sealed record HttpAnswer(int StatusCode, object? Body = null, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>A call an <see cref="HttpEndpointMock"/> received.</summary>
public sealed class HttpCall : ServiceCall
{
    internal HttpCall(WorkflowHarness harness, MockContext context, JsonObject request) : base(harness, context)
    {
        ApiEndpoint = ServiceRequests.String(request, "ApiEndpoint") ?? "";
        Method = ServiceRequests.String(request, "Method") ?? "";
        Headers = Strings(request["Headers"]);
        QueryParameters = Strings(request["QueryParameters"]);
        RequestBody = ServiceRequests.Text(request, "RequestBody");
        ConnectionArn = (string?)request["Authentication"]?["ConnectionArn"];
    }

    /// <summary>The URL called.</summary>
    public string ApiEndpoint { get; }

    /// <summary>The method: <c>GET</c>, <c>POST</c>, ...</summary>
    public string Method { get; }

    /// <summary>The headers the state sent (the connection's own are not included).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The query parameters.</summary>
    public IReadOnlyDictionary<string, string> QueryParameters { get; }

    /// <summary>The body as text (an object body as its JSON text); null without one.</summary>
    public string? RequestBody { get; }

    /// <summary>The EventBridge connection the call authenticates with.</summary>
    public string? ConnectionArn { get; }

    /// <summary>The body read as JSON into <typeparamref name="T"/>.</summary>
    public T BodyAs<T>() => Read<T>(RequestBody ?? "null", $"The request body of state '{StateName}' to {ApiEndpoint}");

    private static IReadOnlyDictionary<string, string> Strings(JsonNode? node) =>
        node is JsonObject values
            ? values.ToDictionary(v => v.Key, v => v.Value is JsonValue s && s.TryGetValue<string>(out var text) ? text : v.Value?.ToJsonString() ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
