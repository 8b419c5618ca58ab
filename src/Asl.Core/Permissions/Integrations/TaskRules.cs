using System;
using System.Collections.Generic;
using Asl.Model;

namespace Asl.Permissions.Integrations;

/// <summary>Reads a Task's Resource and hands the call to the rules of its integration.</summary>
internal static class TaskRules
{
    private static readonly Dictionary<string, Action<TaskCall>> Optimized = new(StringComparer.Ordinal)
    {
        ["lambda"] = LambdaRules.Optimized,
        ["states"] = StepFunctionsRules.Optimized,
        ["sns"] = MessagingRules.Sns,
        ["sqs"] = MessagingRules.Sqs,
        ["events"] = MessagingRules.EventBridge,
        ["dynamodb"] = DynamoDbRules.Optimized,
        ["ecs"] = ContainerRules.Ecs,
        ["batch"] = ContainerRules.Batch,
        ["eks"] = ContainerRules.Eks,
        ["glue"] = DataRules.Glue,
        ["databrew"] = DataRules.DataBrew,
        ["athena"] = DataRules.Athena,
        ["elasticmapreduce"] = DataRules.Emr,
        ["emr-serverless"] = DataRules.EmrServerless,
        ["emr-containers"] = DataRules.EmrOnEks,
        ["codebuild"] = BuildRules.CodeBuild,
        ["apigateway"] = HttpRules.ApiGateway,
        ["http"] = HttpRules.HttpInvoke,
        ["sagemaker"] = MachineLearningRules.SageMaker,
        ["bedrock"] = MachineLearningRules.Bedrock,
        ["mediaconvert"] = BuildRules.MediaConvert,
    };

    public static void Derive(Derivation derivation, StateSite site, TaskState task)
    {
        if (task.Credentials is not null)
        {
            Credentials(derivation, site, task);
            return;
        }
        var resource = task.Resource ?? "";
        if (Integration(resource) is var (service, api, pattern))
        {
            var call = new TaskCall(derivation, site, task, service, api, pattern);
            if (service == "aws-sdk") AwsSdkRules.Derive(call);
            else if (Optimized.TryGetValue(service, out var rule)) rule(call);
            else
                call.NotGranted(site.Field("Resource"),
                    $"calls {resource}, an integration whose permissions Asl does not know; add a statement for the API it calls to the role (see docs/deploy.md)");
            return;
        }
        if (Arns.IsWholePlaceholder(resource))
        {
            // A Resource filled by DefinitionSubstitutions is a Lambda function, as the generator's substitutions take it.
            LambdaRules.InvokeFunction(derivation, ArnPattern.Text(resource), ArnPattern.Text(resource + ":*"));
            return;
        }
        var parts = Arns.Parts(resource);
        if (parts is { Length: >= 7 } && parts[2] == "lambda" && parts[5] == "function")
        {
            LambdaRules.InvokeLiteral(derivation, resource);
            return;
        }
        if (parts is { Length: >= 7 } && parts[2] == "states" && parts[5] == "activity")
            return; // workers poll activities with their own credentials; the state machine needs nothing
        derivation.Note(PermissionNoteKind.NotGranted, site.Name, site.Field("Resource"),
            $"State '{site.Name}' uses the resource '{resource}', which is no service integration, Lambda function or activity, so the template grants nothing for it.");
    }

    /// <summary>
    /// For <c>arn:PARTITION:states:REGION?:ACCOUNT?:SERVICE:API[.PATTERN]</c>, the service, the API and the pattern
    /// suffix; null for any other text (state machine, activity and execution ARNs included).
    /// </summary>
    public static (string Service, string Api, string Pattern)? Integration(string resource)
    {
        if (Arns.Parts(resource) is not { Length: >= 7 } parts || parts[2] != "states") return null;
        var service = parts[5];
        if (service is "stateMachine" or "activity" or "execution" or "express" or "mapRun" or "stateMachineVersion" or "stateMachineAlias") return null;
        var api = string.Join(":", parts, 6, parts.Length - 6);
        foreach (var pattern in new[] { ".sync:2", ".sync", ".waitForTaskToken" })
        {
            if (api.EndsWith(pattern, StringComparison.Ordinal)) return (service, api.Substring(0, api.Length - pattern.Length), pattern);
        }
        return (service, api, "");
    }

    /// <summary>
    /// A Task that runs as another role calls the service with that role's credentials, which must allow the call;
    /// this machine's role only needs to assume it.
    /// </summary>
    private static void Credentials(Derivation derivation, StateSite site, TaskState task)
    {
        var call = new TaskCall(derivation, site, task, "", "", "");
        var role = FieldValue.Root(task.Credentials, "Credentials", site.Field("Credentials"), site.IsJsonAta).Field("RoleArn");
        var actions = TaskCall.Actions("sts:AssumeRole");
        if (role.IsMissing) return;
        if (call.ArnTarget(role, ArnPattern.Any, actions) is { } target) call.Grant("AssumeTaskRoles", actions, target);
    }
}
