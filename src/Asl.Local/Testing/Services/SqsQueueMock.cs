using System.Text.Json.Nodes;
using Asl.Json;

namespace Asl.Testing;

/// <summary>
/// An SQS queue for the test harness (<see cref="WorkflowHarness.MockSqsQueue"/>): every <c>sqs:sendMessage</c> to it
/// (<see cref="SqsSendMessageBuilder"/>, or a raw Task) is recorded as an <see cref="SqsMessage"/> and answered as SQS answers
/// Step Functions: <c>MD5OfMessageBody</c>, <c>MD5OfMessageAttributes</c>, <c>MessageId</c>, <c>SequenceNumber</c> for a
/// FIFO queue, and the SDK's HTTP metadata. For a <c>.WaitForTaskToken()</c> state, <see cref="OnMessage"/> plays the
/// consumer that answers with the token.
/// </summary>
public sealed class SqsQueueMock : ServiceMock<SqsQueueMock, SqsMessage>
{
    private readonly WorkflowHarness _harness;

    internal SqsQueueMock(string queue, WorkflowHarness harness) : base(queue) => _harness = harness;

    /// <summary>Every message sent so far, in order (the same as <see cref="ServiceMock{TSelf, TCall}.Calls"/>).</summary>
    public IReadOnlyList<SqsMessage> Messages => Calls;

    /// <summary>
    /// Runs <paramref name="consumer"/> on each message once it is sent, as the queue's consumer would receive it: for a
    /// <c>.WaitForTaskToken()</c> state, <c>queue.OnMessage(m =&gt; m.SendTaskSuccess(new Decision(true)))</c> completes the
    /// task (the token is the one the state put in the message). An exception it throws fails the test's run as a
    /// States.TaskFailed naming it.
    /// </summary>
    public SqsQueueMock OnMessage(Action<SqsMessage> consumer) => Listen(consumer);

    internal async ValueTask<AslJson> AnswerAsync(JsonObject request, MockContext context, CancellationToken cancellation)
    {
        var sequence = NextSequenceNumber(ServiceRequests.String(request, "MessageGroupId"));
        var message = new SqsMessage(_harness, context, request, _harness.Engine.NewRequestId(), sequence);
        await RecordAsync(message, context, cancellation);
        var result = new JsonObject { ["MD5OfMessageBody"] = ServiceRequests.Md5(message.Body) };
        if (ServiceRequests.AttributesMd5(request) is { Length: > 0 } attributes) result["MD5OfMessageAttributes"] = attributes;
        result["MessageId"] = message.MessageId;
        if (sequence is not null) result["SequenceNumber"] = sequence;
        Notify(message);
        return ServiceRequests.WithSdkMetadata(_harness.Engine, result, "application/x-amz-json-1.0");
    }
}

/// <summary>A message sent to an <see cref="SqsQueueMock"/>.</summary>
public sealed class SqsMessage : ServiceCall
{
    internal SqsMessage(WorkflowHarness harness, MockContext context, JsonObject request, string messageId, string? sequenceNumber) : base(harness, context)
    {
        QueueUrl = ServiceRequests.String(request, "QueueUrl") ?? "";
        Body = ServiceRequests.Text(request, "MessageBody") ?? "";
        DelaySeconds = (int?)request["DelaySeconds"];
        MessageGroupId = ServiceRequests.String(request, "MessageGroupId");
        MessageDeduplicationId = ServiceRequests.String(request, "MessageDeduplicationId");
        MessageAttributes = ServiceRequests.Attributes(request);
        MessageId = messageId;
        SequenceNumber = sequenceNumber;
    }

    /// <summary>The queue the state sent to.</summary>
    public string QueueUrl { get; }

    /// <summary>The body as SQS received it: the text, or the JSON text of an object body.</summary>
    public string Body { get; }

    /// <summary>The delay asked for, if any.</summary>
    public int? DelaySeconds { get; }

    /// <summary>The message group of a FIFO queue.</summary>
    public string? MessageGroupId { get; }

    /// <summary>The deduplication ID of a FIFO queue.</summary>
    public string? MessageDeduplicationId { get; }

    /// <summary>The message attributes, by name (their <c>StringValue</c>).</summary>
    public IReadOnlyDictionary<string, string> MessageAttributes { get; }

    /// <summary>The <c>MessageId</c> the mock answered with.</summary>
    public string MessageId { get; }

    /// <summary>The <c>SequenceNumber</c> the mock answered with (FIFO queues); else null.</summary>
    public string? SequenceNumber { get; }

    /// <summary>The body read as JSON into <typeparamref name="T"/>.</summary>
    public T BodyAs<T>() => Read<T>(Body, $"The message body of state '{StateName}' to {QueueUrl}");
}
