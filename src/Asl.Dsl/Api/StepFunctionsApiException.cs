namespace Asl.Api;

/// <summary>
/// An error answered by the Step Functions API (or by the local engine standing in for it).
/// <see cref="ErrorCode"/> is AWS's error name without its namespace, for example <c>ExecutionDoesNotExist</c>
/// for <c>com.amazonaws.states#ExecutionDoesNotExist</c>.
/// </summary>
public class StepFunctionsApiException : Exception
{
    /// <summary>Creates an API error.</summary>
    /// <param name="errorCode">The AWS error code.</param>
    /// <param name="message">The service's message.</param>
    /// <param name="statusCode">The HTTP status, or null when no HTTP was involved.</param>
    /// <param name="requestId">The service's request id (<c>x-amzn-RequestId</c>), or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public StepFunctionsApiException(string errorCode, string message, int? statusCode = null, string? requestId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>The AWS error code, for example <c>ExecutionDoesNotExist</c>, <c>InvalidToken</c>, <c>ThrottlingException</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The HTTP status of the answer, or null for the in-process engine.</summary>
    public int? StatusCode { get; }

    /// <summary>The request id the service gave the call, when it sent one; quote it when asking AWS support.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// The code this client uses when an endpoint answers with something that is not a Step Functions
    /// response (not JSON, or a required member is missing).
    /// </summary>
    public const string MalformedResponseCode = "MalformedResponse";
}
