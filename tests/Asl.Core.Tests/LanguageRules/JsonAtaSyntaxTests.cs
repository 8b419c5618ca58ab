using Asl.Diagnostics;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>G01: the text between {% and %} must parse as JSONata 2.0.</summary>
public sealed class JsonAtaSyntaxTests
{
    private static string Output(string expression) => Pass($$""" "Output": "{{expression}}" """);

    [Fact]
    public void An_unclosed_parenthesis_is_reported_at_the_field_with_its_position()
    {
        var finding = AssertSingle(Output("{% $count($states.input.items %}"), AslRules.InvalidJsonAtaExpression, "/States/A/Output");
        Assert.Contains("position 10", finding.Message);
        Assert.Contains("never closed", finding.Message);
    }

    [Fact]
    public void The_same_call_with_its_parenthesis_closed_is_valid() =>
        AssertClean(Output("{% $count($states.input.items) %}"));

    [Theory]
    [InlineData("{% $states.input.a $states.input.b %}", "no operator")]
    [InlineData("{% $x := 1; $x %}", "';' separates expressions only inside a block")]
    [InlineData("{% [1, 2, ] %}", "where an operand is expected")]
    [InlineData("{% %}", "empty")]
    [InlineData("{%%}", "empty")]
    [InlineData("{% !$states.input.done %}", "'!' is not a JSONata operator")]
    [InlineData("{% ($states.input.a] %}", "cannot close")]
    [InlineData("{% $states.input.a) %}", "no matching opening bracket")]
    [InlineData("{% 'open %}", "never closed")]
    [InlineData("{% $states.input.a + %}", "ends after '+'")]
    [InlineData("{% $states.input.a == 1 %}", "where an operand is expected")]
    [InlineData("{% ($states.input.a, $states.input.b) %}", "',' cannot separate")]
    [InlineData("{% 'it\\\\'s' %}", "not a JSONata escape")]
    [InlineData("{% function($x) $x %}", "needs a body")]
    [InlineData("{% $states.input.items^price %}", "sort terms")]
    [InlineData("{% /* note %}", "comment is never closed")]
    [InlineData("{% `field %}", "quoted name")]
    [InlineData("{% $match($states.input.s, /abc) %}", "no closing /")]
    [InlineData("{% 1 := 2 %}", "left side of ':='")]
    public void A_malformed_expression_is_reported_with_a_reason(string expression, string reason)
    {
        var finding = AssertSingle(Output(expression), AslRules.InvalidJsonAtaExpression, "/States/A/Output");
        Assert.Contains(reason, finding.Message);
    }

    [Theory]
    [InlineData("{%$states.input%}")]
    [InlineData("{%\\n  $states.input.a\\n  + $states.input.b\\n%}")]
    [InlineData("{% $states.input.a /* the first value */ + 1 %}")]
    [InlineData("{% $match($states.input.s, /^a(b|c)+\\\\/$/i) %}")]
    [InlineData("{% $states.input.total / 2 %}")]
    [InlineData("{% ($total := $sum($states.input.items.price); $total > 100 ? 'big' : 'small') %}")]
    [InlineData("{% ($a := 1; $b := 2;) %}")]
    [InlineData("{% $map($states.input.items, function($v, $i) { $v.price * $i }) %}")]
    [InlineData("{% $reduce([1..5], function($x, $y)<nn:n> { $x * $y }) %}")]
    [InlineData("{% $states.input.items^(>price, <name).name %}")]
    [InlineData("{% $states.input.items{ category: $sum(price) } %}")]
    [InlineData("{% $states.input.items.(price * quantity) %}")]
    [InlineData("{% $states.input ~> | $ | { 'checked': true } | %}")]
    [InlineData("{% $states.input.items[0].name & ', ' & $states.input.items[-1].name %}")]
    [InlineData("{% $substring(?, 0, 5)($states.input.name) %}")]
    [InlineData("{% $states.input.status in ['DONE', 'SKIPPED'] and $not($states.input.failed) %}")]
    [InlineData("{% $states.input.items@$item#$index.{ 'n': $index, 'v': $item } %}")]
    [InlineData("{% { \\\"id\\\": $states.input.id, 'tags': [], 'meta': {} } %}")]
    [InlineData("{% $states.input.`first name` %}")]
    [InlineData("{% $states.input.a ? $states.input.b : null %}")]
    [InlineData("{% -$states.input.delta %}")]
    [InlineData("{% $states.input.items.** %}")]
    [InlineData("{% $states.input.items.* %}")]
    [InlineData("{% λ($x){$x + 1}($states.input.n) %}")]
    public void Well_formed_expressions_in_every_syntax_form_are_accepted(string expression) =>
        AssertClean(Output(expression));
}
