using System.Text.Json;
using Asl.Api;
using Asl.Testing;

namespace Asl.Local.Tests.Testing;

using Errors = Asl.Errors;

/// <summary>The typed SNS, SQS and EventBridge mocks, driven by workflows written with the typed builders.</summary>
public sealed class MessagingMockTests : IDisposable
{
    private static readonly OrderPlaced Order = new("o-7", 19.90m);

    private readonly WorkflowHarness _harness = new(new WorkflowHarnessOptions
    {
        Engine = new LocalEngineOptions { StartTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), RandomSeed = 3 },
    });

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_topic_mock_records_the_published_message_typed_and_answers_with_a_message_id()
    {
        var topic = _harness.MockSnsTopic("${OrdersTopic}");

        var run = await _harness.RunAsync(AnnounceOrderWorkflow.Info, Order);

        var message = Assert.Single(topic.Messages);
        Assert.Equal(new OrderNotice("o-7", 19.90m), message.MessageAs<OrderNotice>());
        Assert.Equal("""{"OrderId":"o-7","Total":19.90}""", message.Message);
        Assert.Equal("Order placed", message.Subject);
        Assert.Equal("order", message.MessageAttributes["kind"]);
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:OrdersTopic", message.TopicArn);
        Assert.Null(message.SequenceNumber);
        Assert.Equal(new Announcement(message.MessageId, null), run.Output);
        Assert.Equal("Announce", message.StateName);
    }

    [Fact]
    public async Task The_publish_result_has_the_shape_SNS_gives_Step_Functions()
    {
        _harness.MockSnsTopic("${OrdersTopic}");

        var run = await _harness.RunAsync(AnnounceOrderWorkflow.Info, Order);

        var result = TaskResult(run);
        Assert.Equal(["MessageId", "SdkHttpMetadata", "SdkResponseMetadata"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal("text/xml", result.GetProperty("SdkHttpMetadata").GetProperty("HttpHeaders").GetProperty("Content-Type").GetString());
    }

    [Fact]
    public async Task Publishing_to_a_topic_no_mock_holds_is_SNS_NotFound_which_the_constant_catches()
    {
        _harness.Substitute("OrdersTopic", "arn:aws:sns:us-east-1:123456789012:orders");
        _harness.MockSnsTopic("arn:aws:sns:us-east-1:123456789012:refunds");

        var run = await _harness.RunAsync(AnnounceOrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(["Announce", "Not announced"], run.StatesEntered);
        Assert.Equal(Errors.SNS.NotFoundException, run.State("Announce").Error);
        Assert.StartsWith("Topic does not exist (Service: AmazonSNS; Status Code: 404; Error Code: NotFound;", run.State("Announce").Cause);
        Assert.Equal(new Announcement(null, "no topic"), run.Output);
    }

    [Fact]
    public async Task A_topic_mock_that_fails_first_is_retried_by_the_constant_in_Retry()
    {
        var topic = _harness.MockSnsTopic("${OrdersTopic}").FailsFirst(1, Errors.SNS.ThrottledException, "Rate exceeded");

        var run = await _harness.RunAsync(AnnounceOrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(1, run.RetryCount("Announce"));
        Assert.Equal(2, topic.Calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(1), run.Duration);
    }

    [Fact]
    public async Task A_queue_consumer_answers_the_task_token_of_the_message_it_receives()
    {
        var queue = _harness.MockSqsQueue("${ApprovalQueueUrl}")
            .OnMessage(message => message.SendTaskSuccess(new ApprovalDecision(message.BodyAs<ApprovalBody>().Request == "new laptop")));

        var run = await _harness.RunAsync(ApprovalWorkflow.Info, new ApprovalRequest("new laptop"));

        Assert.Equal(new ApprovalDecision(true), run.Output);
        var message = Assert.Single(queue.Messages);
        Assert.NotNull(message.TaskToken);
        Assert.Equal(message.TaskToken, message.BodyAs<ApprovalBody>().Token);
        Assert.Equal("https://sqs.us-east-1.amazonaws.com/123456789012/ApprovalQueueUrl", message.QueueUrl);
        Assert.Equal([HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted, HistoryEventType.TaskSubmitted, HistoryEventType.TaskSucceeded],
            run.History.Select(e => e.Type).Where(t => t.ToString().StartsWith("Task", StringComparison.Ordinal) && !t.ToString().StartsWith("TaskState", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_queue_consumer_can_refuse_the_task_with_SendTaskFailure()
    {
        _harness.MockSqsQueue("${ApprovalQueueUrl}").OnMessage(message => message.SendTaskFailure("Rejected", "Over budget"));

        var run = await _harness.RunAsync(ApprovalWorkflow.Info, new ApprovalRequest("yacht"));

        Assert.Equal((ExecutionStatus.Failed, "Rejected", "Over budget"), (run.Status, run.Error, run.Cause));
    }

    [Fact]
    public async Task Without_a_consumer_the_test_answers_the_token_itself()
    {
        var queue = _harness.MockSqsQueue("${ApprovalQueueUrl}");
        var execution = _harness.Start(ApprovalWorkflow.Info, new ApprovalRequest("chair"));
        await _harness.RunUntilIdleAsync();

        queue.Messages[0].SendTaskSuccess(new ApprovalDecision(false));
        var run = await execution.RunToCompletionAsync();

        Assert.Equal(new ApprovalDecision(false), run.Output);
    }

    [Fact]
    public async Task A_FIFO_queue_mock_answers_with_the_digest_and_a_sequence_number()
    {
        var queue = _harness.MockSqsQueue("${FulfilmentQueueUrl}");

        var run = await _harness.RunAsync(QueueFulfilmentWorkflow.Info, Order);

        var message = Assert.Single(queue.Messages);
        Assert.Equal("orders", message.MessageGroupId);
        Assert.Equal("high", message.MessageAttributes["priority"]);
        Assert.Equal(new OrderNotice("o-7", 19.90m), message.BodyAs<OrderNotice>());
        Assert.Equal(new FulfilmentQueued(message.MessageId, "00000000000000000001",
            Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData("""{"OrderId":"o-7","Total":19.90}"""u8.ToArray()))), run.Output);
    }

    [Fact]
    public async Task Sending_to_a_queue_no_mock_holds_is_QueueDoesNotExist_which_the_constant_catches()
    {
        _harness.Substitute("FulfilmentQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/fulfilment.fifo");
        _harness.MockSqsQueue("https://sqs.us-east-1.amazonaws.com/123456789012/returns.fifo");

        var run = await _harness.RunAsync(QueueFulfilmentWorkflow.Info, Order);

        Assert.Equal(("NoQueue", Errors.SQS.QueueDoesNotExistException), (run.Error, run.State("Queue fulfilment").Error));
    }

    [Fact]
    public async Task A_queue_mock_that_fails_is_retried_by_the_constant_and_then_fails_the_run()
    {
        var queue = _harness.MockSqsQueue("${FulfilmentQueueUrl}").Fails(Errors.SQS.AmazonSQSException, "The request must contain the parameter MessageBody.");

        var run = await _harness.RunAsync(QueueFulfilmentWorkflow.Info, Order);

        Assert.Equal((ExecutionStatus.Failed, Errors.SQS.AmazonSQSException), (run.Status, run.Error));
        Assert.Equal(4, queue.Calls.Count);
    }

    [Fact]
    public async Task A_bus_mock_records_each_entry_typed_and_answers_with_event_ids()
    {
        var orders = _harness.MockEventBus();
        var audit = _harness.MockEventBus("${AuditBus}");

        var run = await _harness.RunAsync(PublishOrderEventsWorkflow.Info, Order);

        Assert.Equal(new EventsPublished(0), run.Output);
        var placed = Assert.Single(orders.Events);
        Assert.Equal(("default", "com.example.orders", "OrderPlaced"), (placed.EventBusName, placed.Source, placed.DetailType));
        Assert.Equal(new OrderNotice("o-7", 19.90m), placed.DetailAs<OrderNotice>());
        var audited = Assert.Single(audit.Events);
        Assert.Equal(("AuditBus", "OrderAudited"), (audited.EventBusName, audited.DetailType));
        var result = TaskResult(run);
        Assert.Equal([placed.EventId, audited.EventId], result.GetProperty("Entries").EnumerateArray().Select(e => e.GetProperty("EventId").GetString()));
    }

    [Fact]
    public async Task A_rejected_entry_fails_the_task_with_EventBridge_FailedEntry_and_the_response_as_cause()
    {
        _harness.MockEventBus();
        _harness.MockEventBus("${AuditBus}").RejectsEntries("MalformedDetail", "Detail is malformed.");

        var run = await _harness.RunAsync(PublishOrderEventsWorkflow.Info, Order);

        Assert.Equal(new EventsPublished(-1), run.Output);
        var failed = run.State("Publish events");
        Assert.Equal(Errors.EventBridge.FailedEntry, failed.Error);
        var cause = JsonDocument.Parse(failed.Cause!).RootElement;
        Assert.Equal(1, cause.GetProperty("FailedEntryCount").GetInt32());
        Assert.Equal("MalformedDetail", cause.GetProperty("Entries")[1].GetProperty("ErrorCode").GetString());
    }

    [Fact]
    public async Task With_StrictMocks_a_topic_mock_no_state_publishes_to_fails_the_run()
    {
        using var harness = new WorkflowHarness(new WorkflowHarnessOptions { StrictMocks = true });
        harness.Substitute("OrdersTopic", "arn:aws:sns:us-east-1:123456789012:orders");
        harness.MockSnsTopic("arn:aws:sns:us-east-1:123456789012:ordrs");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAsync(AnnounceOrderWorkflow.Info, Order));

        Assert.Contains("The mock of 'arn:aws:sns:us-east-1:123456789012:ordrs' (arn:aws:states:::sns:publish) matches no Task state of AnnounceOrder", error.Message);
    }

    [Fact]
    public async Task With_StrictMocks_a_topic_mock_of_the_placeholder_is_accepted()
    {
        using var harness = new WorkflowHarness(new WorkflowHarnessOptions { StrictMocks = true });
        var topic = harness.MockSnsTopic("${OrdersTopic}");

        var run = await harness.RunAsync(AnnounceOrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Single(topic.Messages);
    }

    /// <summary>The result of the run's one succeeded task, as its TaskSucceeded event records it.</summary>
    private static JsonElement TaskResult(WorkflowRun run) =>
        JsonDocument.Parse(Json.JsonText.Write(run.History.Single(e => e.Type == HistoryEventType.TaskSucceeded).Output!)).RootElement;

    public sealed record ApprovalBody(string Request, string Token);
}
