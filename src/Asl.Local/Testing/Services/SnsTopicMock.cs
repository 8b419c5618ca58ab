using System.Text.Json.Nodes;
using Asl.Json;

namespace Asl.Testing;

/// <summary>
/// An SNS topic for the test harness (<see cref="WorkflowHarness.MockSnsTopic"/>): every <c>sns:publish</c> to it
/// (<see cref="SnsPublishBuilder"/>, or a raw Task) is recorded as an <see cref="SnsMessage"/> and answered as SNS answers
/// Step Functions: <c>MessageId</c>, <c>SequenceNumber</c> for a FIFO topic, and the SDK's HTTP metadata.
/// </summary>
public sealed class SnsTopicMock : ServiceMock<SnsTopicMock, SnsMessage>
{
    private readonly WorkflowHarness _harness;

    internal SnsTopicMock(string topic, WorkflowHarness harness) : base(topic) => _harness = harness;

    /// <summary>Every message published so far, in order (the same as <see cref="ServiceMock{TSelf, TCall}.Calls"/>).</summary>
    public IReadOnlyList<SnsMessage> Messages => Calls;

    /// <summary>
    /// Runs <paramref name="subscriber"/> on each message once it is published, as a subscriber would receive it: for a
    /// <c>.WaitForTaskToken()</c> state it may answer with <see cref="ServiceCall.SendTaskSuccess{T}"/>.
    /// </summary>
    public SnsTopicMock OnMessage(Action<SnsMessage> subscriber) => Listen(subscriber);

    internal async ValueTask<AslJson> AnswerAsync(JsonObject request, MockContext context, CancellationToken cancellation)
    {
        var sequence = NextSequenceNumber(ServiceRequests.String(request, "MessageGroupId"));
        var message = new SnsMessage(_harness, context, request, _harness.Engine.NewRequestId(), sequence);
        await RecordAsync(message, context, cancellation);
        var result = new JsonObject { ["MessageId"] = message.MessageId };
        if (sequence is not null) result["SequenceNumber"] = sequence;
        Notify(message);
        return ServiceRequests.WithSdkMetadata(_harness.Engine, result, "text/xml");
    }
}

/// <summary>A message published to an <see cref="SnsTopicMock"/>.</summary>
public sealed class SnsMessage : ServiceCall
{
    internal SnsMessage(WorkflowHarness harness, MockContext context, JsonObject request, string messageId, string? sequenceNumber) : base(harness, context)
    {
        TopicArn = ServiceRequests.String(request, "TopicArn") ?? "";
        Message = ServiceRequests.Text(request, "Message") ?? "";
        Subject = ServiceRequests.String(request, "Subject");
        MessageGroupId = ServiceRequests.String(request, "MessageGroupId");
        MessageDeduplicationId = ServiceRequests.String(request, "MessageDeduplicationId");
        MessageAttributes = ServiceRequests.Attributes(request);
        MessageId = messageId;
        SequenceNumber = sequenceNumber;
    }

    /// <summary>The topic the state published to.</summary>
    public string TopicArn { get; }

    /// <summary>The message as SNS received it: the text, or the JSON text of an object message.</summary>
    public string Message { get; }

    /// <summary>The subject, if any.</summary>
    public string? Subject { get; }

    /// <summary>The message group of a FIFO topic.</summary>
    public string? MessageGroupId { get; }

    /// <summary>The deduplication ID of a FIFO topic.</summary>
    public string? MessageDeduplicationId { get; }

    /// <summary>The message attributes, by name (their <c>StringValue</c>).</summary>
    public IReadOnlyDictionary<string, string> MessageAttributes { get; }

    /// <summary>The <c>MessageId</c> the mock answered with.</summary>
    public string MessageId { get; }

    /// <summary>The <c>SequenceNumber</c> the mock answered with (FIFO topics, when the message has a group); else null.</summary>
    public string? SequenceNumber { get; }

    /// <summary>The message read as JSON into <typeparamref name="T"/>.</summary>
    public T MessageAs<T>() => Read<T>(Message, $"The message of state '{StateName}' to {TopicArn}");
}
