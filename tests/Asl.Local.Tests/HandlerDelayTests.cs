using Asl.Api;
using Asl.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>Handlers that wait on the engine's clock let virtual time pass; ones that await outside work hold it.</summary>
public class HandlerDelayTests
{
    private const string Slow = """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
          "Parameters":{"FunctionName":"Slow","Payload.$":"$"},"TimeoutSeconds":10,"End":true}}}
        """;

    [Fact]
    public async Task A_lambda_that_never_answers_times_out_on_the_virtual_clock()
    {
        using var engine = Create();
        engine.RegisterLambda("Slow", async (invocation, cancellation) =>
        {
            await invocation.DelayAsync(Timeout.InfiniteTimeSpan, cancellation);
            return AslJson.Null;
        });

        var result = await engine.RunDefinitionAsync(Slow);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(10), result.StopDate - result.StartDate);
    }

    [Fact]
    public async Task A_lambda_that_answers_after_a_virtual_delay_takes_that_much_engine_time()
    {
        using var engine = Create();
        engine.RegisterLambda("Slow", async (invocation, cancellation) =>
        {
            await invocation.DelayAsync(TimeSpan.FromSeconds(4), cancellation);
            return invocation.Payload;
        });

        var result = await engine.RunDefinitionAsync(Slow, """{"n":1}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(4), result.StopDate - result.StartDate);
    }

    [Fact]
    public async Task A_task_handler_that_never_answers_misses_its_heartbeat()
    {
        using var engine = Create();
        engine.RegisterTaskHandler("arn:aws:states:::sqs:sendMessage", async (invocation, cancellation) =>
        {
            await invocation.DelayAsync(Timeout.InfiniteTimeSpan, cancellation);
            return AslJson.Null;
        });

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters":{"QueueUrl":"q","MessageBody":{"Token.$":"$$.Task.Token"}},"HeartbeatSeconds":5,"TimeoutSeconds":60,"End":true}}}
            """);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.HeartbeatTimeout", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(5), result.StopDate - result.StartDate);
    }
}
