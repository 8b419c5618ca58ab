using System.Text;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;
using Asl.Model;

namespace Asl.Local.Tasks;

/// <summary>
/// <c>arn:aws:states:::lambda:invoke</c> (and <c>.waitForTaskToken</c>): calls the function named by FunctionName
/// with Payload and returns Lambda's Invoke response (ExecutedVersion, Payload, SdkHttpMetadata,
/// SdkResponseMetadata, StatusCode).
/// </summary>
internal sealed class LambdaInvokeIntegration : ITaskIntegration
{
    public static LambdaInvokeIntegration Instance { get; } = new();

    public async Task<AslJson> InvokeAsync(TaskCall call, CancellationToken cancellation)
    {
        if (call.Parameters is not AslJsonObject parameters)
            throw new StatesError(ErrorNames.TaskFailed, "The lambda:invoke parameters must be an object with FunctionName and Payload.");
        if (parameters["FunctionName"] is not AslJsonString functionName)
            throw new StatesError(ErrorNames.TaskFailed, "The lambda:invoke parameters need FunctionName: a function name or ARN (string).");
        var function = LambdaFunctionName.Parse(functionName.Value)
            ?? throw new StatesError("Lambda.InvalidParameterValueException", $"'{functionName.Value}' is not a Lambda function name or ARN.");
        if (parameters["Qualifier"] is AslJsonString qualifier) function = function with { Qualifier = qualifier.Value };
        var payload = parameters["Payload"] ?? JsonValues.EmptyObject;
        var asynchronous = parameters["InvocationType"] is AslJsonString { Value: "Event" };

        var result = await LambdaInvoker.InvokeAsync(call, function, payload, cancellation);
        return Response(call.Engine, asynchronous ? new AslJsonString("") : result, asynchronous ? 202 : 200, function.Qualifier ?? "$LATEST");
    }

    public Task<AslJson> SubmitAsync(TaskCall call, CancellationToken cancellation) => InvokeAsync(call, cancellation);

    public Task<AslJson> CompleteAsync(TaskCall call, AslJson submitted, CancellationToken cancellation)
        => throw new StatesError(ErrorNames.Runtime, "lambda:invoke does not support .sync; use lambda:invoke or lambda:invoke.waitForTaskToken.");

    private static AslJson Response(LocalEngine engine, AslJson payload, int statusCode, string version)
    {
        var requestId = engine.NewRequestId();
        var length = Encoding.UTF8.GetByteCount(JsonText.Write(payload));
        var metadata = ServiceResponses.HttpMetadata(engine, requestId, length, new[]
        {
            ("X-Amz-Executed-Version", version),
            ("X-Amzn-Trace-Id", "Root=1-" + engine.NewGuid().ToString("N")[..24]),
            ("x-amzn-Remapped-Content-Length", "0"),
        });
        return new JsonObjectBuilder(5)
            .AddUnique("ExecutedVersion", new AslJsonString(version))
            .AddUnique("Payload", payload)
            .AddUnique("SdkHttpMetadata", metadata)
            .AddUnique("SdkResponseMetadata", ServiceResponses.ResponseMetadata(requestId))
            .AddUnique("StatusCode", JsonValues.Number(statusCode))
            .Build();
    }
}
