namespace Asl.Permissions.Integrations;

/// <summary>
/// AWS Glue (https://docs.aws.amazon.com/step-functions/latest/dg/glue-iam.html), AWS Glue DataBrew
/// (https://docs.aws.amazon.com/step-functions/latest/dg/databrew-iam.html), Amazon Athena
/// (https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html), Amazon EMR
/// (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html), Amazon EMR Serverless
/// (https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam) and Amazon EMR on EKS
/// (https://docs.aws.amazon.com/step-functions/latest/dg/emr-eks-iam.html).
/// </summary>
internal static class DataRules
{
    /// <summary>glue:StartJobRun (run to completion also GetJobRun, GetJobRuns, BatchStopJobRun) on every resource, as AWS documents.</summary>
    public static void Glue(TaskCall call)
    {
        if (call.Api != "startJobRun")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no AWS Glue integration Step Functions offers; use glue:startJobRun or aws-sdk:glue:ACTION");
            return;
        }
        var actions = call.RunsJob
            ? TaskCall.Actions("glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
            : TaskCall.Actions("glue:StartJobRun");
        call.Grant("RunGlueJobs", actions, ArnPattern.Any.Because("AWS documents \"*\" for Glue job runs"));
    }

    /// <summary>databrew:StartJobRun (run to completion also ListJobRuns and StopJobRun) on the job.</summary>
    public static void DataBrew(TaskCall call)
    {
        if (call.Api != "startJobRun")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no AWS Glue DataBrew integration Step Functions offers; use databrew:startJobRun");
            return;
        }
        var actions = call.RunsJob
            ? TaskCall.Actions("databrew:StartJobRun", "databrew:ListJobRuns", "databrew:StopJobRun")
            : TaskCall.Actions("databrew:StartJobRun");
        call.Grant("RunDataBrewJobs", actions, call.Target(call.Field("Name"), name => ArnPattern.InStack("databrew", "job/" + name), ArnPattern.InStack("databrew", "job/*"), actions));
    }

    private static readonly string[] AthenaS3 =
    {
        "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts",
        "s3:AbortMultipartUpload", "s3:CreateBucket", "s3:PutObject",
    };

    private static readonly string[] AthenaGlue =
    {
        "glue:CreateDatabase", "glue:GetDatabase", "glue:GetDatabases", "glue:UpdateDatabase", "glue:DeleteDatabase", "glue:CreateTable",
        "glue:UpdateTable", "glue:GetTable", "glue:GetTables", "glue:DeleteTable", "glue:BatchDeleteTable", "glue:BatchCreatePartition",
        "glue:CreatePartition", "glue:UpdatePartition", "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition",
        "glue:DeletePartition", "glue:BatchDeletePartition",
    };

    /// <summary>
    /// Athena queries: the Athena actions on the workgroup and data catalogs, and what a query needs besides, as AWS
    /// documents it: Amazon S3 where the tables' data and the results live, the Glue Data Catalog, and Lake Formation.
    /// </summary>
    public static void Athena(TaskCall call)
    {
        var workgroup = call.Field("WorkGroup");
        ArnPattern WorkGroup(string[] actions) => workgroup.IsMissing
            ? ArnPattern.InStack("athena", "workgroup/primary")
            : call.Target(workgroup, name => ArnPattern.InStack("athena", "workgroup/" + name), ArnPattern.InStack("athena", "workgroup/*"), actions);
        switch (call.Api)
        {
            case "startQueryExecution":
                var actions = call.RunsJob
                    ? TaskCall.Actions("athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution", "athena:GetDataCatalog",
                        "athena:GetWorkGroup", "athena:BatchGetQueryExecution", "athena:GetQueryResults", "athena:ListQueryExecutions")
                    : TaskCall.Actions("athena:StartQueryExecution", "athena:GetDataCatalog");
                call.Grant("RunAthenaQueries", actions, WorkGroup(actions), ArnPattern.InStack("athena", "datacatalog/*"));
                call.Grant("AthenaQueryData", AthenaS3, ArnPattern.Text("arn:${AWS::Partition}:s3:::*").Because("an Athena query reads its tables' data and writes its results wherever they are"));
                call.Grant("AthenaDataCatalog", AthenaGlue,
                    ArnPattern.InStack("glue", "catalog"), ArnPattern.InStack("glue", "database/*"), ArnPattern.InStack("glue", "table/*"), ArnPattern.InStack("glue", "userDefinedFunction/*"));
                call.Grant("AthenaDataAccess", TaskCall.Actions("lakeformation:GetDataAccess"), ArnPattern.Any.Because("AWS documents \"*\" for Lake Formation data access"));
                return;
            case "stopQueryExecution":
            case "getQueryExecution":
                var single = TaskCall.Actions("athena:" + AwsSdkRules.Pascal(call.Api));
                call.Grant("ManageAthenaQueries", single, ArnPattern.InStack("athena", "workgroup/*").Because("a query execution ID does not name its workgroup"));
                return;
            case "getQueryResults":
                call.Grant("ReadAthenaResults", TaskCall.Actions("athena:GetQueryResults"), ArnPattern.InStack("athena", "workgroup/*").Because("a query execution ID does not name its workgroup"));
                call.Grant("ReadAthenaResultObjects", TaskCall.Actions("s3:GetObject"), ArnPattern.Text("arn:${AWS::Partition}:s3:::*").Because("the results live wherever the workgroup or query wrote them"));
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon Athena integration Step Functions offers; use athena:startQueryExecution, stopQueryExecution, getQueryExecution or getQueryResults");
                return;
        }
    }

    /// <summary>Amazon EMR clusters and steps.</summary>
    public static void Emr(TaskCall call)
    {
        var clusterId = call.Field("ClusterId");
        ArnPattern Cluster(string[] actions) =>
            call.Target(clusterId, id => ArnPattern.InStack("elasticmapreduce", "cluster/" + id), ArnPattern.Text("arn:${AWS::Partition}:elasticmapreduce:*:*:cluster/*"), actions);
        string[] actions;
        switch (call.Api)
        {
            case "createCluster":
                actions = call.RunsJob
                    ? TaskCall.Actions("elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows")
                    : TaskCall.Actions("elasticmapreduce:RunJobFlow");
                call.Grant("CreateEmrClusters", actions, ArnPattern.Any.Because("the cluster does not exist yet"));
                foreach (var role in new[] { "ServiceRole", "JobFlowRole", "AutoScalingRole" }) call.PassRole(call.Field(role), null);
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventForEMRRunJobFlowRule");
                return;
            case "terminateCluster":
                actions = call.RunsJob ? TaskCall.Actions("elasticmapreduce:TerminateJobFlows", "elasticmapreduce:DescribeCluster") : TaskCall.Actions("elasticmapreduce:TerminateJobFlows");
                call.Grant("TerminateEmrClusters", actions, Cluster(actions));
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventForEMRTerminateJobFlowsRule");
                return;
            case "addStep":
                actions = call.RunsJob
                    ? TaskCall.Actions("elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps")
                    : TaskCall.Actions("elasticmapreduce:AddJobFlowSteps");
                call.Grant("AddEmrSteps", actions, Cluster(actions));
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventForEMRAddJobFlowStepsRule");
                return;
            case "cancelStep":
                actions = TaskCall.Actions("elasticmapreduce:CancelSteps");
                call.Grant("CancelEmrSteps", actions, Cluster(actions));
                return;
            case "setClusterTerminationProtection":
                actions = TaskCall.Actions("elasticmapreduce:SetTerminationProtection");
                call.Grant("ProtectEmrClusters", actions, Cluster(actions));
                return;
            case "modifyInstanceFleetByName":
                actions = TaskCall.Actions("elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets");
                call.Grant("ModifyEmrInstanceFleets", actions, Cluster(actions));
                return;
            case "modifyInstanceGroupByName":
                actions = TaskCall.Actions("elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups");
                call.Grant("ModifyEmrInstanceGroups", actions, clusterId.IsText ? Cluster(actions) : call.Wide(clusterId.Pointer, clusterId.IsDynamic ? clusterId.Text : "names no ClusterId", ArnPattern.Any, actions));
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon EMR integration Step Functions offers");
                return;
        }
    }

    /// <summary>Amazon EMR Serverless applications and job runs.</summary>
    public static void EmrServerless(TaskCall call)
    {
        var id = call.Field("ApplicationId");
        ArnPattern Application(string[] actions, string suffix = "") =>
            call.Target(id, text => ArnPattern.InStack("emr-serverless", "/applications/" + text + suffix), ArnPattern.InStack("emr-serverless", "/applications/*"), actions);
        string[] actions;
        switch (call.Api)
        {
            case "createApplication":
                call.Grant("CreateEmrServerlessApplications", TaskCall.Actions("emr-serverless:CreateApplication"), ArnPattern.InStack("emr-serverless", "/*"));
                if (call.RunsJob)
                {
                    call.Grant("TrackEmrServerlessApplications", TaskCall.Actions("emr-serverless:GetApplication", "emr-serverless:DeleteApplication"), ArnPattern.InStack("emr-serverless", "/applications/*"));
                    call.ManagedRule("StepFunctionsGetEventsForEMRServerlessApplicationRule");
                }
                call.Grant("CreateEmrServerlessServiceRole", TaskCall.Actions("iam:CreateServiceLinkedRole"),
                    new[] { ArnPattern.InAccount("iam", "role/aws-service-role/ops.emr-serverless.amazonaws.com/AWSServiceRoleForAmazonEMRServerless*") },
                    GrantCondition.Of("StringLike", "iam:AWSServiceName", "ops.emr-serverless.amazonaws.com"));
                return;
            case "startApplication":
            case "stopApplication":
            case "deleteApplication":
                var action = "emr-serverless:" + AwsSdkRules.Pascal(call.Api);
                actions = call.RunsJob
                    ? (call.Api == "startApplication" ? TaskCall.Actions(action, "emr-serverless:GetApplication", "emr-serverless:StopApplication") : TaskCall.Actions(action, "emr-serverless:GetApplication"))
                    : TaskCall.Actions(action);
                call.Grant("ManageEmrServerlessApplications", actions, Application(actions));
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventsForEMRServerlessApplicationRule");
                return;
            case "startJobRun":
                actions = TaskCall.Actions("emr-serverless:StartJobRun");
                call.Grant("StartEmrServerlessJobRuns", actions, Application(actions));
                call.PassRole(call.Field("ExecutionRoleArn"), "emr-serverless.amazonaws.com");
                if (!call.RunsJob) return;
                var track = TaskCall.Actions("emr-serverless:GetJobRun", "emr-serverless:CancelJobRun");
                call.Grant("TrackEmrServerlessJobRuns", track, Application(track, "/jobruns/*"));
                call.ManagedRule("StepFunctionsGetEventsForEMRServerlessJobRule");
                return;
            case "cancelJobRun":
                actions = call.RunsJob ? TaskCall.Actions("emr-serverless:CancelJobRun", "emr-serverless:GetJobRun") : TaskCall.Actions("emr-serverless:CancelJobRun");
                var run = call.Field("JobRunId");
                // The run itself; every run of the application when the run ID (or the application) comes from the input.
                var resource = id.IsText
                    ? call.Target(run, text => ArnPattern.InStack("emr-serverless", "/applications/" + id.Text + "/jobruns/" + text), Application(actions, "/jobruns/*"), actions)
                    : Application(actions, "/jobruns/*");
                call.Grant("CancelEmrServerlessJobRuns", actions, resource);
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventsForEMRServerlessJobRule");
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon EMR Serverless integration Step Functions offers");
                return;
        }
    }

    /// <summary>Amazon EMR on EKS virtual clusters and job runs.</summary>
    public static void EmrOnEks(TaskCall call)
    {
        string[] actions;
        switch (call.Api)
        {
            case "createVirtualCluster":
                call.Grant("CreateEmrVirtualClusters", TaskCall.Actions("emr-containers:CreateVirtualCluster"), ArnPattern.Any.Because("the virtual cluster does not exist yet"));
                call.Grant("CreateEmrContainersServiceRole", TaskCall.Actions("iam:CreateServiceLinkedRole"),
                    new[] { ArnPattern.InAccount("iam", "role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers") },
                    GrantCondition.Of("StringLike", "iam:AWSServiceName", "emr-containers.amazonaws.com"));
                return;
            case "deleteVirtualCluster":
                actions = call.RunsJob ? TaskCall.Actions("emr-containers:DeleteVirtualCluster", "emr-containers:DescribeVirtualCluster") : TaskCall.Actions("emr-containers:DeleteVirtualCluster");
                call.Grant("DeleteEmrVirtualClusters", actions, VirtualCluster(call, call.Field("Id"), actions));
                return;
            case "startJobRun":
                actions = TaskCall.Actions("emr-containers:StartJobRun");
                var cluster = call.Field("VirtualClusterId");
                var role = call.Field("ExecutionRoleArn");
                var conditions = role.IsText ? new[] { GrantCondition.Of("StringEquals", "emr-containers:ExecutionRoleArn", role.Text) } : new GrantCondition[0];
                call.Grant("StartEmrContainerJobRuns", actions, new[] { VirtualCluster(call, cluster, actions) }, conditions);
                if (!call.RunsJob) return;
                var track = TaskCall.Actions("emr-containers:DescribeJobRun", "emr-containers:CancelJobRun");
                call.Grant("TrackEmrContainerJobRuns", track, cluster.IsText
                    ? ArnPattern.InStack("emr-containers", "/virtualclusters/" + cluster.Text + "/jobruns/*")
                    : VirtualCluster(call, cluster, track));
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon EMR on EKS integration Step Functions offers");
                return;
        }
    }

    private static ArnPattern VirtualCluster(TaskCall call, FieldValue id, string[] actions) =>
        call.Target(id, text => ArnPattern.InStack("emr-containers", "/virtualclusters/" + text), ArnPattern.InStack("emr-containers", "/virtualclusters/*"), actions);
}
