using System.Collections.Generic;

namespace Asl;

/// <summary>
/// Runs an Amazon ECS task (<c>arn:aws:states:::ecs:runTask</c>; <c>.sync</c> waits for it to stop, <c>.waitForTaskToken</c>
/// for a callback). The template grants <c>ecs:RunTask</c> on the task definition, and <c>iam:PassRole</c> on the roles the
/// overrides name (on the account's roles when the task definition names them).
/// </summary>
public sealed class EcsRunTaskBuilder : ServiceTaskBuilder<EcsRunTaskBuilder>
{
    private static readonly string[] Order =
        ["Cluster", "TaskDefinition", "LaunchType", "PlatformVersion", "Count", "NetworkConfiguration", "Overrides", "PropagateTags", "Group", "StartedBy"];

    internal EcsRunTaskBuilder(string name, string cluster, string taskDefinition) : base(name)
    {
        Member("Cluster", cluster, nameof(cluster));
        Member("TaskDefinition", taskDefinition, nameof(taskDefinition));
    }

    /// <summary>Runs on AWS Fargate in these subnets and security groups (awsvpc networking).</summary>
    /// <param name="subnets">Subnet IDs.</param>
    /// <param name="securityGroups">Security group IDs (none: the VPC's default group).</param>
    /// <param name="assignPublicIp">Gives the task a public IP (needed in public subnets without a NAT gateway).</param>
    public EcsRunTaskBuilder Fargate(string[] subnets, string[]? securityGroups = null, bool assignPublicIp = false)
    {
        Member("LaunchType", "FARGATE", null);
        var vpc = new Dictionary<string, object> { ["Subnets"] = subnets, ["AssignPublicIp"] = assignPublicIp ? "ENABLED" : "DISABLED" };
        if (securityGroups is not null) vpc["SecurityGroups"] = securityGroups;
        return Member("NetworkConfiguration", new Dictionary<string, object> { ["AwsvpcConfiguration"] = vpc }, nameof(subnets));
    }

    /// <summary>The launch type: <c>EC2</c>, <c>FARGATE</c> or <c>EXTERNAL</c>.</summary>
    public EcsRunTaskBuilder LaunchType(string launchType) => Member("LaunchType", launchType, nameof(launchType));

    /// <summary>Fargate: the platform version, for example <c>LATEST</c>.</summary>
    public EcsRunTaskBuilder PlatformVersion(string version) => Member("PlatformVersion", version, nameof(version));

    /// <summary>Starts this many tasks (1 to 10).</summary>
    public EcsRunTaskBuilder Count(int count) => Member("Count", count, nameof(count));

    /// <summary>
    /// Overrides of the task definition (<c>ContainerOverrides</c>, <c>TaskRoleArn</c>, <c>ExecutionRoleArn</c>, ...), as the
    /// RunTask API names them; may hold dynamic values. Roles named here are the ones the template lets the machine pass.
    /// </summary>
    public EcsRunTaskBuilder Overrides(object overrides) => Member("Overrides", overrides, nameof(overrides));

    /// <summary>Copies tags to the task: <c>TASK_DEFINITION</c>.</summary>
    public EcsRunTaskBuilder PropagateTags(string from) => Member("PropagateTags", from, nameof(from));

    /// <summary>Waits for the task to stop (<c>.sync</c>); a task that stops with a non-zero exit fails the state.</summary>
    public EcsRunTaskBuilder RunToCompletion() => UsePattern(IntegrationPattern.RunJob);

    /// <summary>Waits until the task calls SendTaskSuccess or SendTaskFailure; pass <see cref="Context.TaskToken"/> in an override.</summary>
    public EcsRunTaskBuilder WaitForTaskToken() => UsePattern(IntegrationPattern.WaitForTaskToken);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::ecs:runTask";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "EcsRunTask";
}

/// <summary>
/// Submits an AWS Batch job (<c>arn:aws:states:::batch:submitJob</c>; <c>.sync</c> waits for it to finish). The template
/// grants <c>batch:SubmitJob</c> (and, with <c>.sync</c>, DescribeJobs, TerminateJob and the events rule).
/// </summary>
public sealed class BatchSubmitJobBuilder : ServiceTaskBuilder<BatchSubmitJobBuilder>
{
    private static readonly string[] Order =
        ["JobName", "JobQueue", "JobDefinition", "Parameters", "ArrayProperties", "ContainerOverrides", "DependsOn", "RetryStrategy", "Timeout", "Tags"];

    internal BatchSubmitJobBuilder(string name, string jobName, string jobQueue, string jobDefinition) : base(name)
    {
        Member("JobName", jobName, nameof(jobName));
        Member("JobQueue", jobQueue, nameof(jobQueue));
        Member("JobDefinition", jobDefinition, nameof(jobDefinition));
    }

    /// <summary>The job's parameters (substituted into the job definition's command): an object of text values.</summary>
    public BatchSubmitJobBuilder JobParameters(object parameters) => Member("Parameters", parameters, nameof(parameters));

    /// <summary>Runs an array job of this many children (2 to 10,000).</summary>
    public BatchSubmitJobBuilder ArraySize(int size) => Member("ArrayProperties", new Dictionary<string, object> { ["Size"] = size }, nameof(size));

    /// <summary>Overrides of the container (<c>Command</c>, <c>Environment</c>, <c>ResourceRequirements</c>), as the API names them.</summary>
    public BatchSubmitJobBuilder ContainerOverrides(object overrides) => Member("ContainerOverrides", overrides, nameof(overrides));

    /// <summary>Batch's own retry of the job: at most this many attempts (1 to 10).</summary>
    public BatchSubmitJobBuilder Attempts(int attempts) => Member("RetryStrategy", new Dictionary<string, object> { ["Attempts"] = attempts }, nameof(attempts));

    /// <summary>Terminates the job after this many seconds (at least 60).</summary>
    public BatchSubmitJobBuilder JobTimeoutSeconds(int seconds) =>
        Member("Timeout", new Dictionary<string, object> { ["AttemptDurationSeconds"] = seconds }, nameof(seconds));

    /// <summary>Waits for the job to succeed or fail (<c>.sync</c>).</summary>
    public BatchSubmitJobBuilder RunToCompletion() => UsePattern(IntegrationPattern.RunJob);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::batch:submitJob";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "BatchSubmitJob";
}

/// <summary>
/// Starts an AWS Glue job run (<c>arn:aws:states:::glue:startJobRun</c>; <c>.sync</c> waits for it). The template grants
/// <c>glue:StartJobRun</c> (and, with <c>.sync</c>, GetJobRun, GetJobRuns and BatchStopJobRun).
/// </summary>
public sealed class GlueStartJobRunBuilder : ServiceTaskBuilder<GlueStartJobRunBuilder>
{
    private static readonly string[] Order = ["JobName", "JobRunId", "Arguments", "AllocatedCapacity", "Timeout", "SecurityConfiguration", "NotificationProperty", "WorkerType", "NumberOfWorkers"];

    internal GlueStartJobRunBuilder(string name, string jobName) : base(name) => Member("JobName", jobName, nameof(jobName));

    /// <summary>The job's arguments, for example <c>new Dictionary&lt;string, object&gt; { ["--day"] = Input.At("$.day") }</c>.</summary>
    public GlueStartJobRunBuilder JobArguments(object arguments) => Member("Arguments", arguments, nameof(arguments));

    /// <summary>Stops the run after this many minutes.</summary>
    public GlueStartJobRunBuilder JobTimeoutMinutes(int minutes) => Member("Timeout", minutes, nameof(minutes));

    /// <summary>The worker type (<c>G.1X</c>, <c>G.2X</c>, ...) and how many.</summary>
    public GlueStartJobRunBuilder Workers(string workerType, int count)
    {
        Member("WorkerType", workerType, nameof(workerType));
        return Member("NumberOfWorkers", count, nameof(count));
    }

    /// <summary>The security configuration of the run.</summary>
    public GlueStartJobRunBuilder SecurityConfiguration(string name) => Member("SecurityConfiguration", name, nameof(name));

    /// <summary>Waits for the run to finish (<c>.sync</c>).</summary>
    public GlueStartJobRunBuilder RunToCompletion() => UsePattern(IntegrationPattern.RunJob);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::glue:startJobRun";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "GlueStartJobRun";
}

/// <summary>
/// Starts an Amazon Athena query (<c>arn:aws:states:::athena:startQueryExecution</c>; <c>.sync</c> waits for its result).
/// The template grants Athena on the workgroup (<c>primary</c> when none is named) with the S3, Glue and Lake Formation
/// access a query needs.
/// </summary>
public sealed class AthenaStartQueryExecutionBuilder : ServiceTaskBuilder<AthenaStartQueryExecutionBuilder>
{
    private static readonly string[] Order = ["QueryString", "ClientRequestToken", "QueryExecutionContext", "ResultConfiguration", "WorkGroup", "ExecutionParameters"];

    internal AthenaStartQueryExecutionBuilder(string name, string queryString) : base(name) => Member("QueryString", queryString, nameof(queryString));

    /// <summary>The workgroup the query runs in.</summary>
    public AthenaStartQueryExecutionBuilder WorkGroup(string workGroup) => Member("WorkGroup", workGroup, nameof(workGroup));

    /// <summary>The database (and data catalog) the query's unqualified names refer to.</summary>
    public AthenaStartQueryExecutionBuilder Database(string database, string? catalog = null)
    {
        var context = new Dictionary<string, object> { ["Database"] = database };
        if (catalog is not null) context["Catalog"] = catalog;
        return Member("QueryExecutionContext", context, nameof(database));
    }

    /// <summary>Where the results are written: an <c>s3://bucket/prefix/</c> URI.</summary>
    public AthenaStartQueryExecutionBuilder OutputLocation(string s3Uri) =>
        Member("ResultConfiguration", new Dictionary<string, object> { ["OutputLocation"] = s3Uri }, nameof(s3Uri));

    /// <summary>Values of the query's <c>?</c> parameters, in order (as text).</summary>
    public AthenaStartQueryExecutionBuilder ExecutionParameters(params string[] values) => Member("ExecutionParameters", values, nameof(values));

    /// <summary>Waits for the query to finish (<c>.sync</c>).</summary>
    public AthenaStartQueryExecutionBuilder RunToCompletion() => UsePattern(IntegrationPattern.RunJob);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::athena:startQueryExecution";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "AthenaStartQueryExecution";
}

/// <summary>
/// Starts an AWS CodeBuild build (<c>arn:aws:states:::codebuild:startBuild</c>; <c>.sync</c> waits for it). The template
/// grants the build actions on the project.
/// </summary>
public sealed class CodeBuildStartBuildBuilder : ServiceTaskBuilder<CodeBuildStartBuildBuilder>
{
    private static readonly string[] Order = ["ProjectName", "SourceVersion", "EnvironmentVariablesOverride", "BuildspecOverride", "TimeoutInMinutesOverride"];
    private readonly List<object> _variables = new();

    internal CodeBuildStartBuildBuilder(string name, string projectName) : base(name) => Member("ProjectName", projectName, nameof(projectName));

    /// <summary>The source version to build (a commit, branch or tag).</summary>
    public CodeBuildStartBuildBuilder SourceVersion(string version) => Member("SourceVersion", version, nameof(version));

    /// <summary>Adds an environment variable to the build.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">Its value (may be dynamic).</param>
    /// <param name="type"><c>PLAINTEXT</c>, <c>PARAMETER_STORE</c> (the value names a parameter) or <c>SECRETS_MANAGER</c> (it names a secret).</param>
    public CodeBuildStartBuildBuilder EnvironmentVariable(string name, string value, string type = "PLAINTEXT")
    {
        _variables.Add(new Dictionary<string, object> { ["Name"] = name, ["Value"] = value, ["Type"] = type });
        return Member("EnvironmentVariablesOverride", _variables.ToArray(), nameof(value));
    }

    /// <summary>A buildspec to use instead of the project's.</summary>
    public CodeBuildStartBuildBuilder BuildspecOverride(string buildspec) => Member("BuildspecOverride", buildspec, nameof(buildspec));

    /// <summary>Stops the build after this many minutes.</summary>
    public CodeBuildStartBuildBuilder BuildTimeoutMinutes(int minutes) => Member("TimeoutInMinutesOverride", minutes, nameof(minutes));

    /// <summary>Waits for the build to finish (<c>.sync</c>).</summary>
    public CodeBuildStartBuildBuilder RunToCompletion() => UsePattern(IntegrationPattern.RunJob);

    /// <inheritdoc />
    protected override string BaseResource => "arn:aws:states:::codebuild:startBuild";

    /// <inheritdoc />
    protected override IReadOnlyList<string> MemberOrder => Order;

    /// <inheritdoc />
    protected override string IntegrationName => "CodeBuildStartBuild";
}
