using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

public class LambdaTaskTests
{
    private const string FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:Echo";

    private static string InvokeMachine(string functionName, string extra = "") => $$$$"""
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"{{{{functionName}}}}","Payload.$":"$"}{{{{extra}}}},"End":true}}}
        """;

    [Fact]
    public async Task Lambda_invoke_returns_the_Invoke_response_with_the_handler_result_as_Payload()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", invocation => invocation.Payload);

        var result = await engine.RunDefinitionAsync(InvokeMachine("Echo"), """{"a":1}""");
        var output = (AslJsonObject)result.OutputValue!;

        Assert.Equal("""{"a":1}""", JsonText.Write(output["Payload"]!));
        Assert.Equal("\"$LATEST\"", JsonText.Write(output["ExecutedVersion"]!));
        Assert.Equal("200", JsonText.Write(output["StatusCode"]!));
        Assert.Equal("200", JsonText.Write(((AslJsonObject)output["SdkHttpMetadata"]!)["HttpStatusCode"]!));
        Assert.NotNull(((AslJsonObject)output["SdkResponseMetadata"]!)["RequestId"]);
        Assert.Equal(new[] { "ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode" }, output.Properties.Select(p => p.Name));
    }

    [Fact]
    public async Task Lambda_invoke_records_the_task_events_AWS_records()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", invocation => invocation.Payload);

        var result = await engine.RunDefinitionAsync(InvokeMachine("Echo"));
        var history = engine.GetExecutionHistory(result.ExecutionArn);
        var scheduled = history.Single(e => e.Type == HistoryEventType.TaskScheduled);

        Assert.Equal(new[] { "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded" },
            history.Select(e => e.Type.ToString()));
        Assert.Equal(("lambda", "invoke", "us-east-1"), (scheduled.ResourceType, scheduled.Resource, scheduled.Region));
        Assert.Equal("""{"FunctionName":"Echo","Payload":{}}""", JsonText.Write(scheduled.Parameters!));
        Assert.Equal(new long[] { 0, 0, 2, 3, 4, 5, 6 }, history.Select(e => e.PreviousEventId));
    }

    [Theory]
    [InlineData("Echo")]
    [InlineData("Echo:live")]
    [InlineData(FunctionArn)]
    [InlineData(FunctionArn + ":3")]
    [InlineData("123456789012:function:Echo")]
    public async Task Any_function_reference_reaches_the_handler(string reference)
    {
        using var engine = Create();
        engine.RegisterLambda(FunctionArn, _ => AslJson.Of("hit"));

        var result = await engine.RunDefinitionAsync(InvokeMachine(reference));

        Assert.Equal("\"hit\"", JsonText.Write(((AslJsonObject)result.OutputValue!)["Payload"]!));
    }

    [Fact]
    public async Task A_plain_function_ARN_passes_the_input_and_returns_the_result_directly()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", invocation => new JsonObjectBuilder().Set("got", invocation.Payload).Build());

        var result = await engine.RunDefinitionAsync($$$$"""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"{{{{FunctionArn}}}}","End":true}}}""", """{"x":1}""");
        var history = engine.GetExecutionHistory(result.ExecutionArn);

        Assert.Equal("""{"got":{"x":1}}""", result.Output);
        Assert.Equal(new[] { "ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded" },
            history.Select(e => e.Type.ToString()));
        Assert.Equal(FunctionArn, history[2].Resource);
    }

    [Fact]
    public async Task A_function_error_uses_the_error_type_as_error_and_Lambda_error_JSON_as_cause()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", (LambdaHandler)((_, _) => throw new LambdaFunctionException("OrderRejected", "no stock")));

        var result = await engine.RunDefinitionAsync(InvokeMachine("Echo"));
        var cause = (AslJsonObject)JsonText.Parse(result.Cause!);

        Assert.Equal("OrderRejected", result.Error);
        Assert.Equal("\"no stock\"", JsonText.Write(cause["errorMessage"]!));
        Assert.Equal("\"OrderRejected\"", JsonText.Write(cause["errorType"]!));
        Assert.Equal(HistoryEventType.TaskFailed, engine.GetExecutionHistory(result.ExecutionArn)[^2].Type);
    }

    [Fact]
    public async Task Any_other_exception_reports_its_type_name()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", (Func<LambdaInvocation, AslJson>)(_ => throw new InvalidOperationException("broken")));

        var result = await engine.RunDefinitionAsync(InvokeMachine("Echo"));

        Assert.Equal("InvalidOperationException", result.Error);
    }

    [Fact]
    public async Task An_unregistered_function_fails_with_ResourceNotFound_and_says_how_to_register_it()
    {
        var result = await RunAsync(InvokeMachine("Nobody"));

        Assert.Equal("Lambda.ResourceNotFoundException", result.Error);
        Assert.EndsWith("The local engine has no handler or mock for the function 'Nobody'.", result.Cause);
    }

    [Fact]
    public async Task An_asynchronous_handler_is_awaited_without_moving_the_virtual_clock()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", async (invocation, cancellation) =>
        {
            await Task.Delay(20, cancellation);
            return invocation.Payload;
        });

        var result = await engine.RunDefinitionAsync(InvokeMachine("Echo"), """{"k":2}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(Start, result.StopDate);
    }

    [Fact]
    public async Task Another_resource_runs_its_registered_task_handler()
    {
        using var engine = Create();
        engine.RegisterTaskHandler("arn:aws:states:::sqs:sendMessage", (invocation, _) =>
            ValueTask.FromResult<AslJson>(new JsonObjectBuilder().Set("MessageId", "m-1").Set("Sent", invocation.Parameters).Build()));

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
              "Parameters":{"QueueUrl":"q","MessageBody.$":"$.m"},"End":true}}}
            """, """{"m":"hello"}""");

        Assert.Equal("""{"MessageId":"m-1","Sent":{"QueueUrl":"q","MessageBody":"hello"}}""", result.Output);
        Assert.Equal(("sqs", "sendMessage"), (engine.GetExecutionHistory(result.ExecutionArn)[2].ResourceType, engine.GetExecutionHistory(result.ExecutionArn)[2].Resource));
    }

    [Fact]
    public async Task A_resource_without_implementation_fails_with_States_Runtime_naming_it()
    {
        var result = await RunAsync("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:getItem","End":true}}}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.EndsWith("The local engine has no handler or mock for the resource 'arn:aws:states:::dynamodb:getItem' of the state 'T'.", result.Cause);
    }

    [Fact]
    public async Task ResultSelector_reshapes_the_result_before_ResultPath()
    {
        using var engine = Create();
        engine.RegisterLambda("Echo", _ => JsonText.Parse("""{"id":7,"noise":true}"""));

        var result = await engine.RunDefinitionAsync(InvokeMachine("Echo", ",\"ResultSelector\":{\"id.$\":\"$.Payload.id\",\"code.$\":\"$.StatusCode\"},\"ResultPath\":\"$.r\""), """{"in":1}""");

        Assert.Equal("""{"in":1,"r":{"id":7,"code":200}}""", result.Output);
    }
}
