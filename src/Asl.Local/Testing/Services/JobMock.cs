using System.Text.Json;
using System.Text.Json.Nodes;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;
using Asl.Local.Tasks;
using Asl.Model;

namespace Asl.Testing;

/// <summary>
/// A job service for the test harness: ECS RunTask, Batch SubmitJob, Glue StartJobRun, Athena StartQueryExecution or
/// CodeBuild StartBuild (<see cref="WorkflowHarness.MockEcsRunTask"/> and its siblings). Each call is recorded with its
/// typed request and answered in the service's shape: the start response for a request-response state, and for a
/// <c>.sync</c> state the finished job's description. A job set up with <see cref="JobFails"/> ends unsuccessfully, and a
/// <c>.sync</c> state then fails as on AWS, with <see cref="Errors.TaskFailed"/> and the job's description as the cause;
/// <see cref="ServiceMock{TSelf, TCall}.Fails"/> instead refuses the start call itself (for example
/// <see cref="Errors.ECS.ClusterNotFoundException"/>).
/// </summary>
/// <typeparam name="TRequest">The typed request: <see cref="EcsRunTaskRequest"/>, <see cref="BatchSubmitJobRequest"/>, ...</typeparam>
public sealed class JobMock<TRequest> : ServiceMock<JobMock<TRequest>, JobCall<TRequest>>
{
    private static readonly JsonSerializerOptions RequestOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly WorkflowHarness _harness;
    private readonly JobShape _shape;
    private (string Reason, int ExitCode)? _jobFailure;

    internal JobMock(JobShape shape, WorkflowHarness harness) : base(shape.Resource)
    {
        _shape = shape;
        _harness = harness;
    }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<TRequest> Requests => Calls.Select(c => c.Request).ToArray();

    /// <summary>
    /// Lets every job end unsuccessfully, with <paramref name="reason"/> (ECS's StoppedReason, Batch's StatusReason, Glue's
    /// ErrorMessage, Athena's StateChangeReason; CodeBuild reports a FAILED build) and, where the service reports one, the
    /// container's <paramref name="exitCode"/>. The start call still succeeds: only a <c>.sync</c> state fails.
    /// </summary>
    public JobMock<TRequest> JobFails(string reason, int exitCode = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        lock (Sync) _jobFailure = (reason, exitCode);
        return this;
    }

    /// <summary>Lets every job succeed (the default), undoing <see cref="JobFails"/>.</summary>
    public JobMock<TRequest> JobSucceeds()
    {
        lock (Sync) _jobFailure = null;
        return this;
    }

    internal async ValueTask<AslJson> AnswerAsync(string resource, AslJson parameters, MockContext context, CancellationToken cancellation)
    {
        var request = ServiceRequests.Parse(parameters, _shape.Service);
        var json = JsonText.Write(parameters);
        TRequest typed;
        try
        {
            typed = JsonSerializer.Deserialize<TRequest>(json, RequestOptions)!;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The request of state '{context.StateName}' to {_shape.Resource} cannot be read as {typeof(TRequest).Name}: {e.Message}", e);
        }
        var job = _shape.Start(request, _harness.Engine, context.Time);
        var waits = TaskResource.Parse(resource).Pattern is Local.Tasks.IntegrationPattern.Sync or Local.Tasks.IntegrationPattern.Sync2;
        await RecordAsync(new JobCall<TRequest>(_harness, context, typed, json, job.Id, waits), context, cancellation);
        if (!waits) return ServiceRequests.WithSdkMetadata(_harness.Engine, _shape.Started(job), "application/x-amz-json-1.1");
        (string Reason, int ExitCode)? failure;
        lock (Sync) failure = _jobFailure;
        var finished = _shape.Finished(job, failure);
        if (failure is not null) throw new StatesError(ErrorNames.TaskFailed, finished.ToJsonString());
        return JsonText.Parse(finished.ToJsonString());
    }
}

/// <summary>One call a <see cref="JobMock{TRequest}"/> received.</summary>
/// <typeparam name="TRequest">The typed request.</typeparam>
public sealed class JobCall<TRequest> : ServiceCall
{
    internal JobCall(WorkflowHarness harness, MockContext context, TRequest request, string requestJson, string jobId, bool waitsForCompletion) : base(harness, context)
    {
        Request = request;
        RequestJson = requestJson;
        JobId = jobId;
        WaitsForCompletion = waitsForCompletion;
    }

    /// <summary>The request, typed.</summary>
    public TRequest Request { get; }

    /// <summary>The request as JSON text, as the engine passed it.</summary>
    public string RequestJson { get; }

    /// <summary>The ID the mock gave the job: the ECS task ARN, the Batch job ID, the Glue run ID, the Athena query execution ID or the CodeBuild build ID.</summary>
    public string JobId { get; }

    /// <summary>True when the state waits for the job to finish (<c>.sync</c>).</summary>
    public bool WaitsForCompletion { get; }
}

/// <summary>The request of <c>ecs:runTask</c> (<see cref="EcsRunTaskBuilder"/>).</summary>
public sealed record EcsRunTaskRequest(string Cluster, string TaskDefinition, string? LaunchType = null, int? Count = null, JsonElement? Overrides = null);

/// <summary>The request of <c>batch:submitJob</c> (<see cref="BatchSubmitJobBuilder"/>).</summary>
public sealed record BatchSubmitJobRequest(string JobName, string JobQueue, string JobDefinition, JsonElement? Parameters = null, JsonElement? ContainerOverrides = null);

/// <summary>The request of <c>glue:startJobRun</c> (<see cref="GlueStartJobRunBuilder"/>).</summary>
public sealed record GlueStartJobRunRequest(string JobName, IReadOnlyDictionary<string, string>? Arguments = null);

/// <summary>The request of <c>athena:startQueryExecution</c> (<see cref="AthenaStartQueryExecutionBuilder"/>).</summary>
public sealed record AthenaStartQueryExecutionRequest(string QueryString, string? WorkGroup = null, JsonElement? QueryExecutionContext = null, JsonElement? ResultConfiguration = null);

/// <summary>The request of <c>codebuild:startBuild</c> (<see cref="CodeBuildStartBuildBuilder"/>).</summary>
public sealed record CodeBuildStartBuildRequest(string ProjectName, string? SourceVersion = null, JsonElement? EnvironmentVariablesOverride = null);
