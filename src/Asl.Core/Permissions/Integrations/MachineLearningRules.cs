using System;

namespace Asl.Permissions.Integrations;

/// <summary>
/// Amazon SageMaker AI (https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html) and Amazon Bedrock
/// (https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html; inference profiles:
/// https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html).
/// </summary>
internal static class MachineLearningRules
{
    /// <summary>
    /// SageMaker jobs (create; run to completion also describe and stop, and the managed rule), endpoints, endpoint
    /// configurations and models. SageMaker ARNs spell names in lower case; <c>sagemaker:ListTags</c> and <c>AddTags</c> on every resource
    /// and <c>iam:PassRole</c> to SageMaker on the role a job runs as, as AWS documents.
    /// </summary>
    public static void SageMaker(TaskCall call)
    {
        switch (call.Api)
        {
            case "createTrainingJob":
                Job(call, "TrainingJob", "training-job", "TrainingJobName", "StepFunctionsGetEventsForSageMakerTrainingJobsRule");
                call.PassRole(call.Field("RoleArn"), "sagemaker.amazonaws.com");
                return;
            case "createTransformJob":
                Job(call, "TransformJob", "transform-job", "TransformJobName", "StepFunctionsGetEventsForSageMakerTransformJobsRule");
                return;
            case "createProcessingJob":
                Job(call, "ProcessingJob", "processing-job", "ProcessingJobName", null);
                call.PassRole(call.Field("RoleArn"), "sagemaker.amazonaws.com");
                return;
            case "createHyperParameterTuningJob":
                Job(call, "HyperParameterTuningJob", "hyper-parameter-tuning-job", "HyperParameterTuningJobName", null);
                call.PassRole(call.Field("TrainingJobDefinition", "RoleArn"), "sagemaker.amazonaws.com");
                return;
            case "createLabelingJob":
                Job(call, "LabelingJob", "labeling-job", "LabelingJobName", null);
                call.PassRole(call.Field("RoleArn"), "sagemaker.amazonaws.com");
                return;
            case "createEndpoint":
                Named(call, "CreateEndpoint", "endpoint", "EndpointName");
                return;
            case "updateEndpoint":
                Named(call, "UpdateEndpoint", "endpoint", "EndpointName", ("endpoint-config", "EndpointConfigName"));
                return;
            case "createEndpointConfig":
                Named(call, "CreateEndpointConfig", "endpoint-config", "EndpointConfigName");
                return;
            case "createModel":
                Named(call, "CreateModel", "model", "ModelName");
                call.PassRole(call.Field("ExecutionRoleArn"), "sagemaker.amazonaws.com");
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no SageMaker integration Step Functions offers");
                return;
        }
    }

    private static void Job(TaskCall call, string kind, string resource, string nameField, string? rule)
    {
        var actions = call.RunsJob
            ? TaskCall.Actions("sagemaker:Create" + kind, "sagemaker:Describe" + kind, "sagemaker:Stop" + kind)
            : TaskCall.Actions("sagemaker:Create" + kind);
        var job = call.Target(call.Field(nameField), name => ArnPattern.InStack("sagemaker", resource + "/" + Lower(name) + "*"),
            ArnPattern.InStack("sagemaker", resource + "/*"), actions);
        call.Grant("Run" + kind + "s", actions, job);
        Tags(call);
        if (call.RunsJob && rule is not null) call.ManagedRule(rule);
    }

    private static void Named(TaskCall call, string action, string resource, string nameField, params (string Resource, string Field)[] more)
    {
        var actions = TaskCall.Actions("sagemaker:" + action);
        var resources = new System.Collections.Generic.List<ArnPattern>
        {
            call.Target(call.Field(nameField), name => ArnPattern.InStack("sagemaker", resource + "/" + Lower(name)), ArnPattern.InStack("sagemaker", resource + "/*"), actions),
        };
        foreach (var (other, field) in more)
            resources.Add(call.Target(call.Field(field), name => ArnPattern.InStack("sagemaker", other + "/" + Lower(name)), ArnPattern.InStack("sagemaker", other + "/*"), actions));
        call.Grant("SageMaker" + action, actions, resources);
        Tags(call);
    }

    /// <summary>sagemaker:ListTags and sagemaker:AddTags on every resource, as AWS's templates grant them.</summary>
    private static void Tags(TaskCall call) =>
        call.Grant("SageMakerTags", TaskCall.Actions("sagemaker:ListTags", "sagemaker:AddTags"), ArnPattern.Any.Because("AWS documents \"*\" for sagemaker:ListTags and sagemaker:AddTags"));

    // A placeholder's value cannot be lowered here; its name is kept as written.
    private static string Lower(string name) => Arns.HasPlaceholder(name) ? name : name.ToLowerInvariant();

    /// <summary>Bedrock model invocation (and the S3 objects it reads and writes) and model customization jobs.</summary>
    public static void Bedrock(TaskCall call)
    {
        switch (call.Api)
        {
            case "invokeModel":
                InvokeModel(call, TaskCall.Actions("bedrock:InvokeModel"), "ModelId");
                S3Objects(call, call.Field("Input", "S3Uri"), "s3:GetObject", "ReadModelInput");
                S3Objects(call, call.Field("Output", "S3Uri"), "s3:PutObject", "WriteModelOutput");
                return;
            case "createModelCustomizationJob":
                var create = TaskCall.Actions("bedrock:CreateModelCustomizationJob");
                var baseModel = call.Target(call.Field("BaseModelIdentifier"), id => Models(id)[0], ArnPattern.Text("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*"), create);
                call.Grant("CustomizeModels", create, baseModel, ArnPattern.InStack("bedrock", "custom-model/*"), ArnPattern.InStack("bedrock", "model-customization-job/*"));
                if (call.RunsJob)
                    call.Grant("TrackModelCustomizationJobs", TaskCall.Actions("bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"), ArnPattern.InStack("bedrock", "model-customization-job/*"));
                call.PassRole(call.Field("RoleArn"), "bedrock.amazonaws.com");
                return;
            default:
                call.NotGranted(call.Pointer, $"calls {call.Resource}, which is no Amazon Bedrock integration Step Functions offers");
                return;
        }
    }

    /// <summary>
    /// bedrock:InvokeModel on the model a field names: a foundation model ID (in the stack's Region), a cross-Region
    /// inference profile (by ID or ARN: the profile, and the foundation model in every Region it may route to, as
    /// Bedrock authorizes both), or any other model ARN as it is (custom, provisioned, application inference profile).
    /// A model chosen at run time is any foundation or provisioned model of the stack's Region, as AWS's "full access"
    /// example grants.
    /// </summary>
    public static void InvokeModel(TaskCall call, string[] actions, string field)
    {
        var model = call.Field(field);
        if (model.IsText)
        {
            call.Grant("InvokeModels", actions, Models(model.Text));
            return;
        }
        var foundation = call.Target(model, ArnPattern.Text, ArnPattern.Text("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*"), actions);
        call.Grant("InvokeModels", actions, foundation, ArnPattern.InStack("bedrock", "provisioned-model/*").Because(foundation.Comment!));
    }

    /// <summary>The geography prefixes of cross-Region (system-defined) inference profile IDs, <c>us.anthropic.claude-...</c>.</summary>
    private static readonly string[] ProfileGeographies = { "us", "us-gov", "eu", "apac", "jp", "au", "global" };

    private static ArnPattern[] Models(string id)
    {
        if (Arns.IsWholePlaceholder(id)) return new[] { ArnPattern.Text(id) };
        var parts = Arns.Parts(id);
        var profile = parts is { Length: >= 6 } && parts[5].StartsWith("inference-profile/", StringComparison.Ordinal)
            ? string.Join(":", parts, 5, parts.Length - 5).Substring("inference-profile/".Length)
            : parts is null ? id : null;
        var geography = profile is null ? -1 : profile.IndexOf('.');
        if (profile is not null && geography > 0 && Array.IndexOf(ProfileGeographies, profile.Substring(0, geography)) >= 0)
        {
            var arn = parts is null ? ArnPattern.InStack("bedrock", "inference-profile/" + id) : ArnPattern.Text(id);
            var routed = ArnPattern.Text("arn:${AWS::Partition}:bedrock:*::foundation-model/" + profile.Substring(geography + 1))
                .Because($"the inference profile {profile} routes requests to the model in other Regions");
            return new[] { arn, routed };
        }
        return new[] { parts is null ? ArnPattern.Text("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/" + id) : ArnPattern.Text(id) };
    }

    /// <summary>An action on the object (or prefix) an <c>s3://BUCKET/KEY</c> URI names.</summary>
    public static void S3Objects(TaskCall call, FieldValue uri, string action, string sid)
    {
        if (uri.IsMissing) return;
        var actions = TaskCall.Actions(action);
        call.Grant(sid, actions, call.Target(uri, text => S3Rules.ObjectOfUri(text) ?? ArnPattern.Text("arn:${AWS::Partition}:s3:::*"), ArnPattern.Text("arn:${AWS::Partition}:s3:::*"), actions));
    }
}
