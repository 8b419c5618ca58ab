using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>AWS Glue, Glue DataBrew, Amazon Athena, Amazon EMR and EMR Serverless, each through a raw Task(...), its typed builder and as JSON.</summary>
public sealed class DataPermissionTests
{
    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/glue-iam.html: "*" (no resource-based control); .sync adds GetJobRun, GetJobRuns, BatchStopJobRun.</summary>
    [Fact]
    public void Glue_start_job_run_is_allowed_on_every_job_and_run_to_completion_tracks_and_stops()
    {
        var requestResponse = Role(Task("T", "arn:aws:states:::glue:startJobRun").Parameters(new { JobName = "etl" }), GlueStartJobRun("T", "etl"));
        var sync = Role(Task("T", "arn:aws:states:::glue:startJobRun.sync").Parameters(new { JobName = "etl" }),
            GlueStartJobRun("T", "etl").JobArguments(new Dictionary<string, object> { ["--day"] = Input.At("$.day") }).RunToCompletion());

        Same([Statement("RunGlueJobs", Actions("glue:StartJobRun"), Any)], requestResponse);
        Same([Statement("RunGlueJobs", Actions("glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun"), Any)], sync);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/databrew-iam.html: the job; .sync adds ListJobRuns and StopJobRun.</summary>
    [Fact]
    public void DataBrew_start_job_run_is_allowed_on_the_job()
    {
        var statements = Role(Task("T", "arn:aws:states:::databrew:startJobRun.sync").Parameters(new { Name = "clean-orders" }));

        Same([Statement("RunDataBrewJobs", Actions("databrew:StartJobRun", "databrew:ListJobRuns", "databrew:StopJobRun"), InStack("databrew", "job/clean-orders"))], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html ("IAM policies for calling Amazon Athena",
    /// StartQueryExecution, Run a Job, static resources): Athena on the workgroup and data catalogs (the current page adds
    /// GetWorkGroup, BatchGetQueryExecution, GetQueryResults and ListQueryExecutions for .sync), and the S3, Glue Data
    /// Catalog and Lake Formation actions a query needs.
    /// </summary>
    [Fact]
    public void Athena_start_query_execution_is_allowed_on_its_workgroup_with_what_a_query_reads_and_writes()
    {
        var statements = Role(Task("T", "arn:aws:states:::athena:startQueryExecution.sync").Parameters(new
        {
            QueryString = "SELECT 1", WorkGroup = "analytics", ResultConfiguration = new { OutputLocation = "s3://results/athena/" },
        }), AthenaStartQueryExecution("T", "SELECT 1").WorkGroup("analytics").OutputLocation("s3://results/athena/").RunToCompletion());

        Same(
        [
            Statement("RunAthenaQueries", Actions("athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution", "athena:GetDataCatalog",
                "athena:GetWorkGroup", "athena:BatchGetQueryExecution", "athena:GetQueryResults", "athena:ListQueryExecutions"),
                InStack("athena", "workgroup/analytics"), InStack("athena", "datacatalog/*")),
            Statement("AthenaQueryData", Actions("s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts",
                "s3:AbortMultipartUpload", "s3:CreateBucket", "s3:PutObject"), Sub("arn:${AWS::Partition}:s3:::*")),
            Statement("AthenaDataCatalog", Actions("glue:CreateDatabase", "glue:GetDatabase", "glue:GetDatabases", "glue:UpdateDatabase", "glue:DeleteDatabase",
                "glue:CreateTable", "glue:UpdateTable", "glue:GetTable", "glue:GetTables", "glue:DeleteTable", "glue:BatchDeleteTable", "glue:BatchCreatePartition",
                "glue:CreatePartition", "glue:UpdatePartition", "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition", "glue:DeletePartition",
                "glue:BatchDeletePartition"), InStack("glue", "catalog"), InStack("glue", "database/*"), InStack("glue", "table/*"), InStack("glue", "userDefinedFunction/*")),
            Statement("AthenaDataAccess", Actions("lakeformation:GetDataAccess"), Any),
        ], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html (Request Response): the primary workgroup when none is named.</summary>
    [Fact]
    public void Athena_request_response_without_a_workgroup_uses_the_primary_workgroup()
    {
        var statements = Role(Task("T", "arn:aws:states:::athena:startQueryExecution").Parameters(new { QueryString = "SELECT 1" }),
            AthenaStartQueryExecution("T", "SELECT 1").Database("sales"));

        Assert.Equal(Statement("RunAthenaQueries", Actions("athena:StartQueryExecution", "athena:GetDataCatalog"), InStack("athena", "workgroup/primary"), InStack("athena", "datacatalog/*")),
            statements[0]);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html (createCluster): RunJobFlow, DescribeCluster,
    /// TerminateJobFlows on "*", iam:PassRole on the cluster's roles, and the rule StepFunctionsGetEventForEMRRunJobFlowRule.
    /// </summary>
    [Fact]
    public void EMR_create_cluster_creates_tracks_terminates_and_passes_its_roles()
    {
        var statements = Role(Task("T", "arn:aws:states:::elasticmapreduce:createCluster.sync").Parameters(new
        {
            Name = "etl", ReleaseLabel = "emr-7.0.0", ServiceRole = "EMR_DefaultRole", JobFlowRole = "EMR_EC2_DefaultRole", Instances = new { KeepJobFlowAliveWhenNoSteps = true },
        }));

        Same(
        [
            Statement("CreateEmrClusters", Actions("elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows"), Any),
            Statement("PassRoles", Actions("iam:PassRole"),
                Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_DefaultRole"), Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_EC2_DefaultRole")),
            Rule("StepFunctionsGetEventForEMRRunJobFlowRule"),
        ], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html (addStep): the cluster, DescribeStep and CancelSteps, and its rule.</summary>
    [Fact]
    public void EMR_add_step_is_allowed_on_the_cluster()
    {
        var statements = Role(Task("T", "arn:aws:states:::elasticmapreduce:addStep.sync").Parameters(new
        {
            ClusterId = "j-123ABC", Step = new { Name = "s", HadoopJarStep = new { Jar = "command-runner.jar" } },
        }));

        Same(
        [
            Statement("AddEmrSteps", Actions("elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps"), InStack("elasticmapreduce", "cluster/j-123ABC")),
            Rule("StepFunctionsGetEventForEMRAddJobFlowStepsRule"),
        ], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam (StartJobRun, Run a Job, static
    /// resources): StartJobRun on the application, iam:PassRole on the execution role to EMR Serverless, GetJobRun and
    /// CancelJobRun on its job runs, and the rule StepFunctionsGetEventsForEMRServerlessJobRule.
    /// </summary>
    [Fact]
    public void EMR_Serverless_start_job_run_is_allowed_on_the_application_and_its_job_runs()
    {
        var statements = Role(Task("T", "arn:aws:states:::emr-serverless:startJobRun.sync").Parameters(new
        {
            ApplicationId = "00f1abc", ExecutionRoleArn = "arn:aws:iam::123456789012:role/emr-job", JobDriver = new { SparkSubmit = new { EntryPoint = "s3://code/main.py" } },
        }));

        Same(
        [
            Statement("StartEmrServerlessJobRuns", Actions("emr-serverless:StartJobRun"), InStack("emr-serverless", "/applications/00f1abc")),
            Statement("PassRoles", Actions("iam:PassRole"), [Literal("arn:aws:iam::123456789012:role/emr-job")], PassedTo("emr-serverless.amazonaws.com")),
            Statement("TrackEmrServerlessJobRuns", Actions("emr-serverless:GetJobRun", "emr-serverless:CancelJobRun"), InStack("emr-serverless", "/applications/00f1abc/jobruns/*")),
            Rule("StepFunctionsGetEventsForEMRServerlessJobRule"),
        ], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr-serverless.html#emr-serverless-iam (CancelJobRun):
    /// the job run itself when both IDs are written; a run ID from the input is every run of the application, explained.
    /// </summary>
    [Fact]
    public void EMR_Serverless_cancel_job_run_is_allowed_on_that_run_or_explains_the_wildcard()
    {
        var named = Role(Task("T", "arn:aws:states:::emr-serverless:cancelJobRun").Parameters(new { ApplicationId = "00f1abc", JobRunId = "00run1" }));
        var (fromInput, _, notes) = Grant(Task("T", "arn:aws:states:::emr-serverless:cancelJobRun").Parameters(new { ApplicationId = "00f1abc", JobRunId = Input.At("$.run") }));

        Same([Statement("CancelEmrServerlessJobRuns", Actions("emr-serverless:CancelJobRun"), InStack("emr-serverless", "/applications/00f1abc/jobruns/00run1"))], named);
        Same([Statement("CancelEmrServerlessJobRuns", Actions("emr-serverless:CancelJobRun"), InStack("emr-serverless", "/applications/00f1abc/jobruns/*"))], fromInput);
        Assert.Equal(("ASL0902", "/States/T/Parameters/JobRunId.$"), (Assert.Single(notes).Code, notes[0].Pointer));
    }
}
