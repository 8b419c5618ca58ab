using Asl.Diagrams;
using static Asl.Core.Tests.Diagrams.DiagramDefinitions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>Choice rules written as the conditions a reader takes in at a glance, on the edges they label.</summary>
public sealed class ChoiceTextTests
{
    private static string Label(string rule, string queryLanguage = "JSONPath")
    {
        var choice = rule.Trim()[..^1] + ",\"Next\":\"T\"}";
        var diagram = Diagram.Of(Read("{\"QueryLanguage\":\"" + queryLanguage + "\",\"StartAt\":\"C\",\"States\":{"
            + "\"C\":{\"Type\":\"Choice\",\"Choices\":[" + choice + "]},\"T\":{\"Type\":\"Succeed\"}}}"));
        return diagram.Edges.Single(e => e.Kind == DiagramEdgeKind.Choice).Label!;
    }

    [Theory]
    [InlineData("""{"Variable":"$.total","NumericGreaterThan":100}""", "$.total > 100")]
    [InlineData("""{"Variable":"$.total","NumericLessThanEquals":2.5}""", "$.total <= 2.5")]
    [InlineData("""{"Variable":"$.status","StringEquals":"done"}""", "$.status == \"done\"")]
    [InlineData("""{"Variable":"$.a","StringGreaterThanEqualsPath":"$.b"}""", "$.a >= $.b")]
    [InlineData("""{"Variable":"$.flag","BooleanEquals":false}""", "$.flag == false")]
    [InlineData("""{"Variable":"$.when","TimestampLessThan":"2026-01-01T00:00:00Z"}""", "$.when < \"2026-01-01T00:00:00Z\"")]
    [InlineData("""{"Variable":"$.file","StringMatches":"*.log"}""", "$.file matches \"*.log\"")]
    [InlineData("""{"Variable":"$.tags","IsPresent":true}""", "$.tags is present")]
    [InlineData("""{"Variable":"$.tags","IsPresent":false}""", "$.tags is not present")]
    [InlineData("""{"Variable":"$.n","IsNumeric":true}""", "$.n is numeric")]
    [InlineData("""{"Variable":"$.v","IsNull":true}""", "$.v is null")]
    [InlineData("""{"Variable":"$.t","IsTimestamp":false}""", "$.t is not a timestamp")]
    public void A_comparison_reads_as_an_operator_between_the_path_and_its_operand(string rule, string expected) =>
        Assert.Equal(expected, Label(rule));

    [Fact]
    public void And_or_and_not_nest_with_parentheses_where_needed()
    {
        Assert.Equal("$.a > 1 and ($.b == \"x\" or $.c is null)", Label("""
            {"And":[{"Variable":"$.a","NumericGreaterThan":1},{"Or":[{"Variable":"$.b","StringEquals":"x"},{"Variable":"$.c","IsNull":true}]}]}
            """));
        Assert.Equal("not ($.ok == true)", Label("""{"Not":{"Variable":"$.ok","BooleanEquals":true}}"""));
    }

    [Fact]
    public void A_jsonata_condition_shows_its_expression_without_delimiters()
    {
        Assert.Equal("$states.input.total > 100", Label("""{"Condition":"{% $states.input.total > 100 %}"}""", "JSONata"));
    }

    [Fact]
    public void A_long_condition_is_cut_on_one_line_with_an_ellipsis()
    {
        var label = Label("""{"Variable":"$.order.customer.shippingAddress.countryCode","StringEquals":"a very long value\nwith a line break"}""");

        Assert.Equal(60, label.Length);
        Assert.EndsWith("…", label);
        Assert.DoesNotContain('\n', label);
    }
}
