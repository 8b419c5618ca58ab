using Asl.Diagnostics;
using Asl.Json;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>E10, N02 and E20: what a Task's Resource may name, and what EXPRESS executions cannot run.</summary>
public sealed class ResourceTests
{
    private const string ResourcePointer = "/States/Work/Resource";

    [Theory]
    [InlineData("arn:aws:states:::lambda:invoke")]
    [InlineData("arn:aws:states:::lambda:invoke.waitForTaskToken")]
    [InlineData("arn:aws:states:::states:startExecution.sync:2")]
    [InlineData("arn:aws:states:::ecs:runTask.sync")]
    [InlineData("arn:aws:states:::emr-serverless:startJobRun.sync")]
    [InlineData("arn:aws:states:::aws-sdk:s3:getObject")]
    [InlineData("arn:aws:states:::aws-sdk:sfn:startExecution.waitForTaskToken")]
    [InlineData("arn:aws:states:::http:invoke")]
    [InlineData("arn:aws:states:us-east-1:123456789012:activity:ManualReview")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:ChargeCard")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:ChargeCard:$LATEST")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:ChargeCard:7")]
    [InlineData("arn:aws:lambda:eu-west-1:123456789012:function:ChargeCard:live")]
    [InlineData("arn:aws-cn:states:::lambda:invoke")]
    [InlineData("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:F")]
    [InlineData("arn:aws-iso:states:::lambda:invoke")]
    [InlineData("arn:aws-iso-b:states:us-isob-east-1:123456789012:activity:A")]
    [InlineData("arn:aws-iso-e:states:::sqs:sendMessage")]
    [InlineData("arn:aws-iso-f:states:::sns:publish")]
    [InlineData("arn:aws-eusc:states:::dynamodb:putItem")]
    [InlineData("${ChargeCardFunctionArn}")]
    [InlineData("arn:${AWS::Partition}:states:::lambda:invoke")]
    [InlineData("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:${FunctionNameAndAlias}")]
    [InlineData("${FunctionArn}:live")]
    [InlineData("arn:aws:states:::${Service}:${Api}")]
    public void Resource_of_a_known_shape_is_accepted(string resource) => AssertClean(ResourceMachine(resource));

    [Theory]
    [InlineData("lambda:invoke", "does not start with \"arn:\"")]
    [InlineData("arn:aws", "too few colon-separated parts")]
    [InlineData("arn:azure:states:::lambda:invoke", "\"azure\" is not an AWS partition")]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:queue", "cannot run a \"sqs\" ARN directly")]
    [InlineData("arn:aws:states:::lambda", "lacks its API name")]
    [InlineData("arn:aws:states:::aws-sdk:s3", "lacks its action")]
    [InlineData("arn:aws:states:::Lambda:invoke", "\"Lambda\" is not a service name")]
    [InlineData("arn:aws:states:::lambda:invoke-now", "\"invoke-now\" is not an API name")]
    [InlineData("arn:aws:states:::lambda:invoke:extra", "a service integration is \"service:api\"")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine:Child", "cannot run a state machine ARN")]
    [InlineData("arn:aws:states:us-east-1:123456789012:activity:A.sync", "an activity takes no")]
    [InlineData("arn:aws:states:useast1:123456789012:activity:A", "\"useast1\" is not an AWS Region")]
    [InlineData("arn:aws:states:us-east-1:1234:activity:A", "\"1234\" is not an AWS account id")]
    [InlineData("arn:aws:states:us-east-1:123456789012:activity", "the activity name is missing")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:layer:Shared", "\"layer\" is not \"function\"")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:Bad.Name", "is not a Lambda function name")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:F:v.1", "is not a function version or alias")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:F.waitForTaskToken", "takes no suffix")]
    public void Resource_that_is_not_a_runnable_ARN_is_reported_at_Resource(string resource, string reason)
    {
        var finding = AssertSingle(ResourceMachine(resource), AslRules.InvalidResource, ResourcePointer);
        Assert.Contains(reason, finding.Message);
    }

    [Fact]
    public void Missing_Resource_is_left_to_the_reader()
    {
        // The reader reports the missing field and gives the model an empty Resource.
        var read = AslReader.Read("""{ "StartAt": "Work", "States": { "Work": { "Type": "Task", "End": true } } }""");
        Assert.Contains(read.Diagnostics, d => d.Pointer == "/States/Work");
        Assert.Empty(Findings(read.Machine!));
    }

    [Fact]
    public void JSONata_Resource_is_left_to_the_language_rules() =>
        AssertAbsent(TaskMachine("\"Resource\": \"{% 'arn:aws:states:::lambda:invoke' %}\"", "JSONata"), AslRules.InvalidResource);

    [Theory]
    [InlineData("Manual Review", "contains white space")]
    [InlineData("Review#1", "contains the character '#'")]
    [InlineData("Review$", "contains the character '$'")]
    public void Activity_name_that_AWS_cannot_create_is_reported_at_Resource(string name, string reason)
    {
        var finding = AssertSingle(ResourceMachine("arn:aws:states:us-east-1:123456789012:activity:" + name),
            AslRules.InvalidActivityName, ResourcePointer);
        Assert.Contains(reason, finding.Message);
    }

    [Fact]
    public void Activity_name_longer_than_80_characters_is_reported_and_80_are_accepted()
    {
        const string prefix = "arn:aws:states:us-east-1:123456789012:activity:";
        AssertSingle(ResourceMachine(prefix + new string('a', 81)), AslRules.InvalidActivityName, ResourcePointer);
        AssertClean(ResourceMachine(prefix + new string('a', 80)));
    }

    [Theory]
    [InlineData("arn:aws:states:::states:startExecution.sync", "the \".sync\" (run a job) integration pattern")]
    [InlineData("arn:aws:states:::states:startExecution.sync:2", "the \".sync\" (run a job) integration pattern")]
    [InlineData("arn:aws:states:::sqs:sendMessage.waitForTaskToken", "the \".waitForTaskToken\" (callback) integration pattern")]
    [InlineData("arn:aws:states:us-east-1:123456789012:activity:Review", "activities")]
    [InlineData("arn:${AWS::Partition}:states:::ecs:runTask.sync", "the \".sync\" (run a job) integration pattern")]
    public void Express_machine_running_a_job_callback_or_activity_is_reported_at_Resource(string resource, string what)
    {
        var finding = AssertSingle(ResourceMachine(resource), AslRules.ExpressUnsupportedResource, ResourcePointer, Express);
        Assert.Contains("an EXPRESS state machine cannot run " + what, finding.Message);
    }

    [Theory]
    [InlineData("arn:aws:states:::states:startExecution")]
    [InlineData("arn:aws:states:::lambda:invoke")]
    [InlineData("arn:aws:states:::aws-sdk:sfn:startSyncExecution")]
    public void Express_machine_calling_request_response_integrations_is_accepted(string resource) =>
        AssertClean(ResourceMachine(resource), Express);

    [Fact]
    public void Standard_machine_may_run_jobs_callbacks_and_activities()
    {
        AssertClean(ResourceMachine("arn:aws:states:::states:startExecution.sync:2"));
        AssertClean(ResourceMachine("arn:aws:states:us-east-1:123456789012:activity:Review"));
    }

    private static string DistributedMapRunning(string executionType, string resource) => $$"""
        {
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map", "End": true,
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "{{executionType}}" },
                "StartAt": "Call",
                "States": { "Call": { "Type": "Task", "Resource": "{{resource}}", "End": true } }
              }
            }
          }
        }
        """;

    [Fact]
    public void Express_child_executions_of_a_distributed_Map_cannot_wait_for_callbacks()
    {
        var finding = AssertSingle(DistributedMapRunning("EXPRESS", "arn:aws:states:::lambda:invoke.waitForTaskToken"),
            AslRules.ExpressUnsupportedResource, "/States/Each/ItemProcessor/States/Call/Resource");
        Assert.Contains("the EXPRESS child executions of Map state \"Each\" cannot run", finding.Message);
    }

    [Fact]
    public void Standard_child_executions_of_a_distributed_Map_in_an_Express_machine_may_wait_for_callbacks() =>
        AssertClean(DistributedMapRunning("STANDARD", "arn:aws:states:::lambda:invoke.waitForTaskToken"), Express);
}
