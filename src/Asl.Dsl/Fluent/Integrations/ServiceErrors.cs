namespace Asl;

public static partial class Errors
{
    /// <summary>
    /// Errors of a Lambda invocation (<c>lambda:invoke</c>): the service's own exceptions are reported as
    /// <c>Lambda.ExceptionName</c>; a function that throws fails with its own error type, and an unhandled failure (out
    /// of memory, timeout) as <see cref="Unknown"/>. See https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html.
    /// </summary>
    public static class Lambda
    {
        /// <summary>The Lambda service failed transiently (HTTP 500).</summary>
        public const string ServiceException = "Lambda.ServiceException";
        /// <summary>Lambda failed transiently.</summary>
        public const string AWSLambdaException = "Lambda.AWSLambdaException";
        /// <summary>The call to Lambda failed on the client side (network).</summary>
        public const string SdkClientException = "Lambda.SdkClientException";
        /// <summary>The call to Lambda timed out.</summary>
        public const string ClientExecutionTimeoutException = "Lambda.ClientExecutionTimeoutException";
        /// <summary>The function or account hit its concurrency limit.</summary>
        public const string TooManyRequestsException = "Lambda.TooManyRequestsException";
        /// <summary>The function does not exist.</summary>
        public const string ResourceNotFoundException = "Lambda.ResourceNotFoundException";
        /// <summary>The function failed without an error type (out of memory, timeout).</summary>
        public const string Unknown = "Lambda.Unknown";

        /// <summary>
        /// The transient service errors that <see cref="LambdaInvokeBuilder"/> retries by default (as AWS recommends and AWS CDK
        /// does): <see cref="ClientExecutionTimeoutException"/>, <see cref="ServiceException"/>, <see cref="AWSLambdaException"/>
        /// and <see cref="SdkClientException"/>.
        /// </summary>
        public static readonly string[] Transient = [ClientExecutionTimeoutException, ServiceException, AWSLambdaException, SdkClientException];
    }

    /// <summary>Errors of the optimized DynamoDB integrations (<c>dynamodb:getItem</c>, ...): <c>DynamoDB.ExceptionName</c>.</summary>
    public static class DynamoDB
    {
        /// <summary>The ConditionExpression was not met.</summary>
        public const string ConditionalCheckFailedException = "DynamoDB.ConditionalCheckFailedException";
        /// <summary>The table's provisioned throughput was exceeded.</summary>
        public const string ProvisionedThroughputExceededException = "DynamoDB.ProvisionedThroughputExceededException";
        /// <summary>The account's request rate was exceeded.</summary>
        public const string RequestLimitExceeded = "DynamoDB.RequestLimitExceeded";
        /// <summary>The table does not exist (or is not ACTIVE).</summary>
        public const string ResourceNotFoundException = "DynamoDB.ResourceNotFoundException";
        /// <summary>The item conflicts with an ongoing transaction.</summary>
        public const string TransactionConflictException = "DynamoDB.TransactionConflictException";
        /// <summary>An item collection grew beyond 10 GB.</summary>
        public const string ItemCollectionSizeLimitExceededException = "DynamoDB.ItemCollectionSizeLimitExceededException";
        /// <summary>Any other DynamoDB failure.</summary>
        public const string AmazonDynamoDBException = "DynamoDB.AmazonDynamoDBException";
    }
}
