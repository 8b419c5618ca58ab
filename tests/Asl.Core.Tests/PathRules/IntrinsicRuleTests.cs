using Asl.Diagnostics;
using static Asl.Core.Tests.PathRules.PathRulesHarness;

namespace Asl.Core.Tests.PathRules;

public class IntrinsicRuleTests
{
    private const string Pointer = "/States/A/Parameters/v.$";

    private static string Call(string call) => PassWithParameters($$"""{"v.$": "{{call}}"}""");

    [Fact]
    public void Unknown_function_is_reported_with_a_suggestion()
    {
        var finding = AssertReported(Call("States.Formatt('a')"), AslRules.UnknownIntrinsicFunction, Pointer);
        Assert.Contains("Did you mean States.Format?", finding.Message);
    }

    [Fact]
    public void Wrong_case_is_an_unknown_function()
    {
        var finding = AssertReported(Call("States.uuid()"), AslRules.UnknownIntrinsicFunction, Pointer);
        Assert.Contains("States.UUID", finding.Message);
    }

    [Fact]
    public void A_name_with_no_near_match_lists_the_functions()
    {
        var finding = AssertReported(Call("Lambda.Invoke($.a)"), AslRules.UnknownIntrinsicFunction, Pointer);
        Assert.Contains("States.ArrayPartition", finding.Message);
    }

    [Fact]
    public void Unknown_nested_function_is_reported()
    {
        AssertReported(Call("States.Format('{}', States.Nope())"), AslRules.UnknownIntrinsicFunction, Pointer);
    }

    [Theory]
    [InlineData("States.UUID(1)")]
    [InlineData("States.MathRandom(1, 2, 3, 4)")]
    [InlineData("States.ArrayLength()")]
    [InlineData("States.Format()")]
    [InlineData("States.JsonMerge($.a, $.b)")]
    public void Wrong_argument_count_is_reported(string call)
    {
        AssertReported(Call(call), AslRules.IntrinsicArgumentCount, Pointer);
    }

    [Theory]
    [InlineData("States.UUID()")]
    [InlineData("States.MathRandom(1, 10)")]
    [InlineData("States.MathRandom(1, 10, 42)")]
    [InlineData("States.Array()")]
    [InlineData("States.Array(1, 'a', $.x, null)")]
    [InlineData("States.ArrayPartition($.items, 4)")]
    [InlineData("States.ArrayContains($.items, 'x')")]
    [InlineData("States.ArrayRange(0, 999, 1)")]
    [InlineData("States.ArrayRange(10, 0, -2)")]
    [InlineData("States.ArrayUnique($.items)")]
    [InlineData("States.Base64Encode($.text)")]
    [InlineData("States.Base64Decode('aGk=')")]
    [InlineData("States.Hash($.text, 'SHA-256')")]
    [InlineData("States.MathAdd($.n, -1)")]
    [InlineData("States.MathAdd(1.5, 1)")]
    [InlineData("States.StringSplit($.csv, ',')")]
    [InlineData("States.StringToJson($.body)")]
    [InlineData("States.JsonToString($.body)")]
    [InlineData("States.Format('no placeholders')")]
    public void Correct_calls_of_every_function_are_valid(string call)
    {
        AssertClean(Call(call));
    }

    [Fact]
    public void Format_with_fewer_values_than_placeholders_is_reported()
    {
        var finding = AssertReported(Call("States.Format('{} and {}', $.a)"), AslRules.FormatPlaceholderCount, Pointer);
        Assert.Contains("2 {} placeholders but is given 1 value", finding.Message);
    }

    [Fact]
    public void Format_counts_escaped_braces_as_text()
    {
        AssertReported(Call(@"States.Format('\\{} {}', $.a, $.b)"), AslRules.FormatPlaceholderCount, Pointer);
        AssertClean(Call(@"States.Format('\\{} {}', $.a)"));
    }

    [Fact]
    public void Format_template_that_is_a_number_is_reported()
    {
        AssertReported(Call("States.Format(42, $.a)"), AslRules.FormatTemplateNotString, Pointer);
    }

    [Fact]
    public void Format_template_from_a_path_is_accepted()
    {
        AssertClean(Call("States.Format($.template, $.a)"));
    }

    [Fact]
    public void JsonToString_of_a_literal_is_reported()
    {
        AssertReported(Call("States.JsonToString('x')"), AslRules.JsonToStringArgumentNotPath, Pointer);
    }

    [Theory]
    [InlineData("States.ArrayPartition($.items, 0)", "positive integer")]
    [InlineData("States.ArrayPartition($.items, 'two')", "positive integer")]
    [InlineData("States.ArrayRange(1, 5000, 1)", "at most 1,000")]
    [InlineData("States.ArrayRange(1, 5, 0)", "must not be 0")]
    [InlineData("States.ArrayRange(1.5, 5, 1)", "integers")]
    [InlineData("States.ArrayGetItem($.items, -1)", "non-negative integer")]
    [InlineData("States.Hash($.text, 'sha256')", "SHA-256")]
    [InlineData("States.Hash($.text, 5)", "algorithm")]
    [InlineData("States.MathAdd(States.UUID(), 1)", "numbers")]
    [InlineData("States.MathRandom('1', 10)", "numbers")]
    [InlineData("States.JsonMerge($.a, $.b, true)", "false")]
    [InlineData("States.JsonMerge($.a, $.b, States.UUID())", "false")]
    [InlineData("States.ArrayRange(-9223372036854775807, 9223372036854775807, 1)", "at most 1,000")]
    [InlineData("States.Base64Encode(12)", "string")]
    public void Literal_arguments_that_can_never_work_are_reported(string call, string messagePart)
    {
        var finding = AssertReported(Call(call), AslRules.InvalidIntrinsicArgument, Pointer);
        Assert.Contains(messagePart, finding.Message);
    }

    [Fact]
    public void Base64_input_longer_than_ten_thousand_characters_is_reported()
    {
        AssertReported(Call("States.Base64Encode('" + new string('x', 10_001) + "')"), AslRules.InvalidIntrinsicArgument, Pointer);
        AssertClean(Call("States.Base64Encode('" + new string('x', 10_000) + "')"));
    }

    [Fact]
    public void Nesting_deeper_than_ten_calls_is_reported()
    {
        var finding = AssertReported(Call(Nested(11)), AslRules.IntrinsicNestingTooDeep, Pointer);
        Assert.Contains("nested 11 levels deep, more than the 10", finding.Message);
        AssertNotReported(Call(Nested(11)), AslRules.InvalidIntrinsicSyntax);
    }

    [Fact]
    public void Nesting_of_ten_calls_is_valid()
    {
        AssertClean(Call(Nested(10)));
    }

    [Theory]
    [InlineData("States.Format('x")]
    [InlineData("States.Format('x' $.a)")]
    [InlineData("States.Format ('x')")]
    [InlineData("States.Format(\\\"x\\\")")]
    public void Syntax_errors_are_reported_with_the_position(string call)
    {
        var finding = AssertReported(Call(call), AslRules.InvalidIntrinsicSyntax, Pointer);
        Assert.Contains("at ", finding.Message);
        Assert.Contains("«", finding.Message);
    }

    [Fact]
    public void Intrinsic_in_a_Choice_Variable_is_not_allowed()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "States.ArrayLength($.items)", "NumericGreaterThan": 0, "Next": "Done"}"""),
            AslRules.IntrinsicNotAllowedHere, "/States/A/Choices/0/Variable");
    }

    [Fact]
    public void Intrinsic_in_a_comparison_path_is_not_allowed()
    {
        AssertReported(ChoiceWithRule("""{"Variable": "$.count", "NumericGreaterThanPath": "States.ArrayLength($.items)", "Next": "Done"}"""),
            AslRules.IntrinsicNotAllowedHere, "/States/A/Choices/0/NumericGreaterThanPath");
    }

    private static string Nested(int depth)
    {
        var text = "States.UUID()";
        for (var i = 1; i < depth; i++) text = "States.Array(" + text + ")";
        return text;
    }
}
