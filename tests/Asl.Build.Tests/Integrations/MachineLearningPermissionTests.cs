using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>Amazon SageMaker AI and Amazon Bedrock, each through a raw Task(...), its typed builder and as JSON.</summary>
public sealed class MachineLearningPermissionTests
{
    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html (CreateTrainingJob, Run a Job, static
    /// resources): create, describe and stop on training-job/NAME*, sagemaker:ListTags and AddTags on "*" (AddTags since the current page), iam:PassRole on the job's
    /// role to SageMaker, and the rule StepFunctionsGetEventsForSageMakerTrainingJobsRule. SageMaker ARNs spell names in lower case.
    /// </summary>
    [Fact]
    public void SageMaker_training_job_is_allowed_on_that_job_and_passes_its_role()
    {
        var statements = Role(Task("T", "arn:aws:states:::sagemaker:createTrainingJob.sync").Parameters(new
        {
            TrainingJobName = "Churn-2024", RoleArn = "arn:aws:iam::123456789012:role/sagemaker-training", AlgorithmSpecification = new { TrainingInputMode = "File" },
        }));

        Same(
        [
            Statement("RunTrainingJobs", Actions("sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob"), InStack("sagemaker", "training-job/churn-2024*")),
            Statement("SageMakerTags", Actions("sagemaker:ListTags", "sagemaker:AddTags"), Any),
            Rule("StepFunctionsGetEventsForSageMakerTrainingJobsRule"),
            Statement("PassRoles", Actions("iam:PassRole"), [Literal("arn:aws:iam::123456789012:role/sagemaker-training")], PassedTo("sagemaker.amazonaws.com")),
        ], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html (CreateTransformJob, Request Response, static resources).</summary>
    [Fact]
    public void SageMaker_transform_job_is_allowed_on_that_job()
    {
        var statements = Role(Task("T", "arn:aws:states:::sagemaker:createTransformJob").Parameters(new { TransformJobName = "score", ModelName = "churn" }));

        Same(
        [
            Statement("RunTransformJobs", Actions("sagemaker:CreateTransformJob"), InStack("sagemaker", "transform-job/score*")),
            Statement("SageMakerTags", Actions("sagemaker:ListTags", "sagemaker:AddTags"), Any),
        ], statements);
    }

    /// <summary>SageMaker endpoints (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemakerai.html): the endpoint.</summary>
    [Fact]
    public void SageMaker_create_endpoint_is_allowed_on_that_endpoint()
    {
        var statements = Role(Task("T", "arn:aws:states:::sagemaker:createEndpoint").Parameters(new { EndpointName = "Churn", EndpointConfigName = "churn-v1" }));

        Same(
        [
            Statement("SageMakerCreateEndpoint", Actions("sagemaker:CreateEndpoint"), InStack("sagemaker", "endpoint/churn")),
            Statement("SageMakerTags", Actions("sagemaker:ListTags", "sagemaker:AddTags"), Any),
        ], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html ("IAM policy example to access a specific
    /// foundation model using InvokeModel"): bedrock:InvokeModel on <c>arn:aws:bedrock:REGION::foundation-model/ID</c>. The
    /// S3 objects the optimized integration reads its Input from and writes its Output to are not in the part of the page
    /// the search corpus holds; they follow https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html (Input, Output).
    /// </summary>
    [Fact]
    public void Bedrock_invoke_model_is_allowed_on_the_model_and_its_S3_input_and_output()
    {
        var statements = Role(Task("T", "arn:aws:states:::bedrock:invokeModel").Parameters(new
        {
            ModelId = "anthropic.claude-3-haiku-20240307-v1:0",
            Input = new { S3Uri = "s3://prompts/orders/prompt.json" },
            Output = new { S3Uri = "s3://answers/orders/" },
        }), BedrockInvokeModel("T", "anthropic.claude-3-haiku-20240307-v1:0").InputFromS3("s3://prompts/orders/prompt.json").OutputToS3("s3://answers/orders/"));

        Same(
        [
            Statement("InvokeModels", Actions("bedrock:InvokeModel"), Sub("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0")),
            Statement("ReadModelInput", Actions("s3:GetObject"), Sub("arn:${AWS::Partition}:s3:::prompts/orders/prompt.json")),
            Statement("WriteModelOutput", Actions("s3:PutObject"), Sub("arn:${AWS::Partition}:s3:::answers/orders/*")),
        ], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html ("... a specific provisioned model using
    /// InvokeModel"): a model given by ARN (provisioned, custom) is that model.
    /// </summary>
    [Fact]
    public void Bedrock_model_given_by_ARN_is_that_model()
    {
        const string provisioned = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/c2oi931ulksx";

        var statements = Role(Task("T", "arn:aws:states:::bedrock:invokeModel").Parameters(new { ModelId = provisioned, Body = new { prompt = "hi" } }),
            BedrockInvokeModel("T", provisioned).Body(new { prompt = "hi" }));

        Same([Statement("InvokeModels", Actions("bedrock:InvokeModel"), Literal(provisioned))], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html: a cross-Region inference profile
    /// is authorized on the profile and on the foundation model in the Regions it routes to, by ARN or by ID alike.
    /// </summary>
    [Theory]
    [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0")]
    [InlineData("us.anthropic.claude-3-haiku-20240307-v1:0")]
    public void Bedrock_inference_profile_is_allowed_with_the_model_it_routes_to(string modelId)
    {
        var profile = modelId.StartsWith("arn:", StringComparison.Ordinal)
            ? Literal(modelId)
            : Sub("arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}:inference-profile/" + modelId);
        var statements = Role(Task("T", "arn:aws:states:::bedrock:invokeModel").Parameters(new { ModelId = modelId, Body = new { prompt = "hi" } }),
            BedrockInvokeModel("T", modelId).Body(new { prompt = "hi" }));

        Same(
        [
            Statement("InvokeModels", Actions("bedrock:InvokeModel"), profile,
                Sub("arn:${AWS::Partition}:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0")),
        ], statements);
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html ("Full access IAM policy example to use
    /// InvokeModel"): a model from the input is any foundation or provisioned model of the Region, explained as ASL0902.
    /// </summary>
    [Fact]
    public void Bedrock_model_from_the_input_is_any_foundation_or_provisioned_model_of_the_Region()
    {
        var (role, _, notes) = Grant(Task("T", "arn:aws:states:::bedrock:invokeModel").Parameters(new { ModelId = Input.At("$.model"), Body = new { prompt = "hi" } }),
            BedrockInvokeModel("T", Input.At("$.model")).Body(new { prompt = "hi" }));

        Same(
        [
            Statement("InvokeModels", Actions("bedrock:InvokeModel"),
                Sub("arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/*"), InStack("bedrock", "provisioned-model/*")),
        ], role);
        Assert.Equal(("ASL0902", "/States/T/Parameters/ModelId.$"), (Assert.Single(notes).Code, notes[0].Pointer));
    }
}
