using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>AWS CodeBuild and AWS Elemental MediaConvert, each through a raw Task(...), its typed builder and as JSON.</summary>
public sealed class BuildAndMediaPermissionTests
{
    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html (StartBuild, static resources): the
    /// project; .sync adds StopBuild and BatchGetBuilds and the rule StepFunctionsGetEventForCodeBuildStartBuildRule.
    /// </summary>
    [Fact]
    public void CodeBuild_start_build_is_allowed_on_the_project()
    {
        var requestResponse = Role(Task("T", "arn:aws:states:::codebuild:startBuild").Parameters(new { ProjectName = "orders-ci" }), CodeBuildStartBuild("T", "orders-ci"));
        var sync = Role(Task("T", "arn:aws:states:::codebuild:startBuild.sync").Parameters(new { ProjectName = "orders-ci" }),
            CodeBuildStartBuild("T", "orders-ci").SourceVersion(Input.At("$.commit")).EnvironmentVariable("STAGE", "prod").RunToCompletion());

        Same([Statement("RunBuilds", Actions("codebuild:StartBuild"), InStack("codebuild", "project/orders-ci"))], requestResponse);
        Same(
        [
            Statement("RunBuilds", Actions("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds"), InStack("codebuild", "project/orders-ci")),
            Rule("StepFunctionsGetEventForCodeBuildStartBuildRule"),
        ], sync);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html (StartBuild, dynamic resources): arn:aws:codebuild:REGION:*:project/*.</summary>
    [Fact]
    public void CodeBuild_project_from_the_input_is_every_project()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::codebuild:startBuild").Parameters(new { ProjectName = Input.At("$.project") }),
            CodeBuildStartBuild("T", Input.At("$.project")));

        Same([Statement("RunBuilds", Actions("codebuild:StartBuild"), Sub("arn:${AWS::Partition}:codebuild:${AWS::Region}:*:project/*"))], role);
        Assert.Equal("ASL0902", Assert.Single(notes).Code);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html (StartBuildBatch, dynamic resources): unlike
    /// StartBuild's, AWS's template keeps the account: arn:aws:codebuild:REGION:ACCOUNT:project/*.
    /// </summary>
    [Fact]
    public void CodeBuild_build_batch_project_from_the_input_is_every_project_of_the_account()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::codebuild:startBuildBatch.sync").Parameters(new { ProjectName = Input.At("$.project") }));

        Same(
        [
            Statement("RunBuildBatches", Actions("codebuild:StartBuildBatch", "codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches"), InStack("codebuild", "project/*")),
            Rule("StepFunctionsGetEventForCodeBuildStartBuildBatchRule"),
        ], role);
        Assert.Equal("ASL0902", Assert.Single(notes).Code);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/mediaconvert-iam.html: "*" (partial resource-level support),
    /// .sync adds GetJob, CancelJob and the rule StepFunctionsGetEventsForMediaConvertJobRule; iam:PassRole on the job's role
    /// (AWS's template allows every role; the role the job names is enough).
    /// </summary>
    [Fact]
    public void MediaConvert_create_job_passes_the_job_role_and_is_allowed_on_every_resource()
    {
        var statements = Role(Task("T", "arn:aws:states:::mediaconvert:createJob.sync").Parameters(new
        {
            Role = "arn:aws:iam::123456789012:role/MediaConvertRole", Settings = new { OutputGroups = new object[0] },
        }));

        Same(
        [
            Statement("PassRoles", Actions("iam:PassRole"), Literal("arn:aws:iam::123456789012:role/MediaConvertRole")),
            Statement("RunMediaConvertJobs", Actions("mediaconvert:CreateJob", "mediaconvert:GetJob", "mediaconvert:CancelJob"), Any),
            Rule("StepFunctionsGetEventsForMediaConvertJobRule"),
        ], statements);
    }
}
