using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

public class ChoiceStateTests
{
    private static string Machine(string rule) =>
        "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{" + rule + ",\"Next\":\"Yes\"}],\"Default\":\"No\"},"
        + "\"Yes\":{\"Type\":\"Pass\",\"Result\":\"yes\",\"End\":true},\"No\":{\"Type\":\"Pass\",\"Result\":\"no\",\"End\":true}}}";

    private static async Task<bool> MatchesAsync(string rule, string input)
        => await OutputOfAsync(Machine(rule), input) == "\"yes\"";

    [Theory]
    [InlineData("\"StringEquals\":\"a\"", "\"a\"", true)]
    [InlineData("\"StringEquals\":\"a\"", "\"b\"", false)]
    [InlineData("\"StringEquals\":\"1\"", "1", false)]
    [InlineData("\"StringLessThan\":\"b\"", "\"a\"", true)]
    [InlineData("\"StringGreaterThan\":\"b\"", "\"c\"", true)]
    [InlineData("\"StringLessThanEquals\":\"b\"", "\"b\"", true)]
    [InlineData("\"StringGreaterThanEquals\":\"b\"", "\"a\"", false)]
    [InlineData("\"StringMatches\":\"log-*.txt\"", "\"log-2024.txt\"", true)]
    [InlineData("\"StringMatches\":\"log-*.txt\"", "\"log-2024.csv\"", false)]
    [InlineData("\"StringMatches\":\"a\\\\*b\"", "\"a*b\"", true)]
    [InlineData("\"StringMatches\":\"a\\\\*b\"", "\"axb\"", false)]
    [InlineData("\"NumericEquals\":1", "1.0", true)]
    [InlineData("\"NumericEquals\":1", "\"1\"", false)]
    [InlineData("\"NumericLessThan\":10", "9.99", true)]
    [InlineData("\"NumericGreaterThan\":10", "10", false)]
    [InlineData("\"NumericLessThanEquals\":10", "10", true)]
    [InlineData("\"NumericGreaterThanEquals\":10", "11", true)]
    [InlineData("\"BooleanEquals\":true", "true", true)]
    [InlineData("\"BooleanEquals\":true", "\"true\"", false)]
    [InlineData("\"TimestampEquals\":\"2024-01-01T00:00:00Z\"", "\"2024-01-01T01:00:00+01:00\"", true)]
    [InlineData("\"TimestampLessThan\":\"2024-01-01T00:00:00Z\"", "\"2023-12-31T23:59:59Z\"", true)]
    [InlineData("\"TimestampGreaterThan\":\"2024-01-01T00:00:00Z\"", "\"2023-12-31T23:59:59Z\"", false)]
    [InlineData("\"TimestampLessThanEquals\":\"2024-01-01T00:00:00Z\"", "\"2024-01-01T00:00:00Z\"", true)]
    [InlineData("\"TimestampGreaterThanEquals\":\"2024-01-01T00:00:00Z\"", "\"2024-01-02T00:00:00Z\"", true)]
    [InlineData("\"TimestampEquals\":\"2024-01-01T00:00:00Z\"", "\"2024-01-01\"", false)]
    [InlineData("\"IsNull\":true", "null", true)]
    [InlineData("\"IsNull\":false", "null", false)]
    [InlineData("\"IsNumeric\":true", "1", true)]
    [InlineData("\"IsString\":true", "1", false)]
    [InlineData("\"IsBoolean\":true", "false", true)]
    [InlineData("\"IsTimestamp\":true", "\"2024-01-01T00:00:00.123Z\"", true)]
    [InlineData("\"IsTimestamp\":true", "\"yesterday\"", false)]
    public async Task Comparison_operators_test_the_variable(string comparison, string value, bool expected)
        => Assert.Equal(expected, await MatchesAsync("\"Variable\":\"$.v\"," + comparison, "{\"v\":" + value + "}"));

    [Theory]
    [InlineData("StringEqualsPath", "\"a\"", "\"a\"", true)]
    [InlineData("NumericLessThanPath", "1", "2", true)]
    [InlineData("NumericGreaterThanEqualsPath", "1", "2", false)]
    [InlineData("BooleanEqualsPath", "true", "true", true)]
    [InlineData("TimestampLessThanPath", "\"2024-01-01T00:00:00Z\"", "\"2025-01-01T00:00:00Z\"", true)]
    [InlineData("StringGreaterThanPath", "\"b\"", "\"a\"", true)]
    public async Task Path_operators_compare_with_another_value_of_the_input(string op, string value, string other, bool expected)
        => Assert.Equal(expected, await MatchesAsync($"\"Variable\":\"$.v\",\"{op}\":\"$.w\"", "{\"v\":" + value + ",\"w\":" + other + "}"));

    [Fact]
    public async Task IsPresent_tests_existence_without_failing()
    {
        Assert.True(await MatchesAsync("\"Variable\":\"$.v\",\"IsPresent\":false", "{}"));
        Assert.True(await MatchesAsync("\"Variable\":\"$.v\",\"IsPresent\":true", """{"v":null}"""));
    }

    [Fact]
    public async Task And_Or_and_Not_combine_rules()
    {
        const string rule = """
            "And":[{"Variable":"$.n","NumericGreaterThan":0},
                   {"Or":[{"Variable":"$.s","StringEquals":"x"},{"Not":{"Variable":"$.b","BooleanEquals":true}}]}]
            """;
        Assert.True(await MatchesAsync(rule, """{"n":1,"s":"x","b":true}"""));
        Assert.True(await MatchesAsync(rule, """{"n":1,"s":"y","b":false}"""));
        Assert.False(await MatchesAsync(rule, """{"n":1,"s":"y","b":true}"""));
        Assert.False(await MatchesAsync(rule, """{"n":0,"s":"x","b":false}"""));
    }

    [Fact]
    public async Task The_first_matching_rule_wins()
    {
        const string definition = """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[
                {"Variable":"$.n","NumericGreaterThan":1,"Next":"A"},
                {"Variable":"$.n","NumericGreaterThan":0,"Next":"B"}]},
              "A":{"Type":"Pass","Result":"A","End":true},
              "B":{"Type":"Pass","Result":"B","End":true}}}
            """;
        Assert.Equal("\"A\"", await OutputOfAsync(definition, """{"n":5}"""));
        Assert.Equal("\"B\"", await OutputOfAsync(definition, """{"n":1}"""));
    }

    [Fact]
    public async Task Without_a_match_or_Default_the_execution_fails_with_NoChoiceMatched()
    {
        var result = await RunAsync("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"E"}]},
             "E":{"Type":"Succeed"}}}
            """, """{"n":2}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.NoChoiceMatched", result.Error);
    }

    [Fact]
    public async Task A_missing_Variable_fails_with_States_Runtime()
    {
        var result = await RunAsync(Machine("\"Variable\":\"$.missing\",\"StringEquals\":\"a\""), "{}");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("Invalid path '$.missing': The choice state's condition path references an invalid value.", result.Cause);
    }

    [Fact]
    public async Task Choice_applies_InputPath_and_OutputPath()
        => Assert.Equal("{}", await OutputOfAsync("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","InputPath":"$.inner","OutputPath":"$.out","Choices":[{"Variable":"$.v","StringEquals":"a","Next":"E"}]},
              "E":{"Type":"Succeed"}}}
            """, """{"inner":{"v":"a","out":{}}}"""));
}
