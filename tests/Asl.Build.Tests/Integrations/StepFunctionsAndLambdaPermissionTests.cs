using static Asl.Build.Tests.Integrations.IntegrationAssert;
using static Asl.States;

namespace Asl.Build.Tests.Integrations;

/// <summary>Lambda, Step Functions and activities through raw Task(...) states (the JSON forms are in PolicyDerivationTests).</summary>
public sealed class StepFunctionsAndLambdaPermissionTests
{
    private const string Child = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/lambda-iam.html: lambda:InvokeFunction on the function (and its versions and aliases).</summary>
    [Theory]
    [InlineData("arn:aws:states:::lambda:invoke")]
    [InlineData("arn:aws:states:::lambda:invoke.waitForTaskToken")]
    public void Lambda_invoke_is_allowed_on_the_function(string resource)
    {
        const string function = "arn:aws:lambda:us-east-1:123456789012:function:charge";

        var typed = LambdaInvoke("T", function).Payload(new { Token = Context.TaskToken });
        if (resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal)) typed.WaitForTaskToken();
        var statements = Role(Task("T", resource).Parameters(new { FunctionName = function, Payload = new { Token = Context.TaskToken } }), typed);

        Same([Statement("InvokeFunctions", Actions("lambda:InvokeFunction"), Literal(function), Literal(function + ":*"))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html, Synchronous: start, track, and the managed rule.</summary>
    [Theory]
    [InlineData("arn:aws:states:::states:startExecution.sync")]
    [InlineData("arn:aws:states:::states:startExecution.sync:2")]
    public void Step_Functions_run_to_completion_starts_tracks_and_learns_completion(string resource)
    {
        var statements = Role(Task("T", resource).Parameters(new { StateMachineArn = Child, Input = new { A = 1 } }),
            StartExecution("T", Child).Input(new { A = 1 }).RunToCompletion(outputAsJson: resource.EndsWith(":2", StringComparison.Ordinal)));

        Same(
        [
            Statement("StartChildExecutions", Actions("states:StartExecution"), Literal(Child)),
            Statement("TrackChildExecutions", Actions("states:DescribeExecution", "states:StopExecution"), Literal("arn:aws:states:us-east-1:123456789012:execution:Child:*")),
            Rule("StepFunctionsGetEventsForStepFunctionsExecutionRule", "ReceiveChildCompletion"),
        ], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html, Asynchronous: start only.</summary>
    [Theory]
    [InlineData("arn:aws:states:::states:startExecution")]
    [InlineData("arn:aws:states:::states:startExecution.waitForTaskToken")]
    [InlineData("arn:aws:states:::aws-sdk:sfn:startExecution")]
    public void Step_Functions_start_without_waiting_for_the_child_only_starts_it(string resource)
    {
        var typed = resource switch
        {
            "arn:aws:states:::states:startExecution" => StartExecution("T", Child).Input(new { Token = Context.TaskToken }),
            "arn:aws:states:::states:startExecution.waitForTaskToken" => StartExecution("T", Child).Input(new { Token = Context.TaskToken }).WaitForTaskToken(),
            _ => null,
        };
        var statements = Role(Task("T", resource).Parameters(new { StateMachineArn = Child, Input = new { Token = Context.TaskToken } }), typed);

        Same([Statement("StartChildExecutions", Actions("states:StartExecution"), Literal(Child))], statements);
    }

    /// <summary>https://docs.aws.amazon.com/step-functions/latest/dg/activities-iam.html: workers poll with their own credentials; the machine needs nothing.</summary>
    [Fact]
    public void An_activity_needs_nothing()
    {
        Assert.Empty(Role(Task("T", "arn:aws:states:us-east-1:123456789012:activity:review"),
            Activity("T", "arn:aws:states:us-east-1:123456789012:activity:review").Input(new { Order = Input.At("$.order") }).HeartbeatSeconds(60)));
    }
}
