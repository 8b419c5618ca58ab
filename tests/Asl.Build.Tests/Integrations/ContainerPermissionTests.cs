using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>Amazon ECS/AWS Fargate, AWS Batch and Amazon EKS, each through a raw Task(...), its typed builder and as JSON.</summary>
public sealed class ContainerPermissionTests
{
    private const string TaskRole = "arn:aws:iam::123456789012:role/orders-task";
    private const string ExecutionRole = "arn:aws:iam::123456789012:role/orders-execution";

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html, Run a Job (.sync), static resources:
    /// ecs:RunTask on the task definition; ecs:StopTask and ecs:DescribeTasks on "*"; the events rule
    /// StepFunctionsGetEventsForECSTaskRule; and iam:PassRole on the task's roles.
    /// </summary>
    [Fact]
    public void ECS_run_to_completion_runs_the_task_definition_tracks_every_task_and_passes_the_roles_it_names()
    {
        var statements = Role(Task("T", "arn:aws:states:::ecs:runTask.sync").Parameters(new
        {
            Cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/orders",
            TaskDefinition = "orders:3",
            LaunchType = "FARGATE",
            Overrides = new { TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole },
        }), EcsRunTask("T", "arn:aws:ecs:us-east-1:123456789012:cluster/orders", "orders:3").LaunchType("FARGATE")
            .Overrides(new { TaskRoleArn = TaskRole, ExecutionRoleArn = ExecutionRole }).RunToCompletion());

        Same(
        [
            Statement("RunTasks", Actions("ecs:RunTask"), InStack("ecs", "task-definition/orders:3")),
            Statement("TrackTasks", Actions("ecs:StopTask", "ecs:DescribeTasks"), Any),
            Rule("StepFunctionsGetEventsForECSTaskRule"),
            Statement("PassRoles", Actions("iam:PassRole"), [Literal(TaskRole), Literal(ExecutionRole)], PassedTo("ecs-tasks.amazonaws.com")),
        ], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html, Request Response and Callback: ecs:RunTask only.
    /// The task definition (not the state machine) names the roles, so any role of the account may be passed, to ECS
    /// tasks only (ASL0902).
    /// </summary>
    [Theory]
    [InlineData("arn:aws:states:::ecs:runTask")]
    [InlineData("arn:aws:states:::ecs:runTask.waitForTaskToken")]
    public void ECS_run_task_by_family_runs_every_revision_and_passes_the_task_definition_roles_to_ECS_tasks_only(string resource)
    {
        var typed = EcsRunTask("T", "orders", "orders").Overrides(new { ContainerOverrides = new[] { new { Name = "app", Environment = new[] { new { Name = "TOKEN", Value = Context.TaskToken } } } } });
        if (resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal)) typed.WaitForTaskToken();
        var (role, self, notes) = Grant(Task("T", resource).Parameters(new { Cluster = "orders", TaskDefinition = "orders", Token = Context.TaskToken }), typed);

        Same(
        [
            Statement("RunTasks", Actions("ecs:RunTask"), InStack("ecs", "task-definition/orders:*")),
            Statement("PassRoles", Actions("iam:PassRole"), [Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*")], PassedTo("ecs-tasks.amazonaws.com")),
        ], role);
        Assert.Empty(self);
        Assert.Contains("runs a task whose task definition names its task role and execution role, so the template grants iam:PassRole", Assert.Single(notes).Message);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/batch-iam.html: "*" (partial resource-level support), .sync adds DescribeJobs, TerminateJob and the rule.</summary>
    [Fact]
    public void Batch_submit_job_is_allowed_on_every_resource_and_run_to_completion_tracks_and_terminates()
    {
        var parameters = new { JobName = "nightly", JobQueue = "arn:aws:batch:us-east-1:123456789012:job-queue/q", JobDefinition = "nightly:1" };

        var requestResponse = Role(Task("T", "arn:aws:states:::batch:submitJob").Parameters(parameters),
            BatchSubmitJob("T", "nightly", parameters.JobQueue, "nightly:1"));
        var sync = Role(Task("T", "arn:aws:states:::batch:submitJob.sync").Parameters(parameters),
            BatchSubmitJob("T", "nightly", parameters.JobQueue, "nightly:1").JobParameters(new { day = Input.At("$.day") }).RunToCompletion());

        Same([Statement("SubmitBatchJobs", Actions("batch:SubmitJob"), Any)], requestResponse);
        Same(
        [
            Statement("SubmitBatchJobs", Actions("batch:SubmitJob", "batch:DescribeJobs", "batch:TerminateJob"), Any),
            Rule("StepFunctionsGetEventsForBatchJobsRule"),
        ], sync);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html (CreateCluster): eks:CreateCluster on "*";
    /// eks:DescribeCluster and eks:DeleteCluster on the account's clusters; iam:PassRole on the cluster role, to EKS only.
    /// </summary>
    [Fact]
    public void EKS_create_cluster_creates_tracks_and_passes_the_cluster_role_to_EKS()
    {
        var statements = Role(Task("T", "arn:aws:states:::eks:createCluster.sync").Parameters(new
        {
            Name = "orders", RoleArn = "arn:aws:iam::123456789012:role/eks-cluster", ResourcesVpcConfig = new { SubnetIds = new[] { "subnet-1" } },
        }));

        Same(
        [
            Statement("CreateClusters", Actions("eks:CreateCluster"), Any),
            Statement("TrackClusters", Actions("eks:DescribeCluster", "eks:DeleteCluster"), InStack("eks", "cluster/*")),
            Statement("PassRoles", Actions("iam:PassRole"), [Literal("arn:aws:iam::123456789012:role/eks-cluster")], PassedTo("eks.amazonaws.com")),
        ], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html (DeleteNodegroup): the node group's ARN.</summary>
    [Fact]
    public void EKS_delete_node_group_is_allowed_on_that_node_group()
    {
        var statements = Role(Task("T", "arn:aws:states:::eks:deleteNodegroup.sync").Parameters(new { ClusterName = "orders", NodegroupName = "workers" }));

        Same([Statement("DeleteNodegroups", Actions("eks:DeleteNodegroup", "eks:DescribeNodegroup"), InStack("eks", "nodegroup/orders/workers/*"))], statements);
    }

    /// <summary>Running a job in an EKS cluster is authorized by the cluster's RBAC, which no IAM policy grants: ASL0903 on the state.</summary>
    [Fact]
    public void EKS_run_job_is_ASL0903_saying_the_cluster_authorizes_it()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::eks:runJob.sync").Parameters(new
        {
            ClusterName = "orders", CertificateAuthority = "abc", Endpoint = "https://x.eks.amazonaws.com", Job = new { kind = "Job" },
        }));

        Assert.Empty(role);
        Assert.Contains("map the state machine's role to a Kubernetes user", Assert.Single(notes).Message);
    }
}
