using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>B05–B07 and N05: the machine's Version, TimeoutSeconds and QueryLanguage.</summary>
public sealed class TopLevelTests
{
    private static string Machine(string topLevelFields) => $$"""
        { {{topLevelFields}}, "StartAt": "Go", "States": { "Go": { "Type": "Succeed" } } }
        """;

    [Theory]
    [InlineData("2.0")]
    [InlineData("1")]
    [InlineData("")]
    public void Version_other_than_1_0_is_reported_at_Version(string version) =>
        AssertSingle(Machine($"\"Version\": \"{version}\""), AslRules.UnsupportedVersion, "/Version");

    [Fact]
    public void Version_1_0_is_accepted() => AssertClean(Machine("\"Version\": \"1.0\""));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("100000000")]
    [InlineData("1e300")]
    [InlineData("\"60\"")]
    [InlineData("\"{% 60 %}\"")]
    [InlineData("true")]
    [InlineData("null")]
    public void Machine_TimeoutSeconds_that_is_not_a_positive_integer_up_to_99999999_is_reported(string value) =>
        AssertSingle(Machine($"\"TimeoutSeconds\": {value}"), AslRules.InvalidMachineTimeout, "/TimeoutSeconds");

    [Theory]
    [InlineData("1")]
    [InlineData("99999999")]
    [InlineData("3600.0")]
    [InlineData("\"${ExecutionTimeout}\"")]
    public void Machine_TimeoutSeconds_that_is_a_positive_integer_or_a_placeholder_is_accepted(string value) =>
        AssertClean(Machine($"\"TimeoutSeconds\": {value}"));

    [Theory]
    [InlineData("jsonata")]
    [InlineData("JSONPATH")]
    [InlineData("JMESPath")]
    public void Machine_QueryLanguage_other_than_JSONPath_or_JSONata_is_reported(string language) =>
        AssertSingle(Machine($"\"QueryLanguage\": \"{language}\""), AslRules.InvalidMachineQueryLanguage, "/QueryLanguage");

    [Theory]
    [InlineData("JSONPath")]
    [InlineData("JSONata")]
    public void Machine_QueryLanguage_JSONPath_or_JSONata_is_accepted(string language) =>
        AssertClean(Machine($"\"QueryLanguage\": \"{language}\""));

    [Fact]
    public void Express_machine_timeout_over_five_minutes_is_a_warning_at_TimeoutSeconds()
    {
        var finding = AssertSingle(Machine("\"TimeoutSeconds\": 301"), AslRules.TimeoutBeyondExpressLimit, "/TimeoutSeconds", Express);
        Assert.Contains("that an EXPRESS state machine can run", finding.Message);
    }

    [Fact]
    public void Express_machine_timeout_of_five_minutes_and_a_standard_one_of_a_day_are_accepted()
    {
        AssertClean(Machine("\"TimeoutSeconds\": 300"), Express);
        AssertClean(Machine("\"TimeoutSeconds\": 86400"));
    }
}
