using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

public class RetryCatchTests
{
    /// <summary>An engine whose "Flaky" function fails <paramref name="failures"/> times with <paramref name="error"/>, then returns "ok".</summary>
    private static LocalEngine FlakyEngine(int failures, string error = "Transient")
    {
        var engine = Create();
        var calls = 0;
        engine.RegisterLambda("Flaky", _ => ++calls <= failures ? throw new LambdaFunctionException(error, $"call {calls}") : AslJson.Of("ok"));
        return engine;
    }

    private static string Machine(string retryAndCatch) => $$$$"""
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Flaky","End":true{{{{retryAndCatch}}}}},
          "Handler":{"Type":"Pass","End":true}}}
        """;

    private static DateTimeOffset[] AttemptTimes(LocalEngine engine, string arn)
        => engine.GetExecutionHistory(arn).Where(e => e.Type == HistoryEventType.LambdaFunctionScheduled).Select(e => e.Timestamp).ToArray();

    [Fact]
    public async Task Retry_waits_IntervalSeconds_times_BackoffRate_per_attempt_on_the_virtual_clock()
    {
        using var engine = FlakyEngine(3);

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["Transient"],"IntervalSeconds":2,"BackoffRate":3,"MaxAttempts":3}]"""));

        Assert.Equal("\"ok\"", result.Output);
        Assert.Equal(new[] { Start, Start.AddSeconds(2), Start.AddSeconds(8), Start.AddSeconds(26) }, AttemptTimes(engine, result.ExecutionArn));
    }

    [Fact]
    public async Task Retry_defaults_are_one_second_doubling_and_three_attempts()
    {
        using var engine = FlakyEngine(4);

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["States.ALL"]}]"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(new[] { Start, Start.AddSeconds(1), Start.AddSeconds(3), Start.AddSeconds(7) }, AttemptTimes(engine, result.ExecutionArn));
    }

    [Fact]
    public async Task MaxDelaySeconds_caps_the_interval()
    {
        using var engine = FlakyEngine(3);

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"BackoffRate":10,"MaxDelaySeconds":15}]"""));

        Assert.Equal(new[] { Start, Start.AddSeconds(10), Start.AddSeconds(25), Start.AddSeconds(40) }, AttemptTimes(engine, result.ExecutionArn));
    }

    [Fact]
    public async Task Full_jitter_waits_at_most_the_computed_interval()
    {
        using var engine = FlakyEngine(3);

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"JitterStrategy":"FULL"}]"""));
        var times = AttemptTimes(engine, result.ExecutionArn);

        Assert.InRange(times[1] - times[0], TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(times[2] - times[1], TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.InRange(times[3] - times[2], TimeSpan.Zero, TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task MaxAttempts_zero_never_retries()
    {
        using var engine = FlakyEngine(1);

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":0}]"""));

        Assert.Single(AttemptTimes(engine, result.ExecutionArn));
    }

    [Fact]
    public async Task Only_the_first_matching_retrier_applies()
    {
        using var engine = FlakyEngine(2);

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["Transient"],"MaxAttempts":1},{"ErrorEquals":["States.ALL"],"MaxAttempts":5}]"""));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(2, AttemptTimes(engine, result.ExecutionArn).Length);
    }

    [Fact]
    public async Task RetryCount_in_the_context_object_counts_attempts()
    {
        using var engine = Create();
        var seen = new List<string>();
        engine.RegisterLambda("Count", invocation =>
        {
            seen.Add(JsonText.Write(invocation.Payload));
            return seen.Count < 3 ? throw new LambdaFunctionException("Again", "again") : AslJson.Null;
        });

        await engine.RunDefinitionAsync("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"Count","Payload":{"n.$":"$$.State.RetryCount"}},
              "Retry":[{"ErrorEquals":["Again"]}],"End":true}}}
            """);

        Assert.Equal(new[] { """{"n":0}""", """{"n":1}""", """{"n":2}""" }, seen);
    }

    [Fact]
    public async Task Catch_moves_on_with_the_error_output_at_ResultPath()
    {
        using var engine = FlakyEngine(1, "Boom");

        var result = await engine.RunDefinitionAsync(Machine(""","Catch":[{"ErrorEquals":["Boom"],"ResultPath":"$.error","Next":"Handler"}]"""), """{"keep":true}""");

        var output = (AslJsonObject)result.OutputValue!;
        var error = (AslJsonObject)output["error"]!;

        Assert.Equal("true", JsonText.Write(output["keep"]!));
        Assert.Equal("\"Boom\"", JsonText.Write(error["Error"]!));
        Assert.Contains("\"errorMessage\":\"call 1\"", ((AslJsonString)error["Cause"]!).Value);
    }

    [Fact]
    public async Task Catch_without_ResultPath_replaces_the_input_with_the_error_output()
    {
        using var engine = FlakyEngine(1, "Boom");

        var result = await engine.RunDefinitionAsync(Machine(""","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handler"}]"""));
        var output = (AslJsonObject)result.OutputValue!;

        Assert.Equal(new[] { "Error", "Cause" }, output.Properties.Select(p => p.Name));
        Assert.Equal("\"Boom\"", JsonText.Write(output["Error"]!));
    }

    [Fact]
    public async Task Caught_errors_are_recorded_before_the_state_exits_to_the_handler()
    {
        using var engine = FlakyEngine(1, "Boom");

        var result = await engine.RunDefinitionAsync(Machine(""","Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Handler"}]"""));
        var history = engine.GetExecutionHistory(result.ExecutionArn);

        Assert.Equal(new[] { "ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded" },
            history.Select(e => e.Type.ToString()));
        Assert.Equal(history[4].Id, history[5].PreviousEventId);
    }

    [Fact]
    public async Task Retry_runs_before_Catch()
    {
        using var engine = FlakyEngine(5, "Boom");

        var result = await engine.RunDefinitionAsync(Machine(""","Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":2}],"Catch":[{"ErrorEquals":["Boom"],"Next":"Handler"}]"""));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(3, AttemptTimes(engine, result.ExecutionArn).Length);
    }

    [Fact]
    public async Task States_ALL_does_not_catch_States_Runtime()
    {
        var result = await RunAsync("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName.$":"$.missing"},
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"H"}],"End":true},
              "H":{"Type":"Succeed"}}}
            """);

        Assert.Equal(("States.Runtime", ExecutionStatus.Failed), (result.Error, result.Status));
    }
}
