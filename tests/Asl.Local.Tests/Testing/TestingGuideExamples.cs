using Asl.Testing;

namespace Asl.Local.Tests.Testing;

using Errors = Asl.Errors;

/// <summary>
/// The examples of docs/testing.md, as tests that run: each method holds the C# block marked with its name in the guide
/// (<see cref="TestingGuideTests"/> checks that the two are the same code).
/// </summary>
public sealed class TestingGuideExamples
{
    [Fact]
    public async Task SnsTopic()
    {
        using var harness = new WorkflowHarness();
        var topic = harness.MockSnsTopic("${OrdersTopic}");

        var run = await harness.RunAsync(AnnounceOrderWorkflow.Info, new OrderPlaced("o-7", 19.90m));

        var message = Assert.Single(topic.Messages);
        Assert.Equal(new OrderNotice("o-7", 19.90m), message.MessageAs<OrderNotice>());
        Assert.Equal("Order placed", message.Subject);
        Assert.Equal("order", message.MessageAttributes["kind"]);
        Assert.Equal(message.MessageId, run.Output.MessageId);
    }

    [Fact]
    public async Task SqsQueue()
    {
        using var harness = new WorkflowHarness();
        var queue = harness.MockSqsQueue("${ApprovalQueueUrl}")
            .OnMessage(message => message.SendTaskSuccess(new ApprovalDecision(Approved: true)));

        var run = await harness.RunAsync(ApprovalWorkflow.Info, new ApprovalRequest("new laptop"));

        Assert.Equal(new ApprovalDecision(true), run.Output);
        Assert.NotNull(queue.Messages[0].TaskToken);
    }

    [Fact]
    public async Task EventBus()
    {
        using var harness = new WorkflowHarness();
        var orders = harness.MockEventBus();
        harness.MockEventBus("${AuditBus}").RejectsEntries("MalformedDetail", "Detail is malformed.");

        var run = await harness.RunAsync(PublishOrderEventsWorkflow.Info, new OrderPlaced("o-7", 19.90m));

        Assert.Equal("OrderPlaced", orders.Events[0].DetailType);
        Assert.Equal(new OrderNotice("o-7", 19.90m), orders.Events[0].DetailAs<OrderNotice>());
        Assert.Equal(Errors.EventBridge.FailedEntry, run.State("Publish events").Error);
    }

    [Fact]
    public async Task Jobs()
    {
        using var harness = new WorkflowHarness();
        var ecs = harness.MockEcsRunTask().JobFails("Essential container in task exited", exitCode: 3);
        harness.MockBatchSubmitJob();
        harness.MockGlueStartJobRun().FailsFirst(1, Errors.Glue.ConcurrentRunsExceededException);
        harness.MockAthenaStartQueryExecution();
        harness.MockCodeBuildStartBuild();

        var run = await harness.RunAsync(NightlyReportWorkflow.Info, new ReportRequest("2025-01-01"));

        Assert.Equal("report-renderer:3", ecs.Requests[0].TaskDefinition);
        Assert.Equal(Errors.TaskFailed, run.State("Render report").Error);
        Assert.Contains("\"ExitCode\":3", run.State("Render report").Cause);
    }

    [Fact]
    public async Task HttpEndpoint()
    {
        using var harness = new WorkflowHarness();
        var payments = harness.MockHttpEndpoint("https://api.payments.example/v1/charges")
            .Responds(402, new { error = "card_declined" });

        var run = await harness.RunAsync(ChargeOverHttpWorkflow.Info, new ChargeOrder("o-9", 1250));

        Assert.Equal(new ChargeOutcome("declined", null), run.Output);
        Assert.Equal("States.Http.StatusCode.402", run.State("Charge").Error);
        Assert.Equal("o-9", payments.Calls[0].Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task BedrockModel()
    {
        using var harness = new WorkflowHarness();
        var model = harness.MockBedrockModel("anthropic.claude-3-haiku-20240307-v1:0")
            .Returns(new { completion = "Comfortable and sturdy." });

        var run = await harness.RunAsync(SummarizeReviewWorkflow.Info, new ReviewText("Great chair, easy to build."));

        Assert.Equal("Comfortable and sturdy.", run.Output.Summary);
        Assert.Equal("Great chair, easy to build.", model.Calls[0].BodyAs<ReviewPrompt>().Prompt);
    }

    public sealed record ReviewPrompt(string Prompt, int MaxTokens);
}
