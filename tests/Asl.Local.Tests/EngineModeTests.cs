using Asl.Collections;
using Asl.Json;
using Asl.Local.Json;
using Asl.Local.Scheduling;
using Asl.Model;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>Clock modes, C#-built definitions, and Lambda callbacks.</summary>
public class EngineModeTests
{
    [Fact]
    public async Task The_real_clock_waits_for_real()
    {
        using var engine = new LocalEngine(new LocalEngineOptions { ClockMode = ClockMode.Real });
        var machine = engine.RegisterStateMachine("M", Read("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"End":true}}}"""));
        var started = DateTimeOffset.UtcNow;

        var result = await engine.RunAsync(machine.StateMachineArn).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.95));
        Assert.True(result.StopDate - result.StartDate >= TimeSpan.FromSeconds(0.95));
    }

    [Fact]
    public async Task Runs_repeat_exactly_with_the_same_seed()
    {
        async Task<string> RunOnceAsync()
        {
            using var engine = Create();
            return (await engine.RunDefinitionAsync(Pass("\"Parameters\":{\"id.$\":\"States.UUID()\",\"n.$\":\"States.MathRandom(0, 1000)\"}"))).Output!;
        }

        Assert.Equal(await RunOnceAsync(), await RunOnceAsync());
    }

    [Fact]
    public async Task A_definition_built_in_CSharp_runs_with_substituted_placeholders()
    {
        using var engine = Create();
        engine.RegisterLambda("Real", _ => AslJson.Of("called"));
        var definition = new StateMachine("T", EquatableArray.Create(new NamedState("T", new TaskState("arn:aws:states:::lambda:invoke")
        {
            Parameters = JsonText.Parse("""{"FunctionName":"${Function}"}"""),
            OutputPath = "$.Payload",
            End = true,
        })));

        var machine = engine.RegisterStateMachine("Built", definition, new Dictionary<string, string> { ["Function"] = "Real" });
        var result = await engine.RunAsync(machine.StateMachineArn);

        Assert.Equal("\"called\"", result.Output);
    }

    [Fact]
    public async Task An_unsubstituted_placeholder_in_a_resource_fails_clearly()
    {
        var result = await RunAsync("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"${MyFunctionArn}","End":true}}}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("placeholder", result.Cause);
    }

    [Fact]
    public async Task Lambda_invoke_waitForTaskToken_submits_the_Lambda_response_and_waits_for_the_token()
    {
        using var engine = Create();
        string? token = null;
        engine.RegisterLambda("Ask", invocation =>
        {
            token = invocation.TaskToken;
            return AslJson.Of("asked");
        });
        var machine = engine.RegisterStateMachine("M", Read("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters":{"FunctionName":"Ask","Payload":{"token.$":"$$.Task.Token"}},"End":true}}}
            """));
        var arn = engine.StartExecution(machine.StateMachineArn).ExecutionArn;
        await engine.RunUntilIdleAsync();

        engine.SendTaskSuccess(token!, """{"answer":42}""");
        var result = await engine.RunToCompletionAsync(arn);
        var submitted = engine.GetExecutionHistory(arn).Single(e => e.Type == HistoryEventType.TaskSubmitted);

        Assert.Equal("""{"answer":42}""", result.Output);
        Assert.Equal("\"asked\"", JsonText.Write(((AslJsonObject)submitted.Output!)["Payload"]!));
        Assert.Equal("invoke.waitForTaskToken", submitted.Resource);
    }

    [Fact]
    public async Task A_handler_may_answer_the_token_from_another_thread_within_the_stall_timeout()
    {
        using var engine = new LocalEngine(new LocalEngineOptions { StartTime = Start, StallTimeout = TimeSpan.FromSeconds(10) });
        engine.RegisterTaskHandler("arn:aws:states:::events:putEvents", (invocation, cancellation) =>
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(20);
                invocation.Engine.SendTaskSuccess(invocation.TaskToken!, "\"late\"");
            });
            return ValueTask.FromResult<AslJson>(JsonValues.EmptyObject);
        });
        var machine = engine.RegisterStateMachine("M", Read("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::events:putEvents.waitForTaskToken","End":true}}}
            """));

        var result = await engine.RunAsync(machine.StateMachineArn);

        Assert.Equal("\"late\"", result.Output);
    }

    [Fact]
    public async Task A_completed_token_leaves_the_open_tasks_and_answers_TaskTimedOut_when_used_again()
    {
        using var engine = Create();
        var tokens = new List<string>();
        engine.RegisterLambda("Ask", invocation =>
        {
            tokens.Add(invocation.TaskToken!);
            return AslJson.Of("asked");
        });
        var machine = engine.RegisterStateMachine("M", Read("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters":{"FunctionName":"Ask","Payload":{"token.$":"$$.Task.Token"}},"End":true}}}
            """));
        var first = engine.StartExecution(machine.StateMachineArn).ExecutionArn;
        var second = engine.StartExecution(machine.StateMachineArn).ExecutionArn;
        await engine.RunUntilIdleAsync();
        Assert.True(engine.HasOpenTaskTokens());

        engine.SendTaskSuccess(tokens[0], "1");
        await engine.RunToCompletionAsync(first);
        Assert.True(engine.HasOpenTaskTokens());
        engine.SendTaskSuccess(tokens[1], "2");
        await engine.RunToCompletionAsync(second);

        Assert.False(engine.HasOpenTaskTokens());
        Assert.Throws<TaskTimedOutException>(() => engine.SendTaskSuccess(tokens[0], "1"));
        Assert.Throws<InvalidTokenException>(() => engine.SendTaskSuccess("not-a-token", "1"));
    }
}
