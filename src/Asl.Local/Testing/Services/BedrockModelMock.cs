using System.Text.Json.Nodes;
using Asl.Json;

namespace Asl.Testing;

/// <summary>
/// A Bedrock model for the test harness (<see cref="WorkflowHarness.MockBedrockModel"/>): every <c>bedrock:invokeModel</c>
/// of it (<see cref="BedrockInvokeModelBuilder"/>) is recorded as a <see cref="BedrockInvocation"/> and answered with the
/// body set up with <see cref="Returns(object)"/>, as the integration reports it: <c>Body</c> (JSON) and <c>ContentType</c>.
/// </summary>
public sealed class BedrockModelMock : ServiceMock<BedrockModelMock, BedrockInvocation>
{
    private readonly WorkflowHarness _harness;
    private Func<BedrockInvocation, object>? _answer;

    internal BedrockModelMock(string modelId, WorkflowHarness harness) : base(modelId) => _harness = harness;

    /// <summary>Answers every invocation with <paramref name="body"/>, in the model's own response format (serialized as JSON).</summary>
    public BedrockModelMock Returns(object body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Returns(_ => body);
    }

    /// <summary>Answers each invocation with the body <paramref name="answer"/> returns for it.</summary>
    public BedrockModelMock Returns(Func<BedrockInvocation, object> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (Sync) _answer = answer;
        return this;
    }

    internal async ValueTask<AslJson> AnswerAsync(JsonObject request, MockContext context, CancellationToken cancellation)
    {
        var call = new BedrockInvocation(_harness, context, request);
        await RecordAsync(call, context, cancellation);
        Func<BedrockInvocation, object>? answer;
        lock (Sync) answer = _answer;
        if (answer is null)
            throw new InvalidOperationException($"The mock of the model '{Target}' has no answer (state '{context.StateName}'): set one up with Returns(...) or Fails(...).");
        var result = new JsonObject
        {
            ["Body"] = JsonNode.Parse(_harness.Json.WriteText(answer(call))),
            ["ContentType"] = "application/json",
        };
        return Local.Json.JsonText.Parse(result.ToJsonString());
    }
}

/// <summary>An invocation a <see cref="BedrockModelMock"/> received.</summary>
public sealed class BedrockInvocation : ServiceCall
{
    internal BedrockInvocation(WorkflowHarness harness, MockContext context, JsonObject request) : base(harness, context)
    {
        ModelId = ServiceRequests.String(request, "ModelId") ?? "";
        Body = ServiceRequests.Text(request, "Body") ?? "null";
    }

    /// <summary>The model ID or ARN the state invoked.</summary>
    public string ModelId { get; }

    /// <summary>The request body as JSON text.</summary>
    public string Body { get; }

    /// <summary>The body read into <typeparamref name="T"/>.</summary>
    public T BodyAs<T>() => Read<T>(Body, $"The body of state '{StateName}' to the model {ModelId}");
}
