using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

public class WaitSucceedFailTests
{
    private static async Task<DateTimeOffset> WaitedUntilAsync(string waitFields, string input = "{}")
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\"," + waitFields + ",\"End\":true}}}", input);
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var exited = engine.GetExecutionHistory(result.ExecutionArn).Single(e => e.Type == HistoryEventType.WaitStateExited);
        return exited.Timestamp;
    }

    [Fact]
    public async Task Seconds_waits_on_the_virtual_clock()
        => Assert.Equal(Start.AddSeconds(3600), await WaitedUntilAsync("\"Seconds\":3600"));

    [Fact]
    public async Task SecondsPath_reads_the_seconds_from_the_input()
        => Assert.Equal(Start.AddSeconds(90), await WaitedUntilAsync("\"SecondsPath\":\"$.delay\"", """{"delay":90}"""));

    [Fact]
    public async Task Timestamp_waits_until_that_time()
        => Assert.Equal(Start.AddDays(1), await WaitedUntilAsync("\"Timestamp\":\"2024-01-02T00:00:00Z\""));

    [Fact]
    public async Task TimestampPath_reads_the_time_from_the_input()
        => Assert.Equal(Start.AddMinutes(5), await WaitedUntilAsync("\"TimestampPath\":\"$.at\"", """{"at":"2024-01-01T00:05:00Z"}"""));

    [Fact]
    public async Task A_timestamp_in_the_past_does_not_wait()
        => Assert.Equal(Start, await WaitedUntilAsync("\"Timestamp\":\"2020-01-01T00:00:00Z\""));

    [Fact]
    public async Task A_negative_SecondsPath_value_fails_with_States_Runtime()
    {
        var result = await RunAsync("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.d","End":true}}}""", """{"d":-1}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'W' (entered at the event id #2). The SecondsPath parameter references a negative value: $.d == -1", result.Cause);
    }

    [Fact]
    public async Task Succeed_ends_with_its_filtered_input()
        => Assert.Equal("2", await OutputOfAsync("""{"StartAt":"S","States":{"S":{"Type":"Succeed","InputPath":"$.a","OutputPath":"$.b"}}}""", """{"a":{"b":2}}"""));

    [Fact]
    public async Task Fail_fails_the_execution_with_its_error_and_cause()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync("""{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom.Error","Cause":"because"}}}""");
        var history = engine.GetExecutionHistory(result.ExecutionArn);

        Assert.Equal((ExecutionStatus.Failed, "Custom.Error", "because"), (result.Status, result.Error, result.Cause));
        Assert.Equal(new[] { HistoryEventType.ExecutionStarted, HistoryEventType.FailStateEntered, HistoryEventType.ExecutionFailed }, history.Select(e => e.Type));
        Assert.Equal(2, history[2].PreviousEventId);
    }

    [Fact]
    public async Task ErrorPath_and_CausePath_read_the_input_and_intrinsics()
    {
        var result = await RunAsync("""
            {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e","CausePath":"States.Format('code {}', $.code)"}}}
            """, """{"e":"Bad.Input","code":42}""");

        Assert.Equal(("Bad.Input", "code 42"), (result.Error, result.Cause));
    }
}
