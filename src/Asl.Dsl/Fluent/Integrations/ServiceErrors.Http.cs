using System;
using System.Globalization;
using Asl.Model;

namespace Asl;

// Sources: the HTTP Task's names are predefined (States.Http.Socket, States.Http.StatusCode.NNN, one per response status;
// https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html, and this project's rule K11). API Gateway's
// ApiGateway.NNN was recorded by AWS (ApiGateway.403, cause {"message": "Missing Authentication Token"}) in localstack's
// tests/aws/services/stepfunctions/v2/services/test_apigetway_task_service.snapshot.json. S3's were recorded in
// error_handling/test_aws_sdk.snapshot.json. Bedrock's follow ServiceName.ExceptionName
// (https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html) over the InvokeModel API's errors.
public static partial class Errors
{
    /// <summary>Errors of the HTTP Task (<c>http:invoke</c>, <see cref="HttpInvokeBuilder"/>): predefined <c>States.Http.*</c> names.</summary>
    public static class Http
    {
        /// <summary>The connection failed or the socket timed out (after 60 seconds).</summary>
        public const string Socket = ErrorNames.HttpSocket;
        /// <summary>The endpoint answered 400 Bad Request.</summary>
        public const string BadRequest = "States.Http.StatusCode.400";
        /// <summary>The endpoint answered 401 Unauthorized.</summary>
        public const string Unauthorized = "States.Http.StatusCode.401";
        /// <summary>The endpoint answered 403 Forbidden.</summary>
        public const string Forbidden = "States.Http.StatusCode.403";
        /// <summary>The endpoint answered 404 Not Found.</summary>
        public const string NotFound = "States.Http.StatusCode.404";
        /// <summary>The endpoint answered 409 Conflict.</summary>
        public const string Conflict = "States.Http.StatusCode.409";
        /// <summary>The endpoint answered 429 Too Many Requests: retry.</summary>
        public const string TooManyRequests = "States.Http.StatusCode.429";
        /// <summary>The endpoint answered 500 Internal Server Error.</summary>
        public const string InternalServerError = "States.Http.StatusCode.500";
        /// <summary>The endpoint answered 502 Bad Gateway: retry.</summary>
        public const string BadGateway = "States.Http.StatusCode.502";
        /// <summary>The endpoint answered 503 Service Unavailable: retry.</summary>
        public const string ServiceUnavailable = "States.Http.StatusCode.503";
        /// <summary>The endpoint answered 504 Gateway Timeout: retry.</summary>
        public const string GatewayTimeout = "States.Http.StatusCode.504";

        /// <summary>The error of a response with status <paramref name="status"/> (400 to 599): <c>States.Http.StatusCode.NNN</c>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The status is no error status.</exception>
        public static string StatusCode(int status) => status is >= 400 and <= 599
            ? "States.Http.StatusCode." + status.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(status), status, "An HTTP Task fails only on an error status, 400 to 599.");
    }

    /// <summary>
    /// Errors of <c>apigateway:invoke</c> (<see cref="ApiGatewayInvokeBuilder"/>): <c>ApiGateway.NNN</c> for an error
    /// status, the cause the response body.
    /// </summary>
    public static class ApiGateway
    {
        /// <summary>API Gateway answered 403, for example <c>Missing Authentication Token</c> for a path it does not know (recorded).</summary>
        public const string Forbidden = "ApiGateway.403";

        /// <summary>The error of a response with status <paramref name="status"/> (400 to 599): <c>ApiGateway.NNN</c>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The status is no error status.</exception>
        public static string Status(int status) => status is >= 400 and <= 599
            ? "ApiGateway." + status.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(status), status, "API Gateway invoke fails only on an error status, 400 to 599.");
    }

    /// <summary>
    /// Errors of <c>bedrock:invokeModel</c> (<see cref="BedrockInvokeModelBuilder"/>), from the InvokeModel API
    /// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html).
    /// </summary>
    public static class Bedrock
    {
        /// <summary>The role may not invoke the model (or model access was not granted).</summary>
        public const string AccessDeniedException = "Bedrock.AccessDeniedException";
        /// <summary>Bedrock failed internally: retry.</summary>
        public const string InternalServerException = "Bedrock.InternalServerException";
        /// <summary>The model failed to process the request.</summary>
        public const string ModelErrorException = "Bedrock.ModelErrorException";
        /// <summary>The model is not ready: retry.</summary>
        public const string ModelNotReadyException = "Bedrock.ModelNotReadyException";
        /// <summary>The model took too long.</summary>
        public const string ModelTimeoutException = "Bedrock.ModelTimeoutException";
        /// <summary>The model does not exist.</summary>
        public const string ResourceNotFoundException = "Bedrock.ResourceNotFoundException";
        /// <summary>A service quota was exceeded.</summary>
        public const string ServiceQuotaExceededException = "Bedrock.ServiceQuotaExceededException";
        /// <summary>Bedrock is unavailable: retry.</summary>
        public const string ServiceUnavailableException = "Bedrock.ServiceUnavailableException";
        /// <summary>The request rate was exceeded: retry.</summary>
        public const string ThrottlingException = "Bedrock.ThrottlingException";
        /// <summary>The request body does not fit the model.</summary>
        public const string ValidationException = "Bedrock.ValidationException";
    }

    /// <summary>Errors of the S3 SDK integrations (<see cref="S3GetObjectBuilder"/>, <see cref="S3PutObjectBuilder"/>).</summary>
    public static class S3
    {
        /// <summary>The key does not exist (recorded).</summary>
        public const string NoSuchKeyException = "S3.NoSuchKeyException";
        /// <summary>The bucket does not exist (recorded).</summary>
        public const string NoSuchBucketException = "S3.NoSuchBucketException";
    }
}
