namespace Asl;

// Sources: a service integration reports a service's exception as ServiceName.ExceptionName, adding the "Exception" suffix
// where the API reference omits it (https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html);
// the names marked "recorded" were raised by AWS in the AWS-validated snapshots of localstack
// (tests/aws/services/stepfunctions/v2/services/test_{sns,sqs,events}_task_service.snapshot.json and
// error_handling/test_task_service_sqs.snapshot.json); the others are the errors the API reference lists for the call.
public static partial class Errors
{
    /// <summary>
    /// Errors of <c>sns:publish</c> (<see cref="SnsPublishBuilder"/>): <c>SNS.ExceptionName</c>, from the errors of the
    /// Publish API (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html).
    /// </summary>
    public static class SNS
    {
        /// <summary>The topic does not exist (recorded; the cause starts with <c>Topic does not exist</c>).</summary>
        public const string NotFoundException = "SNS.NotFoundException";
        /// <summary>A request parameter is invalid, for example no MessageGroupId for a FIFO topic (recorded).</summary>
        public const string InvalidParameterException = "SNS.InvalidParameterException";
        /// <summary>A parameter value is invalid, for example a message too long or a message attribute of a wrong type.</summary>
        public const string InvalidParameterValueException = "SNS.InvalidParameterValueException";
        /// <summary>The role may not publish to the topic.</summary>
        public const string AuthorizationErrorException = "SNS.AuthorizationErrorException";
        /// <summary>The account's publish rate was exceeded: retry.</summary>
        public const string ThrottledException = "SNS.ThrottledException";
        /// <summary>SNS failed internally: retry.</summary>
        public const string InternalErrorException = "SNS.InternalErrorException";
    }

    /// <summary>
    /// Errors of <c>sqs:sendMessage</c> (<see cref="SqsSendMessageBuilder"/>): <c>SQS.ExceptionName</c>, from the errors of
    /// the SendMessage API (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html).
    /// </summary>
    public static class SQS
    {
        /// <summary>The queue does not exist (or the role may not see it).</summary>
        public const string QueueDoesNotExistException = "SQS.QueueDoesNotExistException";
        /// <summary>The message holds characters SQS does not allow.</summary>
        public const string InvalidMessageContentsException = "SQS.InvalidMessageContentsException";
        /// <summary>The call is not supported on this queue.</summary>
        public const string UnsupportedOperationException = "SQS.UnsupportedOperationException";
        /// <summary>Any other SQS error, for example a missing MessageBody (recorded).</summary>
        public const string AmazonSQSException = "SQS.AmazonSQSException";
        /// <summary>The queue URL could not be reached (recorded for a host that does not resolve).</summary>
        public const string SdkClientException = "SQS.SdkClientException";
    }

    /// <summary>Errors of <c>events:putEvents</c> (<see cref="EventBridgePutEventsBuilder"/>).</summary>
    public static class EventBridge
    {
        /// <summary>
        /// At least one entry was not accepted: the cause is the PutEvents response, with <c>FailedEntryCount</c> and each
        /// failed entry's <c>ErrorCode</c> and <c>ErrorMessage</c> (recorded).
        /// </summary>
        public const string FailedEntry = "EventBridge.FailedEntry";
    }
}
