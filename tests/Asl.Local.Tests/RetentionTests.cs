using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>
/// How many finished executions the engine keeps, and for how long: a forgotten execution answers as AWS answers for
/// one past its retention (ExecutionDoesNotExist), so a long-running engine's memory stays bounded.
/// </summary>
public class RetentionTests
{
    private const string Quick = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";
    private const string Waiting = """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}""";

    private static LocalEngine Create(int? retained, TimeSpan? period = null) => new(new LocalEngineOptions
    {
        StartTime = Start,
        RandomSeed = 7,
        RetainedExecutions = retained,
        ExecutionRetentionPeriod = period,
    });

    [Fact]
    public async Task Past_the_count_the_execution_that_finished_first_is_forgotten()
    {
        using var engine = Create(retained: 3);
        var machine = engine.RegisterStateMachine("M", Read(Quick));

        var arns = new List<string>();
        for (var i = 0; i < 5; i++) arns.Add((await engine.RunAsync(machine.StateMachineArn, "{}", $"e{i}")).ExecutionArn);

        Assert.Equal(3, engine.KeptExecutionCount);
        var forgotten = Assert.Throws<ExecutionDoesNotExistException>(() => engine.DescribeExecution(arns[0]));
        Assert.Equal($"Execution Does Not Exist: '{arns[0]}'", forgotten.Message);
        Assert.Throws<ExecutionDoesNotExistException>(() => engine.GetExecutionHistory(arns[1]));
        Assert.Equal(["e4", "e3", "e2"], engine.ListExecutions(machine.StateMachineArn).Select(e => e.Name));
    }

    [Fact]
    public async Task Running_executions_are_kept_whatever_the_count()
    {
        using var engine = Create(retained: 1);
        var waiting = engine.RegisterStateMachine("W", Read(Waiting));
        var quick = engine.RegisterStateMachine("Q", Read(Quick));

        var running = Enumerable.Range(0, 3).Select(i => engine.StartExecution(waiting.StateMachineArn, "{}", $"w{i}").ExecutionArn).ToList();
        await engine.RunAsync(quick.StateMachineArn, "{}", "q0");
        await engine.RunAsync(quick.StateMachineArn, "{}", "q1");

        Assert.All(running, arn => Assert.Equal(ExecutionStatus.Running, engine.DescribeExecution(arn).Status));
        Assert.Equal(["q1"], engine.ListExecutions(quick.StateMachineArn).Select(e => e.Name));
    }

    [Fact]
    public async Task A_finished_execution_is_forgotten_once_the_retention_period_has_passed_on_the_engine_clock()
    {
        using var engine = Create(retained: null, period: TimeSpan.FromHours(2));
        var quick = engine.RegisterStateMachine("Q", Read(Quick));
        var done = (await engine.RunAsync(quick.StateMachineArn, "{}", "done")).ExecutionArn;

        await engine.AdvanceTimeAsync(TimeSpan.FromHours(1));
        var kept = engine.DescribeExecution(done);
        await engine.AdvanceTimeAsync(TimeSpan.FromHours(1));

        Assert.Equal(ExecutionStatus.Succeeded, kept.Status);
        Assert.Throws<ExecutionDoesNotExistException>(() => engine.DescribeExecution(done));
        Assert.Empty(engine.ListExecutions(quick.StateMachineArn));
    }

    [Fact]
    public async Task The_name_of_a_forgotten_execution_can_be_used_again()
    {
        using var engine = Create(retained: 1);
        var quick = engine.RegisterStateMachine("Q", Read(Quick));
        await engine.RunAsync(quick.StateMachineArn, "{}", "again");
        await engine.RunAsync(quick.StateMachineArn, "{}", "other");

        var rerun = await engine.RunAsync(quick.StateMachineArn, """{"second": true}""", "again");

        Assert.Equal(ExecutionStatus.Succeeded, rerun.Status);
        Assert.Equal("""{"second": true}""", rerun.Input);
    }

    [Fact]
    public async Task Without_limits_every_execution_is_kept()
    {
        using var engine = Create(retained: null, period: null);
        var quick = engine.RegisterStateMachine("Q", Read(Quick));
        for (var i = 0; i < 50; i++) await engine.RunAsync(quick.StateMachineArn, "{}", $"e{i}");
        await engine.AdvanceTimeAsync(TimeSpan.FromDays(365));

        Assert.Equal(50, engine.KeptExecutionCount);
    }

    [Fact]
    public async Task The_task_tokens_of_a_forgotten_execution_are_forgotten_with_it()
    {
        using var engine = Create(retained: 1);
        string? token = null;
        engine.RegisterLambda("Notify", invocation =>
        {
            token = invocation.TaskToken;
            return Asl.Json.AslJson.Null;
        });
        var callback = engine.RegisterStateMachine("C", Read("""
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": {"FunctionName": "Notify", "Payload": {"TaskToken.$": "$$.Task.Token"}}, "End": true}}}
            """));
        var quick = engine.RegisterStateMachine("Q", Read(Quick));
        var asked = engine.StartExecution(callback.StateMachineArn, "{}", "asked").ExecutionArn;
        await engine.RunUntilIdleAsync();
        engine.StopExecution(asked);

        var whileKept = Assert.Throws<TaskTimedOutException>(() => engine.SendTaskSuccess(token!, "{}"));
        await engine.RunAsync(quick.StateMachineArn, "{}", "later");

        Assert.NotNull(whileKept);
        Assert.Throws<InvalidTokenException>(() => engine.SendTaskSuccess(token!, "{}"));
    }

    [Fact]
    public void The_defaults_keep_ten_thousand_finished_executions_for_ninety_days_as_AWS_keeps_closed_ones()
    {
        var options = new LocalEngineOptions();

        Assert.Equal(10_000, options.RetainedExecutions);
        Assert.Equal(TimeSpan.FromDays(90), options.ExecutionRetentionPeriod);
    }
}
