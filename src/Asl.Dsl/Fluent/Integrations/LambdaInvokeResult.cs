using System.Text.Json.Serialization;

namespace Asl;

/// <summary>
/// The result of a request-response <c>LambdaInvoke(...)</c> whose function's answer is declared with
/// <see cref="LambdaInvokeBuilder.Returns{T}"/>: Lambda's Invoke response, with the function's answer parsed as
/// <typeparamref name="T"/>. The state after it receives this type (read <c>.Payload</c>), or the answer itself with
/// <c>.OutputPath("$.Payload")</c>.
/// Its members keep AWS's names whatever <see cref="JsonNaming"/> the machine declares.
/// </summary>
/// <typeparam name="T">The type of the function's answer.</typeparam>
public sealed record LambdaInvokeResult<T>
{
    /// <summary>The function's answer.</summary>
    [JsonPropertyName("Payload")]
    public T Payload { get; init; } = default!;

    /// <summary>The HTTP status of the invocation (200 for a synchronous invoke that ran).</summary>
    [JsonPropertyName("StatusCode")]
    public int StatusCode { get; init; }

    /// <summary>The function version that ran (<c>$LATEST</c> unless a version or alias was named).</summary>
    [JsonPropertyName("ExecutedVersion")]
    public string? ExecutedVersion { get; init; }
}
