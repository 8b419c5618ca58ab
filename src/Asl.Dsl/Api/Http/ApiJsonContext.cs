using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Asl.Api.Http;

/// <summary>
/// The wire shapes of the AWS JSON 1.0 protocol: camelCase member names, absent members for nulls,
/// timestamps as epoch seconds, statuses with AWS's names.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsConverter), typeof(ExecutionStatusConverter)])]
[JsonSerializable(typeof(StartExecutionRequest))]
[JsonSerializable(typeof(StartExecutionResponse))]
[JsonSerializable(typeof(StartSyncExecutionRequest))]
[JsonSerializable(typeof(StartSyncExecutionResponse))]
[JsonSerializable(typeof(DescribeExecutionRequest))]
[JsonSerializable(typeof(DescribeExecutionResponse))]
[JsonSerializable(typeof(StopExecutionRequest))]
[JsonSerializable(typeof(StopExecutionResponse))]
[JsonSerializable(typeof(GetExecutionHistoryRequest))]
[JsonSerializable(typeof(HistoryPage))]
[JsonSerializable(typeof(SendTaskSuccessRequest))]
[JsonSerializable(typeof(SendTaskFailureRequest))]
[JsonSerializable(typeof(SendTaskHeartbeatRequest))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(CreateStateMachineRequest))]
[JsonSerializable(typeof(CreateStateMachineResponse))]
[JsonSerializable(typeof(UpdateStateMachineRequest))]
[JsonSerializable(typeof(UpdateStateMachineResponse))]
[JsonSerializable(typeof(DeleteStateMachineRequest))]
[JsonSerializable(typeof(ListExecutionsRequest))]
[JsonSerializable(typeof(ListExecutionsResponse))]
[JsonSerializable(typeof(ListStateMachinesRequest))]
[JsonSerializable(typeof(ListStateMachinesResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the client writes with: the same shapes, with only the escapes JSON requires, so payload strings
    /// read <c>{\"a\":1}</c> rather than <c>{\u0022a\u0022:1}</c> (the body is never embedded in HTML).
    /// </summary>
    public static ApiJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new EpochSecondsConverter(), new ExecutionStatusConverter() },
    });
}

/// <summary>GetExecutionHistory's output; each event is read with <see cref="HistoryEvent.FromAwsJson"/>.</summary>
internal sealed record HistoryPage
{
    public required List<JsonElement> Events { get; init; }

    public string? NextToken { get; init; }
}

/// <summary>The <c>{}</c> that operations without output answer.</summary>
internal sealed record EmptyResponse;
