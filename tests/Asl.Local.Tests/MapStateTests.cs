using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

public class MapStateTests
{
    [Fact]
    public async Task Map_runs_the_processor_per_item_and_keeps_item_order()
        => Assert.Equal("""[{"v":3},{"v":1},{"v":2}]""", await OutputOfAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemProcessor":{"StartAt":"W","States":{
                "W":{"Type":"Wait","SecondsPath":"$.v","Next":"Done"},"Done":{"Type":"Pass","End":true}}}}}}
            """, """{"items":[{"v":3},{"v":1},{"v":2}]}"""));

    [Fact]
    public async Task ItemSelector_sees_the_item_index_and_value_in_the_context_object()
        => Assert.Equal("""[{"i":0,"val":"a","shared":"s"},{"i":1,"val":"b","shared":"s"}]""", await OutputOfAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemSelector":{"i.$":"$$.Map.Item.Index","val.$":"$$.Map.Item.Value","shared.$":"$.shared"},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"items":["a","b"],"shared":"s"}"""));

    [Fact]
    public async Task The_legacy_Iterator_and_Parameters_still_work()
        => Assert.Equal("""[{"x":1},{"x":2}]""", await OutputOfAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "Parameters":{"x.$":"$$.Map.Item.Value"},
              "Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, "[1,2]"));

    [Fact]
    public async Task MaxConcurrency_limits_how_many_iterations_run_at_once()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"End":true,
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}}}}}
            """, "[1,2,3,4,5]");

        Assert.Equal(Start.AddSeconds(30), result.StopDate);
        var starts = engine.GetExecutionHistory(result.ExecutionArn).Where(e => e.Type == HistoryEventType.MapIterationStarted).Select(e => (e.Index, e.Timestamp));
        Assert.Equal(new (int?, DateTimeOffset)[] { (0, Start), (1, Start), (2, Start.AddSeconds(10)), (3, Start.AddSeconds(10)), (4, Start.AddSeconds(20)) }, starts);
    }

    [Fact]
    public async Task Without_MaxConcurrency_every_iteration_runs_at_once()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}}}}}
            """, "[1,2,3,4,5]");

        Assert.Equal(Start.AddSeconds(10), result.StopDate);
    }

    [Fact]
    public async Task Map_records_started_with_the_item_count_and_an_iteration_pair_per_item()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, "[1,2]");
        var history = engine.GetExecutionHistory(result.ExecutionArn);

        Assert.Equal(new[] { "ExecutionStarted", "MapStateEntered", "MapStateStarted",
            "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
            "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
            "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded" }, history.Select(e => e.Type.ToString()));
        Assert.Equal(2, history[2].Length);
        Assert.Equal(("M", 1), (history[7].Name, history[7].Index));
    }

    [Fact]
    public async Task A_failed_iteration_fails_the_map_and_aborts_the_rest()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"W"},
              "W":{"Type":"Wait","Seconds":50,"End":true},
              "F":{"Type":"Fail","Error":"Item.Bad"}}}}}}
            """, "[1,2,3]");
        var types = engine.GetExecutionHistory(result.ExecutionArn).Select(e => e.Type).ToList();

        Assert.Equal("Item.Bad", result.Error);
        Assert.Equal(Start, result.StopDate);
        Assert.Single(types, HistoryEventType.MapIterationFailed);
        Assert.Equal(2, types.Count(t => t == HistoryEventType.MapIterationAborted));
        Assert.Contains(HistoryEventType.MapStateFailed, types);
    }

    [Fact]
    public async Task Tolerated_failures_let_the_map_succeed_with_error_outputs()
        => Assert.Equal("""[1,{"Error":"Item.Bad","Cause":null},3]""", await OutputOfAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailureCount":1,"End":true,"ItemProcessor":{"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"P"},
              "P":{"Type":"Pass","End":true},
              "F":{"Type":"Fail","Error":"Item.Bad"}}}}}}
            """, "[1,2,3]"));

    [Fact]
    public async Task More_failures_than_tolerated_fail_with_ExceedToleratedFailureThreshold()
    {
        var result = await RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailurePercentage":40,"End":true,"ItemProcessor":{"StartAt":"F","States":{
              "F":{"Type":"Fail","Error":"Item.Bad"}}}}}}
            """, "[1,2,3]");

        Assert.Equal("States.ExceedToleratedFailureThreshold", result.Error);
    }

    [Fact]
    public async Task Items_that_are_not_an_array_fail_with_States_Runtime()
        => Assert.Equal("States.Runtime", (await RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.x","End":true,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"x":{"a":1}}""")).Error);

    [Fact]
    public async Task ItemBatcher_groups_items_with_the_batch_input()
        => Assert.Equal("""[{"BatchInput":{"k":1},"Items":[1,2]},{"BatchInput":{"k":1},"Items":[3]}]""", await OutputOfAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"k":1}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, "[1,2,3]"));
}
