using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>E12–E15 and N05: a Task's TimeoutSeconds and HeartbeatSeconds.</summary>
public sealed class TaskTimeoutTests
{
    private const string Resource = "\"Resource\": \"arn:aws:states:::lambda:invoke\"";

    private static string Task(string fields, string language = "JSONPath") => TaskMachine(Resource + ", " + fields, language);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("100000000")]
    [InlineData("\"30\"")]
    [InlineData("[30]")]
    public void TimeoutSeconds_that_is_not_a_positive_integer_up_to_99999999_is_reported(string value) =>
        AssertSingle(Task($"\"TimeoutSeconds\": {value}"), AslRules.InvalidTaskTimeout, "/States/Work/TimeoutSeconds");

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("1e9")]
    [InlineData("false")]
    public void HeartbeatSeconds_that_is_not_a_positive_integer_up_to_99999999_is_reported(string value) =>
        AssertSingle(Task($"\"HeartbeatSeconds\": {value}"), AslRules.InvalidHeartbeat, "/States/Work/HeartbeatSeconds");

    [Theory]
    [InlineData("\"TimeoutSeconds\": 1, \"HeartbeatSeconds\": null", "HeartbeatSeconds")]
    public void Null_is_not_a_number_of_seconds(string fields, string field) =>
        AssertSingle(Task(fields), AslRules.InvalidHeartbeat, "/States/Work/" + field);

    [Theory]
    [InlineData("\"TimeoutSeconds\": 99999999")]
    [InlineData("\"TimeoutSeconds\": \"${TaskTimeout}\", \"HeartbeatSeconds\": \"${TaskHeartbeat}\"")]
    [InlineData("\"TimeoutSeconds\": 300, \"HeartbeatSeconds\": 60")]
    public void Positive_integers_and_placeholders_are_accepted(string fields) => AssertClean(Task(fields));

    [Fact]
    public void JSONata_expressions_are_accepted_in_JSONata_states() =>
        AssertClean(Task("\"TimeoutSeconds\": \"{% $states.input.timeout %}\", \"HeartbeatSeconds\": \"{% 10 %}\"", "JSONata"));

    [Fact]
    public void Expression_without_its_delimiters_in_a_JSONata_state_is_left_to_the_language_rules() =>
        AssertAbsent(Task("\"TimeoutSeconds\": \"$states.input.timeout\"", "JSONata"), AslRules.InvalidTaskTimeout);

    [Theory]
    [InlineData("\"TimeoutSeconds\": 60, \"TimeoutSecondsPath\": \"$.timeout\"", "/States/Work/TimeoutSecondsPath")]
    [InlineData("\"HeartbeatSeconds\": 10, \"HeartbeatSecondsPath\": \"$.heartbeat\"", "/States/Work/HeartbeatSecondsPath")]
    public void Literal_and_path_of_the_same_setting_are_reported_at_the_path(string fields, string pointer) =>
        AssertSingle(Task(fields), AslRules.TimeoutSetTwice, pointer);

    [Fact]
    public void Timeout_from_a_path_with_a_literal_heartbeat_is_accepted() =>
        AssertClean(Task("\"TimeoutSecondsPath\": \"$.timeout\", \"HeartbeatSeconds\": 10"));

    [Theory]
    [InlineData(60, 60)]
    [InlineData(61, 60)]
    public void Heartbeat_not_below_the_timeout_is_reported_at_HeartbeatSeconds(int heartbeat, int timeout)
    {
        var finding = AssertSingle(Task($"\"TimeoutSeconds\": {timeout}, \"HeartbeatSeconds\": {heartbeat}"),
            AslRules.HeartbeatNotBelowTimeout, "/States/Work/HeartbeatSeconds");
        Assert.Contains($"is {heartbeat}, which is not less than its \"TimeoutSeconds\" of {timeout}", finding.Message);
    }

    [Fact]
    public void Heartbeat_one_second_below_the_timeout_is_accepted() =>
        AssertClean(Task("\"TimeoutSeconds\": 60, \"HeartbeatSeconds\": 59"));

    [Fact]
    public void Express_Task_timeout_over_five_minutes_is_a_warning_at_TimeoutSeconds() =>
        AssertSingle(Findings(Task("\"TimeoutSeconds\": 600"), Express), AslRules.TimeoutBeyondExpressLimit, "/States/Work/TimeoutSeconds");

    [Fact]
    public void Express_Task_timeout_of_five_minutes_is_accepted() => AssertClean(Task("\"TimeoutSeconds\": 300"), Express);
}
