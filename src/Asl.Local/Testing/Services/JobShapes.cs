using System.Globalization;
using System.Text.Json.Nodes;
using Asl.Local;
using Asl.Local.Json;
using Asl.Local.Tasks;

namespace Asl.Testing;

/// <summary>One job as a mock runs it: the request, the ID it was given, when it started.</summary>
internal sealed record JobContext(JsonObject Request, LocalEngine Engine, DateTimeOffset StartedAt, string Id)
{
    public string Region => Engine.Options.Region;

    public string Account => Engine.Options.AccountId;

    /// <summary>A date in the result, spelled as the engine's options say (as the engine's own integrations do).</summary>
    public JsonNode? Date(DateTimeOffset time) => JsonNode.Parse(JsonText.Write(ServiceResponses.Date(Engine, time)));

    public string? Member(string name) => ServiceRequests.String(Request, name);

    public JsonNode? Copy(string name) => Request[name]?.DeepClone();
}

/// <summary>
/// The shapes of one job service's answers: the start call's response, and the finished job's description, which a
/// <c>.sync</c> state returns, or gives as the cause of <c>States.TaskFailed</c> when the job failed.
/// </summary>
internal abstract class JobShape
{
    /// <summary>The resource without its pattern, for example <c>arn:aws:states:::ecs:runTask</c>.</summary>
    public abstract string Resource { get; }

    /// <summary>The service's prefix in error names.</summary>
    public abstract string Service { get; }

    public JobContext Start(JsonObject request, LocalEngine engine, DateTimeOffset time) => new(request, engine, time, NewId(request, engine));

    public abstract JsonObject Started(JobContext job);

    public abstract JsonObject Finished(JobContext job, (string Reason, int ExitCode)? failure);

    protected abstract string NewId(JsonObject request, LocalEngine engine);

    protected static string Hex(LocalEngine engine) => engine.NewRequestId().Replace("-", "", StringComparison.Ordinal);

    protected static string Arn(JobContext job, string service, string? given, string kind, string fallback) =>
        given is not null && given.StartsWith("arn:", StringComparison.Ordinal) ? given : $"arn:aws:{service}:{job.Region}:{job.Account}:{kind}/{given ?? fallback}";

    /// <summary>The time the mocked job ends: when the call answers (after any <c>Takes</c> duration).</summary>
    protected static DateTimeOffset Now(JobContext job) => job.Engine.Now;
}

internal sealed class EcsShape : JobShape
{
    public override string Resource => "arn:aws:states:::ecs:runTask";

    public override string Service => "ECS";

    protected override string NewId(JsonObject request, LocalEngine engine)
    {
        var cluster = ServiceRequests.LastSegment(ServiceRequests.String(request, "Cluster") ?? "default");
        return $"arn:aws:ecs:{engine.Options.Region}:{engine.Options.AccountId}:task/{cluster}/{Hex(engine)}";
    }

    public override JsonObject Started(JobContext job) => new()
    {
        ["Failures"] = new JsonArray(),
        ["Tasks"] = new JsonArray(Task(job, null, finished: false)),
    };

    public override JsonObject Finished(JobContext job, (string Reason, int ExitCode)? failure) => Task(job, failure, finished: true);

    private static JsonObject Task(JobContext job, (string Reason, int ExitCode)? failure, bool finished)
    {
        var definition = job.Member("TaskDefinition") ?? "";
        var family = ServiceRequests.LastSegment(definition.Split(':') is { Length: > 1 } parts && !definition.StartsWith("arn:", StringComparison.Ordinal) ? parts[0] : definition);
        var containers = new JsonArray();
        foreach (var name in ContainerNames(job.Request, family))
        {
            var container = new JsonObject { ["ContainerArn"] = $"arn:aws:ecs:{job.Region}:{job.Account}:container/{Hex(job.Engine)}" };
            if (finished) container["ExitCode"] = failure?.ExitCode ?? 0;
            container["LastStatus"] = finished ? "STOPPED" : "PENDING";
            container["Name"] = name;
            container["TaskArn"] = job.Id;
            containers.Add(container);
        }
        var task = new JsonObject
        {
            ["ClusterArn"] = Arn(job, "ecs", job.Member("Cluster"), "cluster", "default"),
            ["Containers"] = containers,
            ["CreatedAt"] = job.Date(job.StartedAt),
            ["DesiredStatus"] = finished ? "STOPPED" : "RUNNING",
            ["LastStatus"] = finished ? "STOPPED" : "PROVISIONING",
            ["LaunchType"] = job.Member("LaunchType") ?? "EC2",
        };
        if (job.Copy("Overrides") is { } overrides) task["Overrides"] = overrides;
        if (finished)
        {
            task["StartedAt"] = job.Date(job.StartedAt);
            task["StartedBy"] = "AWS Step Functions";
            task["StopCode"] = "EssentialContainerExited";
            task["StoppedAt"] = job.Date(Now(job));
            task["StoppedReason"] = failure?.Reason ?? "Essential container in task exited";
        }
        else task["StartedBy"] = "AWS Step Functions";
        task["TaskArn"] = job.Id;
        task["TaskDefinitionArn"] = definition.StartsWith("arn:", StringComparison.Ordinal)
            ? definition
            : $"arn:aws:ecs:{job.Region}:{job.Account}:task-definition/{(definition.Contains(':') ? definition : definition + ":1")}";
        return task;
    }

    private static IEnumerable<string> ContainerNames(JsonObject request, string family)
    {
        var names = (request["Overrides"]?["ContainerOverrides"] as JsonArray)?.Select(o => (string?)o?["Name"]).OfType<string>().ToArray();
        return names is { Length: > 0 } ? names : [family];
    }
}

internal sealed class BatchShape : JobShape
{
    public override string Resource => "arn:aws:states:::batch:submitJob";

    public override string Service => "Batch";

    protected override string NewId(JsonObject request, LocalEngine engine) => engine.NewRequestId();

    public override JsonObject Started(JobContext job) => new()
    {
        ["JobArn"] = JobArn(job),
        ["JobId"] = job.Id,
        ["JobName"] = job.Member("JobName"),
    };

    public override JsonObject Finished(JobContext job, (string Reason, int ExitCode)? failure)
    {
        var exit = new JsonObject { ["ExitCode"] = failure?.ExitCode ?? 0 };
        var attempt = new JsonObject
        {
            ["Container"] = exit.DeepClone(),
            ["StartedAt"] = job.Date(job.StartedAt),
            ["StatusReason"] = failure?.Reason ?? "Essential container in task exited",
            ["StoppedAt"] = job.Date(Now(job)),
        };
        var result = new JsonObject
        {
            ["Attempts"] = new JsonArray(attempt),
            ["Container"] = exit,
            ["CreatedAt"] = job.Date(job.StartedAt),
            ["JobArn"] = JobArn(job),
            ["JobDefinition"] = Arn(job, "batch", job.Member("JobDefinition"), "job-definition", ""),
            ["JobId"] = job.Id,
            ["JobName"] = job.Member("JobName"),
            ["JobQueue"] = Arn(job, "batch", job.Member("JobQueue"), "job-queue", ""),
        };
        if (job.Copy("Parameters") is { } parameters) result["Parameters"] = parameters;
        result["StartedAt"] = job.Date(job.StartedAt);
        result["Status"] = failure is null ? "SUCCEEDED" : "FAILED";
        if (failure is { } f) result["StatusReason"] = f.Reason;
        result["StoppedAt"] = job.Date(Now(job));
        return result;
    }

    private static string JobArn(JobContext job) => $"arn:aws:batch:{job.Region}:{job.Account}:job/{job.Id}";
}

internal sealed class GlueShape : JobShape
{
    public override string Resource => "arn:aws:states:::glue:startJobRun";

    public override string Service => "Glue";

    protected override string NewId(JsonObject request, LocalEngine engine) => "jr_" + Hex(engine) + Hex(engine);

    public override JsonObject Started(JobContext job) => new() { ["JobRunId"] = job.Id };

    public override JsonObject Finished(JobContext job, (string Reason, int ExitCode)? failure)
    {
        var result = new JsonObject();
        if (job.Copy("Arguments") is { } arguments) result["Arguments"] = arguments;
        result["Attempt"] = 0;
        result["CompletedOn"] = job.Date(Now(job));
        if (failure is { } f) result["ErrorMessage"] = f.Reason;
        result["ExecutionTime"] = (long)(Now(job) - job.StartedAt).TotalSeconds;
        result["Id"] = job.Id;
        result["JobName"] = job.Member("JobName");
        result["JobRunState"] = failure is null ? "SUCCEEDED" : "FAILED";
        result["LastModifiedOn"] = job.Date(Now(job));
        result["StartedOn"] = job.Date(job.StartedAt);
        return result;
    }
}

internal sealed class AthenaShape : JobShape
{
    public override string Resource => "arn:aws:states:::athena:startQueryExecution";

    public override string Service => "Athena";

    protected override string NewId(JsonObject request, LocalEngine engine) => engine.NewRequestId();

    public override JsonObject Started(JobContext job) => new() { ["QueryExecutionId"] = job.Id };

    public override JsonObject Finished(JobContext job, (string Reason, int ExitCode)? failure)
    {
        var status = new JsonObject
        {
            ["CompletionDateTime"] = job.Date(Now(job)),
            ["State"] = failure is null ? "SUCCEEDED" : "FAILED",
        };
        if (failure is { } f) status["StateChangeReason"] = f.Reason;
        status["SubmissionDateTime"] = job.Date(job.StartedAt);
        var execution = new JsonObject { ["Query"] = job.Member("QueryString") };
        if (job.Copy("QueryExecutionContext") is { } context) execution["QueryExecutionContext"] = context;
        execution["QueryExecutionId"] = job.Id;
        if (job.Copy("ResultConfiguration") is { } configuration) execution["ResultConfiguration"] = configuration;
        execution["Status"] = status;
        execution["WorkGroup"] = job.Member("WorkGroup") ?? "primary";
        return new JsonObject { ["QueryExecution"] = execution };
    }
}

internal sealed class CodeBuildShape : JobShape
{
    public override string Resource => "arn:aws:states:::codebuild:startBuild";

    public override string Service => "CodeBuild";

    protected override string NewId(JsonObject request, LocalEngine engine) =>
        (ServiceRequests.String(request, "ProjectName") ?? "") + ":" + engine.NewRequestId();

    public override JsonObject Started(JobContext job) => new() { ["Build"] = Build(job, null, finished: false) };

    public override JsonObject Finished(JobContext job, (string Reason, int ExitCode)? failure) => new() { ["Build"] = Build(job, failure, finished: true) };

    private static JsonObject Build(JobContext job, (string Reason, int ExitCode)? failure, bool finished)
    {
        var build = new JsonObject
        {
            ["Arn"] = $"arn:aws:codebuild:{job.Region}:{job.Account}:build/{job.Id}",
            ["BuildComplete"] = finished,
            ["BuildStatus"] = !finished ? "IN_PROGRESS" : failure is null ? "SUCCEEDED" : "FAILED",
            ["CurrentPhase"] = finished ? "COMPLETED" : "QUEUED",
        };
        if (finished) build["EndTime"] = job.Date(Now(job));
        if (failure is { } f)
        {
            var context = new JsonObject { ["Message"] = f.Reason, ["StatusCode"] = "COMMAND_EXECUTION_ERROR" };
            build["Phases"] = new JsonArray(new JsonObject { ["Contexts"] = new JsonArray(context), ["PhaseStatus"] = "FAILED", ["PhaseType"] = "BUILD" });
        }
        if (job.Copy("EnvironmentVariablesOverride") is { } variables) build["Environment"] = new JsonObject { ["EnvironmentVariables"] = variables };
        build["Id"] = job.Id;
        build["ProjectName"] = job.Member("ProjectName");
        if (job.Member("SourceVersion") is { } version) build["SourceVersion"] = version;
        build["StartTime"] = job.Date(job.StartedAt);
        return build;
    }
}
