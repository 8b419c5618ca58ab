using System.Net;

namespace Asl.Api.Http;

/// <summary>Which failed answers are worth another attempt: throttling and transient server errors.</summary>
internal static class RetryClassifier
{
    // The throttling codes the AWS SDKs retry (botocore's standard mode list), plus Step Functions' KMS throttling
    // and the status name this client falls back to for a bare HTTP 429.
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException", "KmsThrottlingException", "TooManyRequests",
    };

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "InternalServerError",
        "ServiceUnavailable", "ServiceUnavailableException",
    };

    /// <summary>True when the code names throttling.</summary>
    public static bool IsThrottling(string errorCode) => ThrottlingCodes.Contains(errorCode);

    /// <summary>True for throttling, HTTP 429 and 5xx, and transient service codes; false for other client errors.</summary>
    public static bool IsRetryable(HttpStatusCode status, string errorCode)
        => (int)status == 429 || (int)status >= 500 || ThrottlingCodes.Contains(errorCode) || TransientCodes.Contains(errorCode);
}
