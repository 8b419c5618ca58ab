using Asl.Json;

namespace Asl.Core.Tests.PathRules;

public class ChoiceDefaultTests
{
    private const string Machine = """
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Pick",
          "States": {
            "Pick": { "Type": "Choice", "Choices": [ { "Condition": CONDITION, "Next": "Done" } ] },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    private static IEnumerable<string> Codes(string condition) =>
        Asl.Validation.AslValidator.Validate(AslReader.Read(Machine.Replace("CONDITION", condition)).Machine!).Select(d => d.Code);

    [Theory]
    [InlineData("true")]
    [InlineData("\"{% true %}\"")]
    public void Choice_whose_rule_always_matches_needs_no_Default(string condition) =>
        Assert.DoesNotContain("ASL1140", Codes(condition));

    [Fact]
    public void Choice_whose_rule_can_fail_without_Default_is_warned_about() =>
        Assert.Contains("ASL1140", Codes("\"{% $states.input.ok %}\""));
}
