using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

public class ParallelStateTests
{
    [Fact]
    public async Task Branches_get_the_same_input_and_the_output_is_their_outputs_in_order()
        => Assert.Equal("""[{"n":1,"b":"first"},"second"]""", await OutputOfAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":5,"Next":"A2"},"A2":{"Type":"Pass","Result":"first","ResultPath":"$.b","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Pass","Result":"second","End":true}}}]}}}
            """, """{"n":1}"""));

    [Fact]
    public async Task Branches_run_concurrently_on_the_virtual_clock()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":10,"End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Wait","Seconds":30,"End":true}}}]}}}
            """);

        Assert.Equal(Start.AddSeconds(30), result.StopDate);
    }

    [Fact]
    public async Task A_failing_branch_aborts_the_others_and_fails_the_state_with_its_error()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"Slow","States":{"Slow":{"Type":"Wait","Seconds":100,"Next":"Never"},"Never":{"Type":"Pass","End":true}}},
              {"StartAt":"Break","States":{"Break":{"Type":"Wait","Seconds":1,"Next":"Fail"},"Fail":{"Type":"Fail","Error":"Branch.Broke","Cause":"on purpose"}}}]}}}
            """);
        var history = engine.GetExecutionHistory(result.ExecutionArn);
        var failEntered = history.Single(e => e.Type == HistoryEventType.FailStateEntered);
        var aborted = history.Single(e => e.Type == HistoryEventType.WaitStateAborted);
        var parallelFailed = history.Single(e => e.Type == HistoryEventType.ParallelStateFailed);

        Assert.Equal(("Branch.Broke", "on purpose"), (result.Error, result.Cause));
        Assert.Equal(Start.AddSeconds(1), result.StopDate);
        Assert.DoesNotContain(history, e => e.Name == "Never");
        Assert.Equal(failEntered.Id, aborted.PreviousEventId);
        Assert.Equal(failEntered.Id, parallelFailed.PreviousEventId);
        Assert.True(aborted.Id < parallelFailed.Id);
        Assert.Equal(parallelFailed.Id, history[^1].PreviousEventId);
    }

    [Fact]
    public async Task Aborting_a_branch_cancels_its_running_handler()
    {
        using var engine = Create();
        var cancelled = false;
        engine.RegisterLambda("Slow", async (_, cancellation) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellation);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
            return AslJson.Null;
        });

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"Slow","States":{"Slow":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Slow"},"End":true}}},
              {"StartAt":"Fail","States":{"Fail":{"Type":"Fail","Error":"Stop"}}}]}}}
            """);

        Assert.Equal("Stop", result.Error);
        Assert.True(cancelled);
    }

    [Fact]
    public async Task Parallel_Catch_receives_the_branch_error()
        => Assert.Equal("""{"Error":"Inner","Cause":"x"}""", await OutputOfAsync("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Next":"Done","Catch":[{"ErrorEquals":["Inner"],"Next":"Done"}],"Branches":[
                {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Inner","Cause":"x"}}}]},
              "Done":{"Type":"Pass","End":true}}}
            """));

    [Fact]
    public async Task Parallel_Parameters_ResultSelector_and_ResultPath_shape_input_and_result()
        => Assert.Equal("""{"v":3,"r":{"first":3}}""", await OutputOfAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,
              "Parameters":{"x.$":"$.v"},"ResultSelector":{"first.$":"$[0].x"},"ResultPath":"$.r",
              "Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}]}}}
            """, """{"v":3}"""));

    [Fact]
    public async Task Parallel_retry_runs_all_branches_again()
    {
        using var engine = Create();
        var calls = 0;
        engine.RegisterLambda("Once", _ => ++calls == 1 ? throw new LambdaFunctionException("Flaky", "first") : AslJson.Of(calls));

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Retry":[{"ErrorEquals":["Flaky"],"IntervalSeconds":3}],
              "Branches":[{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Once","End":true}}}]}}}
            """);

        Assert.Equal("[2]", result.Output);
        Assert.Equal(2, engine.GetExecutionHistory(result.ExecutionArn).Count(e => e.Type == HistoryEventType.ParallelStateStarted));
        Assert.Equal(Start.AddSeconds(3), result.StopDate);
    }

    [Fact]
    public async Task Branch_variables_are_scoped_and_outer_ones_are_readable()
        => Assert.Equal("""[{"outer":"o","inner":"i"}]""", await OutputOfAsync("""
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"outer":"o"},"Next":"P"},
              "P":{"Type":"Parallel","End":true,"Branches":[{"StartAt":"A","States":{
                "A":{"Type":"Pass","Assign":{"inner":"i"},"Next":"B"},
                "B":{"Type":"Pass","Parameters":{"outer.$":"$outer","inner.$":"$inner"},"End":true}}}]}}}
            """));
}
