using System.Collections.Generic;

namespace Asl.Permissions.Integrations;

/// <summary>
/// AWS CodeBuild (https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html) and AWS Elemental
/// MediaConvert (https://docs.aws.amazon.com/step-functions/latest/dg/mediaconvert-iam.html).
/// </summary>
internal static class BuildRules
{
    // AWS's dynamic templates: builds on any account's project of the Region, build batches on the stack's account's.
    private static readonly ArnPattern AnyProject = ArnPattern.Text("arn:${AWS::Partition}:codebuild:${AWS::Region}:*:project/*");
    private static readonly ArnPattern AnyAccountProject = ArnPattern.InStack("codebuild", "project/*");

    public static void CodeBuild(TaskCall call)
    {
        string[] actions;
        switch (call.Api)
        {
            case "startBuild":
                actions = call.RunsJob ? TaskCall.Actions("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds") : TaskCall.Actions("codebuild:StartBuild");
                call.Grant("RunBuilds", actions, Project(call, call.Field("ProjectName"), actions));
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventForCodeBuildStartBuildRule");
                return;
            case "startBuildBatch":
                actions = call.RunsJob
                    ? TaskCall.Actions("codebuild:StartBuildBatch", "codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches")
                    : TaskCall.Actions("codebuild:StartBuildBatch");
                call.Grant("RunBuildBatches", actions, Project(call, call.Field("ProjectName"), actions, AnyAccountProject));
                if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventForCodeBuildStartBuildBatchRule");
                return;
            case "retryBuildBatch":
                actions = call.RunsJob
                    ? TaskCall.Actions("codebuild:RetryBuildBatch", "codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches")
                    : TaskCall.Actions("codebuild:RetryBuildBatch");
                call.Grant("RetryBuildBatches", actions, ProjectOfBuild(call, call.Field("Id"), actions, AnyAccountProject));
                return;
            case "stopBuild":
            case "stopBuildBatch":
            case "deleteBuildBatch":
                actions = TaskCall.Actions("codebuild:" + AwsSdkRules.Pascal(call.Api));
                call.Grant("ManageBuilds", actions, ProjectOfBuild(call, call.Field("Id"), actions, call.Api == "stopBuild" ? AnyProject : AnyAccountProject));
                return;
            case "batchDeleteBuilds":
                actions = TaskCall.Actions("codebuild:BatchDeleteBuilds");
                var ids = call.Field("Ids");
                var projects = new List<ArnPattern>();
                foreach (var id in ids.Items()) projects.Add(ProjectOfBuild(call, id, actions, AnyProject));
                if (projects.Count == 0) projects.Add(call.Wide(ids.Pointer, ids.IsDynamic ? ids.Text : "names no build Ids", AnyProject, actions));
                call.Grant("ManageBuilds", actions, projects);
                return;
            case "batchGetReports":
                actions = TaskCall.Actions("codebuild:BatchGetReports");
                var reports = call.Field("ReportArns");
                var groups = new List<ArnPattern>();
                foreach (var report in reports.Items())
                    groups.Add(call.Target(report, ReportGroup, ArnPattern.Text("arn:${AWS::Partition}:codebuild:${AWS::Region}:*:report-group/*"), actions));
                if (groups.Count == 0) groups.Add(call.Wide(reports.Pointer, reports.IsDynamic ? reports.Text : "names no ReportArns", ArnPattern.Text("arn:${AWS::Partition}:codebuild:${AWS::Region}:*:report-group/*"), actions));
                call.Grant("ReadBuildReports", actions, groups);
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no AWS CodeBuild integration Step Functions offers");
                return;
        }
    }

    private static ArnPattern Project(TaskCall call, FieldValue name, string[] actions, ArnPattern? wildcard = null) =>
        call.Target(name, text => Arns.NameOrArn(text, "codebuild", "project/"), wildcard ?? AnyProject, actions);

    /// <summary>The project of a build or build batch ID (<c>PROJECT:UUID</c>, or its ARN).</summary>
    private static ArnPattern ProjectOfBuild(TaskCall call, FieldValue id, string[] actions, ArnPattern wildcard) =>
        call.Target(id, text =>
        {
            var build = Arns.Parts(text) is { Length: >= 7 } parts ? parts[5].Substring(parts[5].IndexOf('/') + 1) : text;
            var colon = build.IndexOf(':');
            return colon > 0 ? ArnPattern.InStack("codebuild", "project/" + build.Substring(0, colon)) : wildcard;
        }, wildcard, actions);

    /// <summary>The report group of a report ARN (<c>arn:...:report/GROUP:UUID</c>).</summary>
    private static ArnPattern ReportGroup(string text)
    {
        if (Arns.Parts(text) is not { Length: >= 6 } parts || !parts[5].StartsWith("report/", System.StringComparison.Ordinal)) return ArnPattern.Text(text);
        return ArnPattern.Text(string.Join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "report-group/" + parts[5].Substring("report/".Length)));
    }

    /// <summary>
    /// mediaconvert:CreateJob (run to completion also GetJob and CancelJob) on every resource, as AWS documents (MediaConvert
    /// supports resource-level permissions only in part), and iam:PassRole on the job's role.
    /// </summary>
    public static void MediaConvert(TaskCall call)
    {
        if (call.Api != "createJob")
        {
            call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no MediaConvert integration Step Functions offers; use mediaconvert:createJob");
            return;
        }
        call.PassRole(call.Field("Role"), null);
        var actions = call.RunsJob ? TaskCall.Actions("mediaconvert:CreateJob", "mediaconvert:GetJob", "mediaconvert:CancelJob") : TaskCall.Actions("mediaconvert:CreateJob");
        call.Grant("RunMediaConvertJobs", actions, ArnPattern.Any.Because("MediaConvert supports resource-level permissions only in part; AWS documents \"*\""));
        if (call.RunsJob) call.ManagedRule("StepFunctionsGetEventsForMediaConvertJobRule");
    }
}
