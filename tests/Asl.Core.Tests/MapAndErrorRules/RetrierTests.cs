using Asl.Diagnostics;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>K03–K07: the numbers and the jitter strategy of a retrier.</summary>
public sealed class RetrierTests
{
    /// <summary>A Task whose second retrier has <paramref name="field"/> set to <paramref name="value"/>.</summary>
    private static string SecondRetrierWith(string field, string value) => TaskMachine($$"""
        "Retry": [
          { "ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 1 },
          { "ErrorEquals": ["States.TaskFailed"], "{{field}}": {{value}} }
        ]
        """);

    private static void AssertReported(string field, string value, AslRule rule) =>
        AssertSingle(SecondRetrierWith(field, value), rule, "/States/Work/Retry/1/" + field);

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("100000000")]
    [InlineData("\"5\"")]
    public void IntervalSeconds_outside_1_to_99999999_is_reported(string value) =>
        AssertReported("IntervalSeconds", value, AslRules.InvalidRetryInterval);

    [Theory]
    [InlineData("1")]
    [InlineData("99999999")]
    [InlineData("\"${RetryInterval}\"")]
    public void IntervalSeconds_within_range_or_a_placeholder_is_accepted(string value) =>
        AssertClean(SecondRetrierWith("IntervalSeconds", value));

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("100000000")]
    public void MaxAttempts_outside_0_to_99999999_is_reported(string value) =>
        AssertReported("MaxAttempts", value, AslRules.InvalidMaxAttempts);

    [Theory]
    [InlineData("0")]
    [InlineData("99999999")]
    public void MaxAttempts_within_range_including_zero_is_accepted(string value) =>
        AssertClean(SecondRetrierWith("MaxAttempts", value));

    [Theory]
    [InlineData("0.5")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("\"2\"")]
    public void BackoffRate_below_one_or_not_a_number_is_reported(string value) =>
        AssertReported("BackoffRate", value, AslRules.InvalidBackoffRate);

    [Theory]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.5")]
    [InlineData("\"${Backoff}\"")]
    public void BackoffRate_of_one_or_more_is_accepted(string value) =>
        AssertClean(SecondRetrierWith("BackoffRate", value));

    [Theory]
    [InlineData("0")]
    [InlineData("31622401")]
    [InlineData("3.5")]
    public void MaxDelaySeconds_outside_1_to_31622400_is_reported(string value) =>
        AssertReported("MaxDelaySeconds", value, AslRules.InvalidMaxDelaySeconds);

    [Theory]
    [InlineData("1")]
    [InlineData("31622400")]
    public void MaxDelaySeconds_within_range_is_accepted(string value) =>
        AssertClean(SecondRetrierWith("MaxDelaySeconds", value));

    [Theory]
    [InlineData("\"PARTIAL\"")]
    [InlineData("\"full\"")]
    public void JitterStrategy_other_than_FULL_or_NONE_is_reported(string value) =>
        AssertReported("JitterStrategy", value, AslRules.InvalidJitterStrategy);

    [Theory]
    [InlineData("\"FULL\"")]
    [InlineData("\"NONE\"")]
    public void JitterStrategy_FULL_or_NONE_is_accepted(string value) =>
        AssertClean(SecondRetrierWith("JitterStrategy", value));

    [Fact]
    public void Retrier_numbers_in_a_JSONata_state_take_literals_too() =>
        AssertSingle("""
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Work",
              "States": {
                "Work": {
                  "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [ { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": "{% $states.input.attempts %}" } ],
                  "End": true
                }
              }
            }
            """, AslRules.InvalidMaxAttempts, "/States/Work/Retry/0/MaxAttempts");

    [Fact]
    public void Message_names_the_retrier_the_state_and_the_value()
    {
        var finding = AssertSingle(SecondRetrierWith("IntervalSeconds", "0"), AslRules.InvalidRetryInterval, "/States/Work/Retry/1/IntervalSeconds");
        Assert.Equal("\"IntervalSeconds\" of Retry[1] in state 'Work' is 0. Use a whole number of seconds from 1 to 99,999,999 (the default is 1).", finding.Message);
    }
}
