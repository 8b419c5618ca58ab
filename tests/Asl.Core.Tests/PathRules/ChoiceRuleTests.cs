using Asl.Diagnostics;
using static Asl.Core.Tests.PathRules.PathRulesHarness;

namespace Asl.Core.Tests.PathRules;

public class ChoiceRuleTests
{
    private const string Rule = "/States/A/Choices/0";

    [Fact]
    public void Top_level_rule_without_Next_is_reported_at_the_rule()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "$.x", "IsPresent": true}"""), AslRules.ChoiceRuleWithoutNext, Rule);
    }

    [Fact]
    public void Top_level_JSONata_rule_without_Next_is_reported_too()
    {
        AssertReported("""
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Choice", "Choices": [{"Condition": "{% true %}"}], "Default": "Done"},
              "Done": {"Type": "Succeed"}}}
            """, AslRules.ChoiceRuleWithoutNext, Rule);
    }

    [Fact]
    public void Nested_rule_with_Next_is_reported_at_its_Next()
    {
        AssertReported(ChoiceWithRule("""{"Not": {"Variable": "$.x", "IsNull": true, "Next": "Done"}, "Next": "Done"}"""),
            AslRules.NestedRuleField, Rule + "/Not/Next");
    }

    [Fact]
    public void Nested_rule_with_Assign_is_reported_at_its_Assign()
    {
        AssertReported(ChoiceWithRule("""{"And": [{"Variable": "$.x", "IsNull": true, "Assign": {"a": 1}}], "Next": "Done"}"""),
            AslRules.NestedRuleField, Rule + "/And/0/Assign");
    }

    [Fact]
    public void Nested_rules_with_Comment_are_valid()
    {
        AssertClean(ChoiceWithRule("""
            {"Comment": "both", "And": [
              {"Comment": "first", "Variable": "$.x", "IsPresent": true},
              {"Comment": "second", "Or": [{"Variable": "$.y", "NumericGreaterThan": 1}, {"Not": {"Comment": "deep", "Variable": "$.z", "StringEquals": "n"}}]}],
             "Next": "Done"}
            """));
    }

    [Fact]
    public void Rule_with_both_And_and_Or_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"And": [{"Variable": "$.x", "IsNull": true}], "Or": [{"Variable": "$.y", "IsNull": true}], "Next": "Done"}"""),
            AslRules.ChoiceRuleShape, Rule);
    }

    [Fact]
    public void Rule_mixing_Not_with_a_data_test_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "$.x", "Not": {"Variable": "$.y", "IsNull": true}, "Next": "Done"}"""),
            AslRules.ChoiceRuleShape, Rule);
    }

    [Fact]
    public void Rule_with_Variable_but_no_comparison_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "$.x", "Next": "Done"}"""), AslRules.ChoiceRuleShape, Rule);
    }

    [Fact]
    public void Rule_with_a_comparison_but_no_Variable_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"StringEquals": "x", "Next": "Done"}"""), AslRules.ChoiceRuleShape, Rule);
    }

    [Fact]
    public void Rule_with_nothing_to_test_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"Next": "Done"}"""), AslRules.ChoiceRuleShape, Rule);
    }

    [Fact]
    public void Rule_with_two_comparisons_is_reported_at_the_second()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "$.x", "NumericGreaterThan": 1, "NumericLessThan": 5, "Next": "Done"}"""),
            AslRules.ChoiceRuleShape, Rule + "/NumericLessThan");
    }

    [Fact]
    public void Empty_And_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"And": [], "Next": "Done"}"""), AslRules.EmptyBooleanRule, Rule + "/And");
    }

    [Fact]
    public void Empty_Or_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"Or": [], "Next": "Done"}"""), AslRules.EmptyBooleanRule, Rule + "/Or");
    }

    [Fact]
    public void Variable_without_a_dollar_is_reported()
    {
        var finding = AssertReported(ChoiceWithRule("""{"Variable": "status", "StringEquals": "ok", "Next": "Done"}"""),
            AslRules.InvalidChoiceVariable, Rule + "/Variable");
        Assert.Contains("character 1", finding.Message);
    }

    [Theory]
    [InlineData("$.status")]
    [InlineData("$$.Execution.Input.status")]
    [InlineData("$order.status")]
    [InlineData("$.items[0]['status code']")]
    [InlineData("${StatusPath}")]
    public void Variable_paths_of_every_root_are_valid(string variable)
    {
        AssertClean(ChoiceWithRule($$"""{"Variable": "{{variable}}", "StringEquals": "ok", "Next": "Done"}"""));
    }

    [Fact]
    public void Comparison_path_that_is_a_number_is_reported()
    {
        var finding = AssertReported(ChoiceWithRule("""{"Variable": "$.x", "NumericLessThanPath": 5, "Next": "Done"}"""),
            AslRules.InvalidComparisonPath, Rule + "/NumericLessThanPath");
        Assert.Contains("\"NumericLessThan\"", finding.Message);
    }

    [Fact]
    public void Comparison_path_that_does_not_parse_is_reported()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "$.x", "StringEqualsPath": "$.a..", "Next": "Done"}"""),
            AslRules.InvalidComparisonPath, Rule + "/StringEqualsPath");
    }

    [Fact]
    public void Comparison_paths_are_valid()
    {
        AssertClean(ChoiceWithRule("""{"Variable": "$.x", "TimestampLessThanPath": "$$.State.EnteredTime", "Next": "Done"}"""));
    }

    [Theory]
    [InlineData("StringEquals", "5", "ASL1341")]
    [InlineData("StringMatches", "true", "ASL1341")]
    [InlineData("NumericEquals", "\"5\"", "ASL1342")]
    [InlineData("NumericGreaterThanEquals", "null", "ASL1342")]
    [InlineData("BooleanEquals", "\"true\"", "ASL1343")]
    [InlineData("TimestampEquals", "\"2024-01-01t00:00:00z\"", "ASL1344")]
    [InlineData("TimestampLessThan", "\"2024-01-01\"", "ASL1344")]
    [InlineData("TimestampGreaterThan", "1704067200", "ASL1344")]
    [InlineData("IsPresent", "\"yes\"", "ASL1345")]
    [InlineData("IsTimestamp", "1", "ASL1345")]
    public void Operands_of_the_wrong_type_are_reported_by_family(string op, string operand, string code)
    {
        var findings = Check(ChoiceWithRule($$"""{"Variable": "$.x", "{{op}}": {{operand}}, "Next": "Done"}"""));
        Assert.Contains(findings, d => d.Code == code && d.Pointer == Rule + "/" + op);
    }

    [Theory]
    [InlineData("StringEquals", "\"5\"")]
    [InlineData("StringGreaterThanEquals", "\"m\"")]
    [InlineData("NumericEquals", "5")]
    [InlineData("NumericLessThan", "-1.5")]
    [InlineData("BooleanEquals", "false")]
    [InlineData("TimestampEquals", "\"2024-01-01T00:00:00Z\"")]
    [InlineData("TimestampLessThan", "\"2024-01-01T00:00:00.123+02:00\"")]
    [InlineData("IsNull", "false")]
    [InlineData("IsNumeric", "true")]
    [InlineData("NumericEquals", "\"${Threshold}\"")]
    public void Operands_of_the_right_type_are_valid(string op, string operand)
    {
        AssertClean(ChoiceWithRule($$"""{"Variable": "$.x", "{{op}}": {{operand}}, "Next": "Done"}"""));
    }

    [Fact]
    public void Quoted_number_gets_a_hint_to_remove_the_quotes()
    {
        var finding = AssertReported(ChoiceWithRule("""{"Variable": "$.x", "NumericEquals": "42", "Next": "Done"}"""),
            AslRules.NumericOperandExpected, Rule + "/NumericEquals");
        Assert.Contains("without quotes: 42", finding.Message);
    }

    [Fact]
    public void Path_given_to_a_literal_operator_gets_a_hint_to_use_the_Path_form()
    {
        var finding = AssertReported(ChoiceWithRule("""{"Variable": "$.x", "NumericEquals": "$.limit", "Next": "Done"}"""),
            AslRules.NumericOperandExpected, Rule + "/NumericEquals");
        Assert.Contains("\"NumericEqualsPath\"", finding.Message);
    }

    [Theory]
    [InlineData(@"C:\\Users\\*", "\\U")]
    [InlineData(@"ends with \\", "escapes nothing")]
    public void StringMatches_pattern_with_a_bad_escape_is_reported(string pattern, string messagePart)
    {
        var finding = AssertReported(ChoiceWithRule($$"""{"Variable": "$.x", "StringMatches": "{{pattern}}", "Next": "Done"}"""),
            AslRules.InvalidStringMatchesPattern, Rule + "/StringMatches");
        Assert.Contains(messagePart, finding.Message);
    }

    [Theory]
    [InlineData("log-*.txt")]
    [InlineData(@"literal \\* star")]
    [InlineData(@"C:\\\\Users\\\\*")]
    public void StringMatches_patterns_with_valid_escapes_are_accepted(string pattern)
    {
        AssertClean(ChoiceWithRule($$"""{"Variable": "$.x", "StringMatches": "{{pattern}}", "Next": "Done"}"""));
    }

    [Fact]
    public void Choice_without_Default_is_a_warning_at_the_state()
    {
        AssertReported("""
            {"StartAt": "A", "States": {
              "A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Done"}]},
              "Done": {"Type": "Succeed"}}}
            """, AslRules.ChoiceWithoutDefault, "/States/A");
    }

    [Fact]
    public void Choice_with_Default_gets_no_warning()
    {
        AssertNotReported(ChoiceWithRule("""{"Variable": "$.x", "IsPresent": true, "Next": "Done"}"""), AslRules.ChoiceWithoutDefault);
    }
}
