using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>.waitForTaskToken tasks, SendTaskSuccess/Failure/Heartbeat, task and heartbeat timeouts.</summary>
public class CallbackTests
{
    private static string Machine(string fields = "", string catchers = "") => $$$$"""
        {"StartAt":"Wait for approval","States":{
          "Wait for approval":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}}{{{{fields}}}},"End":true{{{{catchers}}}}},
          "Handler":{"Type":"Pass","End":true}}}
        """;

    /// <summary>An engine whose sqs:sendMessage handler records each task token it receives.</summary>
    private static (LocalEngine Engine, List<string> Tokens) Setup()
    {
        var engine = Create();
        var tokens = new List<string>();
        engine.RegisterTaskHandler("arn:aws:states:::sqs:sendMessage", (invocation, _) =>
        {
            tokens.Add(((AslJsonString)((AslJsonObject)((AslJsonObject)invocation.Parameters)["MessageBody"]!)["token"]!).Value);
            Assert.Equal(tokens[^1], invocation.TaskToken);
            return ValueTask.FromResult<AslJson>(JsonText.Parse("""{"MessageId":"m"}"""));
        });
        return (engine, tokens);
    }

    private static async Task<(LocalEngine Engine, List<string> Tokens, string Arn)> StartAndBlockAsync(string fields = "", string catchers = "")
    {
        var (engine, tokens) = Setup();
        var machine = engine.RegisterStateMachine("Approval", Read(Machine(fields, catchers)));
        var arn = engine.StartExecution(machine.StateMachineArn, """{"order":1}""").ExecutionArn;
        await engine.RunUntilIdleAsync();
        return (engine, tokens, arn);
    }

    [Fact]
    public async Task SendTaskSuccess_completes_the_task_with_the_sent_output()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync();
        using var _ = engine;

        Assert.Equal(ExecutionStatus.Running, engine.DescribeExecution(arn).Status);
        engine.SendTaskSuccess(tokens.Single(), """{"approved":true}""");
        var result = await engine.RunToCompletionAsync(arn);

        Assert.Equal("""{"approved":true}""", result.Output);
        Assert.Equal(new[] { "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded" },
            engine.GetExecutionHistory(arn).Skip(2).Take(4).Select(e => e.Type.ToString()));
        Assert.Equal("""{"MessageId":"m"}""", JsonText.Write(engine.GetExecutionHistory(arn)[4].Output!));
    }

    [Fact]
    public async Task SendTaskFailure_fails_the_task_with_the_sent_error_and_cause()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync(catchers: ""","Catch":[{"ErrorEquals":["Rejected"],"Next":"Handler"}]""");
        using var _ = engine;

        engine.SendTaskFailure(tokens.Single(), "Rejected", "out of budget");
        var result = await engine.RunToCompletionAsync(arn);

        Assert.Equal("""{"Error":"Rejected","Cause":"out of budget"}""", result.Output);
    }

    [Fact]
    public async Task SendTaskFailure_without_error_gives_null_error_output_to_States_ALL()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync(catchers: ""","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handler"}]""");
        using var _ = engine;

        engine.SendTaskFailure(tokens.Single());
        var result = await engine.RunToCompletionAsync(arn);

        Assert.Equal("""{"Error":null,"Cause":null}""", result.Output);
    }

    [Fact]
    public async Task An_unknown_token_is_InvalidToken()
    {
        var (engine, _, _) = await StartAndBlockAsync();
        using var _ = engine;

        var error = Assert.Throws<InvalidTokenException>(() => engine.SendTaskSuccess("not-a-token", "{}"));
        Assert.Equal("InvalidToken", error.ErrorCode);
    }

    [Fact]
    public async Task A_token_can_be_used_once_then_it_is_TaskTimedOut()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync();
        using var _ = engine;

        engine.SendTaskSuccess(tokens.Single(), "1");
        Assert.Throws<TaskTimedOutException>(() => engine.SendTaskSuccess(tokens.Single(), "2"));
        Assert.Throws<TaskTimedOutException>(() => engine.SendTaskHeartbeat(tokens.Single()));
        Assert.Equal("1", (await engine.RunToCompletionAsync(arn)).Output);
    }

    [Fact]
    public async Task Output_that_is_not_JSON_is_InvalidOutput()
    {
        var (engine, tokens, _) = await StartAndBlockAsync();
        using var _ = engine;

        Assert.Throws<InvalidOutputException>(() => engine.SendTaskSuccess(tokens.Single(), "{not json"));
    }

    [Fact]
    public async Task Tokens_are_long_random_and_distinct_per_attempt()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync(""","TimeoutSeconds":5""", ""","Retry":[{"ErrorEquals":["States.Timeout"],"MaxAttempts":1}]""");
        using var _ = engine;

        await engine.AdvanceTimeAsync(TimeSpan.FromSeconds(5 + 1 + 1));

        Assert.Equal(2, tokens.Count);
        Assert.NotEqual(tokens[0], tokens[1]);
        Assert.All(tokens, token => Assert.True(token.Length >= 64));
        Assert.Throws<TaskTimedOutException>(() => engine.SendTaskSuccess(tokens[0], "{}"));
        engine.SendTaskSuccess(tokens[1], "{}");
        Assert.Equal(ExecutionStatus.Succeeded, (await engine.RunToCompletionAsync(arn)).Status);
    }

    [Fact]
    public async Task TimeoutSeconds_times_the_task_out_with_States_Timeout()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync(""","TimeoutSeconds":300""");
        using var _ = engine;

        var result = await engine.RunToCompletionAsync(arn);
        var timedOut = engine.GetExecutionHistory(arn).Single(e => e.Type == HistoryEventType.TaskTimedOut);

        Assert.Equal((ExecutionStatus.Failed, "States.Timeout"), (result.Status, result.Error));
        Assert.Equal(Start.AddSeconds(300), timedOut.Timestamp);
        Assert.Equal("States.Timeout", timedOut.Error);
        Assert.Throws<TaskTimedOutException>(() => engine.SendTaskSuccess(tokens.Single(), "{}"));
    }

    [Fact]
    public async Task Heartbeats_keep_the_task_alive_until_one_is_missed()
    {
        var (engine, tokens, arn) = await StartAndBlockAsync(""","TimeoutSeconds":600,"HeartbeatSeconds":10""");
        using var _ = engine;

        await engine.AdvanceTimeAsync(TimeSpan.FromSeconds(8));
        engine.SendTaskHeartbeat(tokens.Single());
        await engine.AdvanceTimeAsync(TimeSpan.FromSeconds(8));
        Assert.Equal(ExecutionStatus.Running, engine.DescribeExecution(arn).Status);

        var result = await engine.RunToCompletionAsync(arn);

        Assert.Equal((ExecutionStatus.Failed, "States.HeartbeatTimeout"), (result.Status, result.Error));
        Assert.Equal(Start.AddSeconds(18), result.StopDate);
    }

    [Fact]
    public async Task A_States_Timeout_catcher_also_catches_a_missed_heartbeat()
    {
        var (engine, _, arn) = await StartAndBlockAsync(""","HeartbeatSeconds":10""", ""","Catch":[{"ErrorEquals":["States.Timeout"],"Next":"Handler"}]""");
        using var _ = engine;

        var result = await engine.RunToCompletionAsync(arn);

        Assert.Equal("""{"Error":"States.HeartbeatTimeout","Cause":null}""", result.Output);
    }

    [Fact]
    public async Task A_blocked_execution_without_timers_stalls_with_a_message_naming_the_waiting_state()
    {
        var (engine, _, arn) = await StartAndBlockAsync();
        using var _ = engine;

        var error = await Assert.ThrowsAsync<EngineStalledException>(() => engine.RunToCompletionAsync(arn));

        Assert.Contains("State 'Wait for approval'", error.Message);
        Assert.Contains("SendTaskSuccess", error.Message);
    }

    [Fact]
    public async Task The_task_token_is_only_in_the_context_of_waitForTaskToken_tasks()
    {
        var result = await RunAsync(Pass("\"Parameters\":{\"t.$\":\"$$.Task.Token\"}"));

        Assert.Equal("States.Runtime", result.Error);
    }
}
