using Asl.Diagnostics;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>E70, E72 and E74: a Fail state's Error and Cause.</summary>
public sealed class FailTests
{
    [Theory]
    [InlineData("\"Error\": 500", "/States/Reject/Error")]
    [InlineData("\"Cause\": { \"reason\": \"late\" }", "/States/Reject/Cause")]
    [InlineData("\"Error\": null", "/States/Reject/Error")]
    public void Error_or_Cause_that_is_not_a_string_is_reported_at_the_field(string fields, string pointer) =>
        AssertSingle(FailMachine(fields), AslRules.FailFieldNotString, pointer);

    [Theory]
    [InlineData("\"Error\": \"OrderRejected\", \"Cause\": \"Out of stock\"", "JSONPath")]
    [InlineData("\"Error\": \"{% $states.input.code %}\", \"Cause\": \"{% $string($states.input) %}\"", "JSONata")]
    [InlineData("\"ErrorPath\": \"$.code\", \"CausePath\": \"$.why\"", "JSONPath")]
    public void Error_and_Cause_as_strings_or_paths_are_accepted(string fields, string language) =>
        AssertClean(FailMachine(fields, language));

    [Theory]
    [InlineData("\"Error\": \"Rejected\", \"ErrorPath\": \"$.code\"", "/States/Reject/ErrorPath")]
    [InlineData("\"Cause\": \"Late\", \"CausePath\": \"$.why\"", "/States/Reject/CausePath")]
    public void Literal_and_path_of_the_same_field_are_reported_at_the_path(string fields, string pointer) =>
        AssertSingle(FailMachine(fields), AslRules.FailFieldSetTwice, pointer);

    [Theory]
    [InlineData("States.Timeout", "\"Timeout\"")]
    [InlineData("States.MyOwnError", "\"MyOwnError\"")]
    [InlineData("States.", "\"MyError\"")]
    public void Error_with_the_reserved_States_prefix_is_reported_at_Error(string error, string suggestion)
    {
        var finding = AssertSingle(FailMachine($"\"Error\": \"{error}\""), AslRules.ReservedErrorName, "/States/Reject/Error");
        Assert.Contains("such as " + suggestion, finding.Message);
    }

    [Theory]
    [InlineData("MyStates.Timeout")]
    [InlineData("states.lowercase")]
    [InlineData("Order.States.Failed")]
    public void Error_that_merely_contains_States_is_accepted(string error) => AssertClean(FailMachine($"\"Error\": \"{error}\""));
}
