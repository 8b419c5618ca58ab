using static Asl.States;

namespace Asl.Local.Tests.Testing;

// Asl.Local.Errors (the engine's namespace) would hide Asl.Errors here.
using Errors = Asl.Errors;

// Workflows written with the typed integration builders, whose Retry and Catch name the Errors.* constants; the harness
// tests run them against the typed service mocks.

public sealed record OrderPlaced(string OrderId, decimal Total);

public sealed record OrderNotice(string OrderId, decimal Total);

public sealed record Announcement(string? MessageId, string? Outcome);

/// <summary>Announces an order on SNS; retries throttling, and carries on when the topic is gone.</summary>
[StateMachine(Name = "AnnounceOrder")]
public partial class AnnounceOrderWorkflow : IStateMachine<OrderPlaced, Announcement>
{
    public static Workflow Define() => Workflow
        .StartWith(SnsPublish("Announce", "${OrdersTopic}")
            .Message(new { OrderId = Input.At("$.OrderId"), Total = Input.At("$.Total") })
            .Subject("Order placed")
            .MessageAttribute("kind", "order")
            .ResultSelector(new { MessageId = Input.At("$.MessageId") })
            .Retry(Errors.SNS.ThrottledException, intervalSeconds: 1, maxAttempts: 2, backoffRate: 2)
            .Catch(Errors.SNS.NotFoundException, Pass("Not announced").Result(new { Outcome = "no topic" })));
}

/// <summary>Queues a FIFO message for fulfilment; retries SQS's generic failure.</summary>
[StateMachine(Name = "QueueFulfilment")]
public partial class QueueFulfilmentWorkflow : IStateMachine<OrderPlaced, FulfilmentQueued>
{
    public static Workflow Define() => Workflow
        .StartWith(SqsSendMessage("Queue fulfilment", "${FulfilmentQueueUrl}")
            .MessageBody(new { OrderId = Input.At("$.OrderId"), Total = Input.At("$.Total") })
            .MessageGroupId("orders")
            .MessageAttribute("priority", "high")
            .ResultSelector(new { MessageId = Input.At("$.MessageId"), SequenceNumber = Input.At("$.SequenceNumber"), Digest = Input.At("$.MD5OfMessageBody") })
            .Retry(Errors.SQS.AmazonSQSException, intervalSeconds: 1, maxAttempts: 3, backoffRate: 1)
            .Catch(Errors.SQS.QueueDoesNotExistException, Fail("No queue").Error("NoQueue")));
}

public sealed record FulfilmentQueued(string MessageId, string SequenceNumber, string Digest);

/// <summary>Puts an event on the default bus and one on the audit bus; a rejected entry is handled.</summary>
[StateMachine(Name = "PublishOrderEvents")]
public partial class PublishOrderEventsWorkflow : IStateMachine<OrderPlaced, EventsPublished>
{
    public static Workflow Define() => Workflow
        .StartWith(EventBridgePutEvents("Publish events")
            .Entry(new { OrderId = Input.At("$.OrderId"), Total = Input.At("$.Total") }, "OrderPlaced", "com.example.orders")
            .Entry(new { OrderId = Input.At("$.OrderId") }, "OrderAudited", "com.example.audit", "${AuditBus}")
            .ResultSelector(new { Failed = Input.At("$.FailedEntryCount") })
            .Catch(Errors.EventBridge.FailedEntry, Pass("Events rejected").Result(new { Failed = -1 })));
}

public sealed record EventsPublished(int Failed);

public sealed record ReportRequest(string Day);

public sealed record ReportResult(string Container, int ExitCode, string BatchStatus, string GlueState, string QueryState, string BuildStatus);

/// <summary>Runs five jobs to completion, one per job service.</summary>
[StateMachine(Name = "NightlyReport")]
public partial class NightlyReportWorkflow : IStateMachine<ReportRequest, ReportResult>
{
    public static Workflow Define() => Workflow
        .StartWith(EcsRunTask("Render report", "reports", "report-renderer:3")
            .Overrides(new { ContainerOverrides = new[] { new { Name = "renderer", Command = new[] { "render", "--day" } } } })
            .RunToCompletion()
            .ResultSelector(new { Container = Input.At("$.Containers[0].Name"), ExitCode = Input.At("$.Containers[0].ExitCode") })
            .ResultPath("$.ecs")
            .Catch(Errors.TaskFailed, Fail("Render failed").Error("RenderFailed"), resultPath: "$.error"))
        .Then(BatchSubmitJob("Archive", "archive-day", "archive-queue", "archiver:1")
            .JobParameters(new { Day = Input.At("$.Day") })
            .RunToCompletion()
            .ResultSelector(new { Status = Input.At("$.Status") })
            .ResultPath("$.batch"))
        .Then(GlueStartJobRun("Load warehouse", "load-warehouse")
            .JobArguments(new Dictionary<string, object> { ["--day"] = Input.At("$.Day") })
            .RunToCompletion()
            .ResultSelector(new { State = Input.At("$.JobRunState") })
            .ResultPath("$.glue")
            .Retry(Errors.Glue.ConcurrentRunsExceededException, intervalSeconds: 60, maxAttempts: 3, backoffRate: 2))
        .Then(AthenaStartQueryExecution("Count orders", "SELECT count(*) FROM orders")
            .WorkGroup("reports")
            .RunToCompletion()
            .ResultSelector(new { State = Input.At("$.QueryExecution.Status.State") })
            .ResultPath("$.athena"))
        .Then(CodeBuildStartBuild("Publish site", "report-site")
            .SourceVersion("main")
            .RunToCompletion()
            .ResultSelector(new { Status = Input.At("$.Build.BuildStatus") })
            .ResultPath("$.build"))
        .Then(Pass("Summary").Parameters(new
        {
            Container = Input.At("$.ecs.Container"),
            ExitCode = Input.At("$.ecs.ExitCode"),
            BatchStatus = Input.At("$.batch.Status"),
            GlueState = Input.At("$.glue.State"),
            QueryState = Input.At("$.athena.State"),
            BuildStatus = Input.At("$.build.Status"),
        }));
}

/// <summary>Starts an ECS task without waiting for it.</summary>
[StateMachine(Name = "StartRenderer")]
public partial class StartRendererWorkflow : IStateMachine<ReportRequest, RendererStarted>
{
    public static Workflow Define() => Workflow
        .StartWith(EcsRunTask("Start renderer", "reports", "report-renderer")
            .ResultSelector(new { TaskArn = Input.At("$.Tasks[0].TaskArn"), LastStatus = Input.At("$.Tasks[0].LastStatus") }));
}

public sealed record RendererStarted(string TaskArn, string LastStatus);

public sealed record ChargeOrder(string OrderId, int AmountCents);

public sealed record ChargeOutcome(string Outcome, string? ChargeId);

/// <summary>Charges through a payment API over the HTTP Task; retries rate limiting, and handles a declined card.</summary>
[StateMachine(Name = "ChargeOverHttp")]
public partial class ChargeOverHttpWorkflow : IStateMachine<ChargeOrder, ChargeOutcome>
{
    public static Workflow Define() => Workflow
        .StartWith(HttpInvoke("Charge", "https://api.payments.example/v1/charges", HttpVerb.Post,
                "arn:aws:events:us-east-1:123456789012:connection/payments/0c3f0b9e-1d7a-4c1e-9b1f-4d6f0d3f3a11")
            .Header("Idempotency-Key", Input.At("$.OrderId"))
            .RequestBody(new { Amount = Input.At("$.AmountCents"), Currency = "eur" })
            .ResultSelector(new { Outcome = "charged", ChargeId = Input.At("$.ResponseBody.id") })
            .Retry(Errors.Http.TooManyRequests, intervalSeconds: 1, maxAttempts: 3, backoffRate: 2)
            .Catch(Errors.Http.StatusCode(402), Pass("Declined").Result(new { Outcome = "declined" })));
}

public sealed record ReviewText(string Text);

public sealed record ReviewSummary(string Summary);

/// <summary>Summarizes a review with a Bedrock model; retries throttling.</summary>
[StateMachine(Name = "SummarizeReview")]
public partial class SummarizeReviewWorkflow : IStateMachine<ReviewText, ReviewSummary>
{
    public static Workflow Define() => Workflow
        .StartWith(BedrockInvokeModel("Summarize", "anthropic.claude-3-haiku-20240307-v1:0")
            .Body(new { Prompt = Input.At("$.Text"), MaxTokens = 200 })
            .ResultSelector(new { Summary = Input.At("$.Body.completion") })
            .Retry(Errors.Bedrock.ThrottlingException, intervalSeconds: 2, maxAttempts: 2, backoffRate: 2));
}
