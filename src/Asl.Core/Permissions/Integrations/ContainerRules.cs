namespace Asl.Permissions.Integrations;

/// <summary>
/// Amazon ECS/AWS Fargate (https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html), AWS Batch
/// (https://docs.aws.amazon.com/step-functions/latest/dg/batch-iam.html) and Amazon EKS
/// (https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html).
/// </summary>
internal static class ContainerRules
{
    private static readonly string[] RunTask = { "ecs:RunTask" };

    /// <summary>
    /// ecs:RunTask on the task definition; run to completion, ecs:StopTask and ecs:DescribeTasks on every task (the
    /// task's ID exists only once it runs) and the managed rule StepFunctionsGetEventsForECSTaskRule; and iam:PassRole,
    /// to ECS tasks only, on the roles the task runs with.
    /// </summary>
    public static void Ecs(TaskCall call)
    {
        if (call.Api != "runTask")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon ECS integration Step Functions offers; use ecs:runTask");
            return;
        }
        var definition = call.Field("TaskDefinition");
        call.Grant("RunTasks", RunTask, call.Target(definition, TaskDefinition, ArnPattern.Any, RunTask));
        if (call.RunsJob)
        {
            call.Grant("TrackTasks", TaskCall.Actions("ecs:StopTask", "ecs:DescribeTasks"), ArnPattern.Any.Because("a task's ID exists only once it runs"));
            call.ManagedRule("StepFunctionsGetEventsForECSTaskRule");
        }
        TaskRoles(call);
    }

    /// <summary>
    /// The roles an ECS task runs with: the Overrides' TaskRoleArn and ExecutionRoleArn when the state sets both;
    /// otherwise the task definition names (some of) them, which the state machine's definition does not show, so every
    /// role of the account may be passed, to ECS tasks only.
    /// </summary>
    private static void TaskRoles(TaskCall call)
    {
        var overrides = call.Field("Overrides");
        var taskRole = overrides.Field("TaskRoleArn");
        var executionRole = overrides.Field("ExecutionRoleArn");
        call.PassRole(taskRole, "ecs-tasks.amazonaws.com");
        call.PassRole(executionRole, "ecs-tasks.amazonaws.com");
        if (taskRole.IsText && executionRole.IsText) return;
        var passRole = TaskCall.Actions("iam:PassRole");
        call.Grant("PassRoles", passRole,
            new[] { call.Wide(call.Field("TaskDefinition").Pointer, "runs a task whose task definition names its task role and execution role", ArnPattern.InAccount("iam", "role/*"), passRole) },
            GrantCondition.PassedTo("ecs-tasks.amazonaws.com"));
    }

    /// <summary>A task definition by family (every revision), family:revision, or ARN.</summary>
    private static ArnPattern TaskDefinition(string text)
    {
        if (Arns.IsWholePlaceholder(text)) return ArnPattern.Text(text); // CloudFormation's Ref of a task definition is its ARN
        if (Arns.Parts(text) is { } parts) return ArnPattern.Text(parts.Length >= 7 ? text : text + ":*");
        return ArnPattern.InStack("ecs", "task-definition/" + text + (text.IndexOf(':') < 0 ? ":*" : ""));
    }

    /// <summary>
    /// batch:SubmitJob on every resource (AWS Batch supports resource-level permissions only in part, so AWS documents
    /// <c>*</c>); run to completion also batch:DescribeJobs, batch:TerminateJob and the managed rule.
    /// </summary>
    public static void Batch(TaskCall call)
    {
        if (call.Api != "submitJob")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no AWS Batch integration Step Functions offers; use batch:submitJob");
            return;
        }
        var actions = call.RunsJob ? TaskCall.Actions("batch:SubmitJob", "batch:DescribeJobs", "batch:TerminateJob") : TaskCall.Actions("batch:SubmitJob");
        call.Grant("SubmitBatchJobs", actions, ArnPattern.Any.Because("AWS Batch supports resource-level permissions only in part; AWS documents \"*\""));
        if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventsForBatchJobsRule");
    }

    /// <summary>Amazon EKS clusters and node groups; running jobs in a cluster is authorized by the cluster itself.</summary>
    public static void Eks(TaskCall call)
    {
        var cluster = call.Field("Name");
        switch (call.Api)
        {
            case "createCluster":
                call.Grant("CreateClusters", TaskCall.Actions("eks:CreateCluster"), ArnPattern.Any.Because("the cluster does not exist yet"));
                if (call.RunsJob) call.Grant("TrackClusters", TaskCall.Actions("eks:DescribeCluster", "eks:DeleteCluster"), ArnPattern.InStack("eks", "cluster/*"));
                call.PassRole(call.Field("RoleArn"), "eks.amazonaws.com");
                return;
            case "deleteCluster":
                var delete = call.RunsJob ? TaskCall.Actions("eks:DeleteCluster", "eks:DescribeCluster") : TaskCall.Actions("eks:DeleteCluster");
                call.Grant("DeleteClusters", delete, call.Target(cluster, name => ArnPattern.InStack("eks", "cluster/" + name), ArnPattern.InStack("eks", "cluster/*"), delete));
                return;
            case "createNodegroup":
                call.Grant("CreateNodegroups", TaskCall.Actions("ec2:DescribeSubnets", "eks:CreateNodegroup"), ArnPattern.Any.Because("the node group does not exist yet"));
                if (call.RunsJob) call.Grant("TrackNodegroups", TaskCall.Actions("eks:DescribeNodegroup", "eks:DeleteNodegroup"), ArnPattern.InStack("eks", "nodegroup/*"));
                call.Grant("ReadNodeRoles", TaskCall.Actions("iam:GetRole", "iam:ListAttachedRolePolicies"), ArnPattern.InAccount("iam", "role/*"));
                call.PassRole(call.Field("NodeRole"), "eks.amazonaws.com");
                return;
            case "deleteNodegroup":
                var actions = call.RunsJob ? TaskCall.Actions("eks:DeleteNodegroup", "eks:DescribeNodegroup") : TaskCall.Actions("eks:DeleteNodegroup");
                var clusterName = call.Field("ClusterName");
                var nodegroup = call.Field("NodegroupName");
                var resource = clusterName.IsText && nodegroup.IsText
                    ? ArnPattern.InStack("eks", "nodegroup/" + clusterName.Text + "/" + nodegroup.Text + "/*")
                    : call.Wide((clusterName.IsText ? nodegroup : clusterName).Pointer, "takes its cluster or node group from the input at run time", ArnPattern.InStack("eks", "nodegroup/*"), actions);
                call.Grant("DeleteNodegroups", actions, resource);
                return;
            case "runJob":
            case "call":
                call.NotGranted(call.Pointer,
                    $"calls the Kubernetes API of an EKS cluster ({call.Api}), which the cluster authorizes, not IAM: map the state machine's role to a Kubernetes user "
                    + "with the permissions the call needs (the cluster's aws-auth ConfigMap or an access entry) and allow eks:DescribeCluster on the cluster");
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, an Amazon EKS integration whose permissions AWS documents no policy for; add a statement for eks:{AwsSdkRules.Pascal(call.Api)} to the role");
                return;
        }
    }
}
