using System.Text.Json;
using Asl.Api;
using Asl.Testing;

namespace Asl.Local.Tests.Testing;

using Errors = Asl.Errors;

/// <summary>The typed mocks of the .sync job services, the HTTP Task and Bedrock, driven by typed-builder workflows.</summary>
public sealed class JobAndHttpMockTests : IDisposable
{
    private readonly WorkflowHarness _harness = new(new WorkflowHarnessOptions
    {
        Engine = new LocalEngineOptions { StartTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), RandomSeed = 5 },
    });

    public void Dispose() => _harness.Dispose();

    private (JobMock<EcsRunTaskRequest> Ecs, JobMock<BatchSubmitJobRequest> Batch, JobMock<GlueStartJobRunRequest> Glue,
        JobMock<AthenaStartQueryExecutionRequest> Athena, JobMock<CodeBuildStartBuildRequest> CodeBuild) MockTheJobs() =>
        (_harness.MockEcsRunTask(), _harness.MockBatchSubmitJob(), _harness.MockGlueStartJobRun(),
            _harness.MockAthenaStartQueryExecution(), _harness.MockCodeBuildStartBuild());

    [Fact]
    public async Task Sync_jobs_that_succeed_return_the_finished_job_in_each_service_s_shape()
    {
        MockTheJobs();

        var run = await _harness.RunAsync(NightlyReportWorkflow.Info, new ReportRequest("2025-01-01"));

        Assert.Equal(new ReportResult("renderer", 0, "SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED"), run.Output);
    }

    [Fact]
    public async Task Each_job_mock_records_its_typed_request()
    {
        var (ecs, batch, glue, athena, codeBuild) = MockTheJobs();

        await _harness.RunAsync(NightlyReportWorkflow.Info, new ReportRequest("2025-01-01"));

        var task = Assert.Single(ecs.Calls);
        Assert.Equal(("reports", "report-renderer:3"), (task.Request.Cluster, task.Request.TaskDefinition));
        Assert.True(task.WaitsForCompletion);
        Assert.StartsWith("arn:aws:ecs:us-east-1:123456789012:task/reports/", task.JobId);
        Assert.Equal("renderer", task.Request.Overrides!.Value.GetProperty("ContainerOverrides")[0].GetProperty("Name").GetString());
        Assert.Equal("2025-01-01", batch.Requests.Single().Parameters!.Value.GetProperty("Day").GetString());
        Assert.Equal("2025-01-01", glue.Requests.Single().Arguments!["--day"]);
        Assert.Equal(("SELECT count(*) FROM orders", "reports"), (athena.Requests.Single().QueryString, athena.Requests.Single().WorkGroup));
        Assert.Equal(("report-site", "main"), (codeBuild.Requests.Single().ProjectName, codeBuild.Requests.Single().SourceVersion));
    }

    [Fact]
    public async Task An_ECS_task_that_stops_with_a_non_zero_exit_fails_the_sync_state_with_States_TaskFailed_and_the_task_as_cause()
    {
        MockTheJobs().Ecs.JobFails("Essential container in task exited", exitCode: 3);

        var run = await _harness.RunAsync(NightlyReportWorkflow.Info, new ReportRequest("2025-01-01"));

        Assert.Equal(("RenderFailed", Errors.TaskFailed), (run.Error, run.State("Render report").Error));
        var task = JsonDocument.Parse(run.State("Render report").Cause!).RootElement;
        Assert.Equal("STOPPED", task.GetProperty("LastStatus").GetString());
        Assert.Equal(3, task.GetProperty("Containers")[0].GetProperty("ExitCode").GetInt32());
        Assert.Equal("Essential container in task exited", task.GetProperty("StoppedReason").GetString());
    }

    [Theory]
    [InlineData("Archive", "Status", "FAILED")]
    [InlineData("Load warehouse", "JobRunState", "FAILED")]
    [InlineData("Publish site", "Build.BuildStatus", "FAILED")]
    public async Task A_failed_job_of_the_other_services_is_States_TaskFailed_with_the_job_as_cause(string state, string statusPath, string status)
    {
        var jobs = MockTheJobs();
        _ = state switch
        {
            "Archive" => (object)jobs.Batch.JobFails("Out of memory", 137),
            "Load warehouse" => jobs.Glue.JobFails("Script failed"),
            _ => jobs.CodeBuild.JobFails("Tests failed"),
        };

        var run = await _harness.RunAsync(NightlyReportWorkflow.Info, new ReportRequest("2025-01-01"));

        Assert.Equal((ExecutionStatus.Failed, Errors.TaskFailed, state), (run.Status, run.Error, run.StatesEntered[^1]));
        var cause = JsonDocument.Parse(run.Cause!).RootElement;
        foreach (var member in statusPath.Split('.')) cause = cause.GetProperty(member);
        Assert.Equal(status, cause.GetString());
    }

    [Fact]
    public async Task A_refused_start_is_retried_by_the_service_constant()
    {
        var glue = MockTheJobs().Glue.FailsFirst(2, Errors.Glue.ConcurrentRunsExceededException, "Concurrent runs exceeded for load-warehouse");

        var run = await _harness.RunAsync(NightlyReportWorkflow.Info, new ReportRequest("2025-01-01"));

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(2, run.RetryCount("Load warehouse"));
        Assert.Equal(3, glue.Calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(60 + 120), run.Duration);
    }

    [Fact]
    public async Task A_request_response_RunTask_answers_with_the_started_task()
    {
        var ecs = _harness.MockEcsRunTask();

        var run = await _harness.RunAsync(StartRendererWorkflow.Info, new ReportRequest("2025-01-01"));

        Assert.Equal(new RendererStarted(ecs.Calls.Single().JobId, "PROVISIONING"), run.Output);
        Assert.False(ecs.Calls.Single().WaitsForCompletion);
    }

    [Fact]
    public async Task An_http_endpoint_mock_records_the_call_and_answers_as_the_HTTP_Task_reports_it()
    {
        var payments = _harness.MockHttpEndpoint("https://api.payments.example/v1/charges").Responds(200, new { id = "ch_1" });

        var run = await _harness.RunAsync(ChargeOverHttpWorkflow.Info, new ChargeOrder("o-9", 1250));

        Assert.Equal(new ChargeOutcome("charged", "ch_1"), run.Output);
        var call = Assert.Single(payments.Calls);
        Assert.Equal(("POST", "o-9"), (call.Method, call.Headers["Idempotency-Key"]));
        Assert.Equal(1250, call.BodyAs<JsonElement>().GetProperty("Amount").GetInt32());
        Assert.EndsWith(":connection/payments/0c3f0b9e-1d7a-4c1e-9b1f-4d6f0d3f3a11", call.ConnectionArn);
    }

    [Fact]
    public async Task An_error_status_is_States_Http_StatusCode_NNN_which_Retry_and_Catch_match()
    {
        var payments = _harness.MockHttpEndpoint("https://api.payments.example/v1/charges")
            .FailsFirst(1, Errors.Http.TooManyRequests, "Too Many Requests")
            .Responds(402, new { error = "card_declined" });

        var run = await _harness.RunAsync(ChargeOverHttpWorkflow.Info, new ChargeOrder("o-9", 1250));

        Assert.Equal(new ChargeOutcome("declined", null), run.Output);
        Assert.Equal(2, payments.Calls.Count);
        Assert.Equal(("States.Http.StatusCode.402", "Payment Required"), (run.State("Charge").Error, run.State("Charge").Cause));
    }

    [Fact]
    public async Task A_model_mock_answers_with_the_body_and_records_the_request()
    {
        var model = _harness.MockBedrockModel("anthropic.claude-3-haiku-20240307-v1:0")
            .FailsFirst(1, Errors.Bedrock.ThrottlingException, "Too many requests, please wait before trying again.")
            .Returns(call => new { completion = "Short: " + call.BodyAs<JsonElement>().GetProperty("Prompt").GetString() });

        var run = await _harness.RunAsync(SummarizeReviewWorkflow.Info, new ReviewText("Great chair"));

        Assert.Equal(new ReviewSummary("Short: Great chair"), run.Output);
        Assert.Equal(1, run.RetryCount("Summarize"));
        Assert.Equal(200, model.Calls[0].BodyAs<JsonElement>().GetProperty("MaxTokens").GetInt32());
    }

    [Fact]
    public void The_builders_write_the_constants_into_Retry_and_Catch()
    {
        var announce = JsonDocument.Parse(AnnounceOrderWorkflow.Definition).RootElement.GetProperty("States").GetProperty("Announce");
        Assert.Equal("SNS.ThrottledException", announce.GetProperty("Retry")[0].GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal("SNS.NotFoundException", announce.GetProperty("Catch")[0].GetProperty("ErrorEquals")[0].GetString());
        var charge = JsonDocument.Parse(ChargeOverHttpWorkflow.Definition).RootElement.GetProperty("States").GetProperty("Charge");
        Assert.Equal("States.Http.StatusCode.429", charge.GetProperty("Retry")[0].GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal("States.Http.StatusCode.402", charge.GetProperty("Catch")[0].GetProperty("ErrorEquals")[0].GetString());
        var load = JsonDocument.Parse(NightlyReportWorkflow.Definition).RootElement.GetProperty("States").GetProperty("Load warehouse");
        Assert.Equal("Glue.ConcurrentRunsExceededException", load.GetProperty("Retry")[0].GetProperty("ErrorEquals")[0].GetString());
        Assert.Equal("arn:aws:states:::glue:startJobRun.sync", load.GetProperty("Resource").GetString());
    }
}
