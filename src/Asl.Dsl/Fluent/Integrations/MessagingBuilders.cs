using System.Collections.Generic;

namespace Asl;

/// <summary>
/// Publishes a message to an Amazon SNS topic (<c>arn:aws:states:::sns:publish</c>, optionally <c>.waitForTaskToken</c>).
/// The template grants <c>sns:Publish</c> on the topic.
/// </summary>
public sealed class SnsPublishBuilder : ServiceTaskBuilder<SnsPublishBuilder>
{
    private static readonly string[] Order = ["TopicArn", "Message", "Subject", "MessageGroupId", "MessageDeduplicationId", "MessageAttributes"];
    private readonly Dictionary<string, object> _attributes = new();

    internal SnsPublishBuilder(string name, string topicArn) : base(name) => Member("TopicArn", topicArn, nameof(topicArn));

    /// <summary>The message: text, or an object (Step Functions sends it as JSON text); either may hold dynamic values.</summary>
    public SnsPublishBuilder Message(object message) => Member("Message", message, nameof(message));

    /// <summary>The subject of e-mail deliveries.</summary>
    public SnsPublishBuilder Subject(string subject) => Member("Subject", subject, nameof(subject));

    /// <summary>FIFO topics: the message group.</summary>
    public SnsPublishBuilder MessageGroupId(string groupId) => Member("MessageGroupId", groupId, nameof(groupId));

    /// <summary>FIFO topics: the deduplication ID.</summary>
    public SnsPublishBuilder MessageDeduplicationId(string deduplicationId) => Member("MessageDeduplicationId", deduplicationId, nameof(deduplicationId));

    /// <summary>A message attribute of data type <c>String</c> (subscription filter policies match on these).</summary>
    public SnsPublishBuilder MessageAttribute(string name, string value)
    {
        _attributes[FixedText.Check(name, "A message attribute name")] = new Dictionary<string, object> { ["DataType"] = "String", ["StringValue"] = value };
        return Member("MessageAttributes", new Dictionary<string, object>(_attributes), nameof(value));
    }

    /// <summary>Waits until someone calls SendTaskSuccess or SendTaskFailure with <see cref="Context.TaskToken"/>, which the message must carry.</summary>
    public SnsPublishBuilder WaitForTaskToken() => UsePattern(IntegrationPattern.WaitForTaskToken);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::sns:publish";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "SnsPublish";
}

/// <summary>
/// Sends a message to an Amazon SQS queue (<c>arn:aws:states:::sqs:sendMessage</c>, optionally <c>.waitForTaskToken</c>:
/// the consumer answers with SendTaskSuccess). The template grants <c>sqs:SendMessage</c> on the queue of the URL.
/// </summary>
public sealed class SqsSendMessageBuilder : ServiceTaskBuilder<SqsSendMessageBuilder>
{
    private static readonly string[] Order = ["QueueUrl", "MessageBody", "DelaySeconds", "MessageGroupId", "MessageDeduplicationId", "MessageAttributes"];
    private readonly Dictionary<string, object> _attributes = new();

    internal SqsSendMessageBuilder(string name, string queueUrl) : base(name) => Member("QueueUrl", queueUrl, nameof(queueUrl));

    /// <summary>The message body: text, or an object (sent as JSON text); either may hold dynamic values.</summary>
    public SqsSendMessageBuilder MessageBody(object body) => Member("MessageBody", body, nameof(body));

    /// <summary>Delays delivery by this many seconds (0 to 900).</summary>
    public SqsSendMessageBuilder DelaySeconds(int seconds) => Member("DelaySeconds", seconds, nameof(seconds));

    /// <summary>FIFO queues: the message group.</summary>
    public SqsSendMessageBuilder MessageGroupId(string groupId) => Member("MessageGroupId", groupId, nameof(groupId));

    /// <summary>FIFO queues: the deduplication ID.</summary>
    public SqsSendMessageBuilder MessageDeduplicationId(string deduplicationId) => Member("MessageDeduplicationId", deduplicationId, nameof(deduplicationId));

    /// <summary>A message attribute of data type <c>String</c>.</summary>
    public SqsSendMessageBuilder MessageAttribute(string name, string value)
    {
        _attributes[FixedText.Check(name, "A message attribute name")] = new Dictionary<string, object> { ["DataType"] = "String", ["StringValue"] = value };
        return Member("MessageAttributes", new Dictionary<string, object>(_attributes), nameof(value));
    }

    /// <summary>
    /// Waits until the consumer calls SendTaskSuccess or SendTaskFailure with the task token; put
    /// <see cref="Context.TaskToken"/> in the body.
    /// </summary>
    public SqsSendMessageBuilder WaitForTaskToken() => UsePattern(IntegrationPattern.WaitForTaskToken);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::sqs:sendMessage";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "SqsSendMessage";
}

/// <summary>
/// Sends events to Amazon EventBridge (<c>arn:aws:states:::events:putEvents</c>, optionally <c>.waitForTaskToken</c>).
/// The template grants <c>events:PutEvents</c> on the bus of every entry (<c>default</c> when none is named).
/// </summary>
public sealed class EventBridgePutEventsBuilder : ServiceTaskBuilder<EventBridgePutEventsBuilder>
{
    private static readonly string[] Order = ["Entries"];
    private readonly List<object> _entries = new();

    internal EventBridgePutEventsBuilder(string name) : base(name) { }

    /// <summary>Adds an event.</summary>
    /// <param name="detail">The event's detail: an object (may hold dynamic values).</param>
    /// <param name="detailType">Its detail type, for example <c>OrderPlaced</c>.</param>
    /// <param name="source">Its source, for example <c>com.example.orders</c>.</param>
    /// <param name="eventBusName">The bus name or ARN; null sends to the account's <c>default</c> bus.</param>
    public EventBridgePutEventsBuilder Entry(object detail, string detailType, string source, string? eventBusName = null)
    {
        var entry = new Dictionary<string, object> { ["Detail"] = detail, ["DetailType"] = detailType, ["Source"] = source };
        if (eventBusName is not null) entry["EventBusName"] = eventBusName;
        _entries.Add(entry);
        return Member("Entries", _entries.ToArray(), nameof(detail));
    }

    /// <summary>Waits until a consumer of the event calls SendTaskSuccess or SendTaskFailure; put <see cref="Context.TaskToken"/> in the detail.</summary>
    public EventBridgePutEventsBuilder WaitForTaskToken() => UsePattern(IntegrationPattern.WaitForTaskToken);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::events:putEvents";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "EventBridgePutEvents";
}
