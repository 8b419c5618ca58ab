using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>E50–E52 and N04: how long a Wait state waits.</summary>
public sealed class WaitTests
{
    [Fact]
    public void Wait_without_a_duration_is_reported_at_the_state()
    {
        var json = """
            { "StartAt": "Pause", "States": { "Pause": { "Type": "Wait", "End": true } } }
            """;
        var finding = AssertSingle(json, AslRules.WaitDurationCount, "/States/Pause");
        Assert.Contains("says neither how long nor until when to wait", finding.Message);
    }

    [Theory]
    [InlineData("\"Seconds\": 5, \"Timestamp\": \"2026-01-01T00:00:00Z\"", "/States/Pause/Timestamp")]
    [InlineData("\"SecondsPath\": \"$.s\", \"TimestampPath\": \"$.t\"", "/States/Pause/TimestampPath")]
    [InlineData("\"Seconds\": 5, \"SecondsPath\": \"$.s\"", "/States/Pause/SecondsPath")]
    public void Wait_with_two_durations_is_reported_at_the_second(string fields, string pointer) =>
        AssertSingle(WaitMachine(fields), AslRules.WaitDurationCount, pointer);

    [Theory]
    [InlineData("\"Seconds\": 5")]
    [InlineData("\"SecondsPath\": \"$.delay\"")]
    [InlineData("\"Timestamp\": \"2026-01-01T00:00:00Z\"")]
    [InlineData("\"TimestampPath\": \"$.until\"")]
    public void Wait_with_exactly_one_duration_is_accepted(string fields) => AssertClean(WaitMachine(fields));

    [Fact]
    public void JSONata_Wait_counts_only_Seconds_and_Timestamp() =>
        AssertSingle(WaitMachine("\"Seconds\": 5, \"Timestamp\": \"{% $states.input.until %}\"", "JSONata"),
            AslRules.WaitDurationCount, "/States/Pause/Timestamp");

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("100000000")]
    [InlineData("\"10\"")]
    public void Seconds_that_is_not_a_non_negative_integer_is_reported(string value) =>
        AssertSingle(WaitMachine($"\"Seconds\": {value}"), AslRules.InvalidWaitSeconds, "/States/Pause/Seconds");

    [Theory]
    [InlineData("0", "JSONPath")]
    [InlineData("\"${PauseSeconds}\"", "JSONPath")]
    [InlineData("\"{% $states.input.delay %}\"", "JSONata")]
    public void Seconds_of_zero_a_placeholder_or_JSONata_is_accepted(string value, string language) =>
        AssertClean(WaitMachine($"\"Seconds\": {value}", language));

    [Theory]
    [InlineData("\"2026-03-14t01:59:00Z\"", "upper-case \"T\"")]
    [InlineData("\"2026-03-14T01:59:00z\"", "upper-case \"Z\"")]
    [InlineData("\"2026-03-14 01:59:00Z\"", "not a space")]
    [InlineData("\"2026-03-14T01:59:00\"", "has no time zone")]
    [InlineData("\"2026-02-29T00:00:00Z\"", "day 29 does not exist in 2026-02")]
    [InlineData("\"2026-13-01T00:00:00Z\"", "month 13 does not exist")]
    [InlineData("\"2026-03-14T24:00:00Z\"", "hour 24 does not exist")]
    [InlineData("\"2026-03-14T01:59:00+25:00\"", "not a valid time zone offset")]
    [InlineData("\"14 March 2026\"", "not of the form")]
    [InlineData("1773453540", "must be a string")]
    public void Timestamp_that_is_not_RFC_3339_with_upper_case_T_and_Z_is_reported(string value, string reason)
    {
        var finding = AssertSingle(WaitMachine($"\"Timestamp\": {value}"), AslRules.InvalidWaitTimestamp, "/States/Pause/Timestamp");
        Assert.Contains(reason, finding.Message);
    }

    [Theory]
    [InlineData("\"2028-02-29T23:59:59Z\"")]
    [InlineData("\"2026-03-14T01:59:00.123456+05:30\"")]
    [InlineData("\"2026-03-14T01:59:00-08:00\"")]
    [InlineData("\"2026-12-31T23:59:60Z\"")]
    [InlineData("\"${RunAt}\"")]
    public void Timestamp_in_RFC_3339_or_a_placeholder_is_accepted(string value) =>
        AssertClean(WaitMachine($"\"Timestamp\": {value}"));

    [Fact]
    public void Wait_longer_than_a_standard_execution_can_run_is_a_warning_at_Seconds()
    {
        var finding = AssertSingle(WaitMachine("\"Seconds\": 31536001"), AslRules.WaitLongerThanExecution, "/States/Pause/Seconds");
        Assert.Contains("a STANDARD state machine can run for at most 31,536,000 seconds", finding.Message);
    }

    [Fact]
    public void Wait_longer_than_an_express_execution_can_run_is_a_warning_at_Seconds() =>
        AssertSingle(Findings(WaitMachine("\"Seconds\": 301"), Express), AslRules.WaitLongerThanExecution, "/States/Pause/Seconds");

    [Fact]
    public void Wait_of_a_year_in_a_standard_execution_and_of_five_minutes_in_an_express_one_is_accepted()
    {
        AssertClean(WaitMachine("\"Seconds\": 31536000"));
        AssertClean(WaitMachine("\"Seconds\": 300"), Express);
    }
}
