using Asl.JsonAta;

namespace Asl.Core.Tests.LanguageRules;

public sealed class JsonAtaScannerTests
{
    private static IReadOnlyList<JsonAtaToken> Tokens(string text)
    {
        var result = JsonAtaScanner.Scan(text);
        Assert.Null(result.Error);
        return result.Tokens;
    }

    private static string Kinds(string text) => string.Join(" ", Tokens(text).Select(t => t.Kind + ":" + t.Text));

    [Fact]
    public void Variables_names_and_dots_are_separate_tokens()
    {
        Assert.Equal("Variable:states Operator:. Name:input Operator:. Name:items", Kinds("$states.input.items"));
    }

    [Fact]
    public void The_context_variable_and_the_root_variable_are_variables_named_empty_and_dollar()
    {
        Assert.Equal("Variable: Operator:. Name:x", Kinds("$.x"));
        Assert.Equal("Variable:$ Operator:. Name:x", Kinds("$$.x"));
    }

    [Fact]
    public void Strings_take_both_quote_styles_and_json_escapes()
    {
        var tokens = Tokens("'it\\u0027s' & \"say \\\"hi\\\"\\n\"");
        Assert.Equal(new[] { "it's", "&", "say \"hi\"\n" }, tokens.Select(t => t.Text));
        Assert.Equal(JsonAtaTokenKind.String, tokens[0].Kind);
        Assert.Equal(JsonAtaTokenKind.String, tokens[2].Kind);
    }

    [Fact]
    public void A_backslash_quote_inside_a_single_quoted_string_is_not_an_escape()
    {
        var result = JsonAtaScanner.Scan("'it\\'s'");
        Assert.NotNull(result.Error);
        Assert.Equal(3, result.Error!.Offset);
    }

    [Fact]
    public void An_unterminated_string_is_reported_where_it_starts()
    {
        var result = JsonAtaScanner.Scan("$a & 'open");
        Assert.Equal(5, result.Error!.Offset);
        Assert.Contains("never closed", result.Error.Message);
    }

    [Fact]
    public void Comments_are_skipped_and_an_unclosed_comment_is_an_error()
    {
        Assert.Equal("Variable:a Operator:+ Number:1", Kinds("$a /* the total */ + 1"));
        Assert.Equal(3, JsonAtaScanner.Scan("$a /* open").Error!.Offset);
    }

    [Fact]
    public void A_slash_after_an_operand_divides_and_elsewhere_starts_a_regular_expression()
    {
        Assert.Equal("Variable:a Operator:/ Number:2", Kinds("$a / 2"));
        Assert.Equal("Variable:match Operator:( Variable:s Operator:, Regex:it's Operator:)", Kinds("$match($s, /it's/i)"));
        Assert.Equal("Operator:( Variable:a Operator:) Operator:/ Number:2", Kinds("($a) / 2"));
    }

    [Fact]
    public void Numbers_follow_json_and_a_minus_sign_is_an_operator()
    {
        Assert.Equal("Operator:- Number:1.5e3", Kinds("-1.5e3"));
        Assert.Equal("Operator:[ Number:1 Operator:.. Number:5 Operator:]", Kinds("[1..5]"));
        Assert.NotNull(JsonAtaScanner.Scan("1e999").Error);
    }

    [Fact]
    public void Names_end_only_at_white_space_or_an_operator_character()
    {
        Assert.Equal("Name:first Operator:- Name:name", Kinds("first-name"));
        Assert.Equal("Name:it's", Kinds("it's"));
        Assert.Equal("QuotedName:first name", Kinds("`first name`"));
    }

    [Fact]
    public void Keywords_and_literals_are_recognised()
    {
        Assert.Equal("Boolean:true Operator:and Null:null", Kinds("true and null"));
    }

    [Fact]
    public void A_slash_right_after_an_opening_bracket_is_not_a_regular_expression_as_in_JSONata_2_0()
    {
        // JSONata 2.0.6 reads the token after ( or [ as if an operand had ended, so /b/ there is a division: S0211.
        var result = JsonAtaScanner.Scan("[/b/]");
        Assert.Equal("S0211", result.Error!.Code);
        Assert.Equal(1, result.Error.Offset);
    }

    [Fact]
    public void Two_character_operators_are_single_tokens()
    {
        Assert.Equal("Variable:x Operator::= Variable:a Operator:~> Variable:f Operator:( Operator:)", Kinds("$x := $a ~> $f()"));
        Assert.Equal("Variable:a Operator:!= Variable:b Operator:<= Variable:c", Kinds("$a != $b <= $c"));
    }

    [Fact]
    public void Token_positions_point_into_the_scanned_text()
    {
        var tokens = Tokens("  $a  +  'b'");
        Assert.Equal(new[] { 2, 6, 9 }, tokens.Select(t => t.Start));
        Assert.Equal(3, tokens[2].Length);
    }
}
