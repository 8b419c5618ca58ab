using Asl.Json;
using Asl.Paths;

namespace Asl.Core.Tests.Paths;

public class IntrinsicParserTests
{
    private static IntrinsicCall Valid(string text)
    {
        var result = IntrinsicParser.Parse(text);
        Assert.True(result.Success, $"'{text}' should parse but failed: {result.Error} at {result.ErrorOffset}");
        return result.Call!;
    }

    private static IntrinsicParseResult Invalid(string text, int offset)
    {
        var result = IntrinsicParser.Parse(text);
        Assert.False(result.Success, $"'{text}' should not parse");
        Assert.Null(result.Call);
        Assert.Equal(offset, result.ErrorOffset);
        return result;
    }

    [Fact]
    public void Format_with_a_template_and_a_path_parses_into_a_call()
    {
        var call = Valid("States.Format('Hello {}', $.name)");
        Assert.Equal("States.Format", call.Name);
        Assert.Equal(IntrinsicFunctions.Format, call.Function!.Name);
        Assert.Equal(2, call.Arguments.Count);
        var template = Assert.IsType<IntrinsicString>(call.Arguments[0]);
        Assert.Equal("Hello {}", template.Value);
        Assert.Equal(1, template.PlaceholderCount);
        Assert.Equal(new[] { "Hello ", "" }, template.TemplateParts);
        var path = Assert.IsType<IntrinsicPath>(call.Arguments[1]).Path;
        Assert.Equal(new[] { PathSegment.Member("name") }, path.Segments);
    }

    [Fact]
    public void Arguments_may_be_numbers_booleans_null_paths_and_nested_calls()
    {
        var call = Valid("States.Array(1, -2.5, 1e3, true, false, null, $$.Execution.Id, $var.x, States.UUID())");
        Assert.Equal(new IntrinsicArgument[]
        {
            new IntrinsicLiteral(AslJson.Of(1L)),
            new IntrinsicLiteral(new AslJsonNumber("-2.5")),
            new IntrinsicLiteral(new AslJsonNumber("1e3")),
            new IntrinsicLiteral(AslJson.Of(true)),
            new IntrinsicLiteral(AslJson.Of(false)),
            new IntrinsicLiteral(AslJson.Null),
            new IntrinsicPath(JsonPathParser.Parse("$$.Execution.Id").Path!),
            new IntrinsicPath(JsonPathParser.Parse("$var.x").Path!),
            new IntrinsicCall("States.UUID", default),
        }, call.Arguments);
        Assert.Equal(2, call.Depth);
    }

    [Fact]
    public void White_space_may_surround_arguments()
    {
        Assert.Equal(Valid("States.MathAdd($.a,1)"), Valid("States.MathAdd(  $.a ,\t1 )  "));
    }

    [Fact]
    public void Path_arguments_may_use_brackets_with_commas_and_parentheses_inside()
    {
        var call = Valid("States.JsonToString($['a, b)'][0])");
        var path = Assert.IsType<IntrinsicPath>(Assert.Single(call.Arguments)).Path;
        Assert.Equal(new[] { PathSegment.Member("a, b)"), PathSegment.Element(0) }, path.Segments);
    }

    [Theory]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"'\{\}'", "{}")]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'line\n'", @"line\n")]
    public void String_escapes_resolve_quote_braces_and_backslash(string literal, string value)
    {
        var text = Assert.IsType<IntrinsicString>(Assert.Single(Valid($"States.StringToJson({literal})").Arguments));
        Assert.Equal(value, text.Value);
    }

    [Fact]
    public void Escaped_braces_are_not_placeholders()
    {
        var template = Assert.IsType<IntrinsicString>(Valid(@"States.Format('a {} b \{} c {}', 1, 2)").Arguments[0]);
        Assert.Equal(2, template.PlaceholderCount);
        Assert.Equal(new[] { "a ", " b {} c ", "" }, template.TemplateParts);
        Assert.Equal("a {} b {} c {}", template.Value);
    }

    [Fact]
    public void Lone_braces_in_strings_are_plain_text()
    {
        var json = Assert.IsType<IntrinsicString>(Valid("States.StringToJson('{\"a\": 1}')").Arguments[0]);
        Assert.Equal("{\"a\": 1}", json.Value);
        Assert.Equal(0, json.PlaceholderCount);
    }

    [Fact]
    public void Unknown_function_names_parse_so_the_validator_can_name_them()
    {
        var call = Valid("States.Nope(1)");
        Assert.Null(call.Function);
    }

    [Fact]
    public void Depth_counts_nested_calls()
    {
        Assert.Equal(1, Valid("States.UUID()").Depth);
        Assert.Equal(3, Valid("States.Format('{}', States.JsonToString(States.Array(1)))").Depth);
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("(1)", 0, "starts with the function name")]
    [InlineData("States.UUID", 11, "expected '('")]
    [InlineData("States.UUID ()", 11, "no space")]
    [InlineData("States-Format()", 6, "expected '('")]
    [InlineData("States.Format('x'", 13, "never closed")]
    [InlineData("States.Format('x)", 14, "never closed")]
    [InlineData(@"States.Format('x\')", 14, @"escaped quote")]
    [InlineData(@"States.Format('x\", 16, "escapes nothing")]
    [InlineData("States.Format(\"x\")", 14, "single quotes")]
    [InlineData("States.Format('x',)", 18, "argument 2 of States.Format is missing")]
    [InlineData("States.Format(,)", 14, "argument 1 of States.Format is missing")]
    [InlineData("States.Format('x' 'y')", 18, "expected ',' or ')' after argument 1")]
    [InlineData("States.Format('x') x", 19, "after the closing ')'")]
    [InlineData("States.Array(01)", 13, "leading zeros")]
    [InlineData("States.Array(-)", 14, "expected a digit")]
    [InlineData("States.Array($.a b)", 17, "expected ',' or ')'")]
    [InlineData("States.Array($.)", 15, "field name")]
    [InlineData("States.Array(@.a)", 13, "expected argument 1")]
    [InlineData("States.Array(1", 12, "never closed")]
    public void Invalid_calls_report_what_is_wrong_and_where(string text, int offset, string messagePart)
    {
        var result = Invalid(text, offset);
        Assert.Contains(messagePart, result.Error);
    }

    [Fact]
    public void Very_deep_nesting_fails_instead_of_overflowing_the_stack()
    {
        var text = string.Concat(Enumerable.Repeat("States.Array(", 5000)) + new string(')', 5000);
        var result = IntrinsicParser.Parse(text);
        Assert.False(result.Success);
        Assert.True(result.NestingTooDeep);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(34)]
    [InlineData(64)]
    public void Parsing_stops_at_the_first_call_nested_deeper_than_AWS_evaluates(int depth)
    {
        // The eleventh call starts after ten "States.Array(" prefixes; nothing after it is read.
        var text = string.Concat(Enumerable.Repeat("States.Array(", depth)) + new string(')', depth);
        var result = IntrinsicParser.Parse(text);
        Assert.False(result.Success);
        Assert.True(result.NestingTooDeep);
        Assert.Equal(10 * "States.Array(".Length, result.ErrorOffset);
        Assert.Contains("nested 11 levels deep, more than the 10 that Step Functions evaluates", result.Error);
    }

    [Fact]
    public void Ten_nested_calls_parse_and_report_their_depth()
    {
        var text = string.Concat(Enumerable.Repeat("States.Array(", 10)) + new string(')', 10);
        var result = IntrinsicParser.Parse(text);
        Assert.True(result.Success, result.Error);
        Assert.False(result.NestingTooDeep);
        Assert.Equal(10, result.Call.Depth);
    }

    [Fact]
    public void A_syntax_error_is_not_a_nesting_error()
    {
        Assert.False(IntrinsicParser.Parse("States.Array(States.Array(").NestingTooDeep);
    }

    [Fact]
    public void The_table_knows_all_eighteen_functions_with_their_arity()
    {
        Assert.Equal(18, IntrinsicFunctions.All.Count);
        Assert.Equal("at least 1", IntrinsicFunctions.Find("States.Format")!.ArityText);
        Assert.Equal("2 or 3", IntrinsicFunctions.Find("States.MathRandom")!.ArityText);
        Assert.Equal("exactly 0", IntrinsicFunctions.Find("States.UUID")!.ArityText);
        Assert.Equal("any number of", IntrinsicFunctions.Find("States.Array")!.ArityText);
        Assert.True(IntrinsicFunctions.Find("States.JsonMerge")!.AcceptsArgumentCount(3));
        Assert.False(IntrinsicFunctions.Find("States.JsonMerge")!.AcceptsArgumentCount(2));
        Assert.Null(IntrinsicFunctions.Find("states.format"));
    }
}
