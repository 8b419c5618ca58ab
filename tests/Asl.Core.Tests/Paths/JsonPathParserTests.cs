using Asl.Collections;
using Asl.Json;
using Asl.Paths;

namespace Asl.Core.Tests.Paths;

public class JsonPathParserTests
{
    private static JsonPath Valid(string text)
    {
        var result = JsonPathParser.Parse(text);
        Assert.True(result.Success, $"'{text}' should parse but failed: {result.Error} at {result.ErrorOffset}");
        Assert.Equal(-1, result.ErrorOffset);
        return result.Path!;
    }

    private static JsonPathParseResult Invalid(string text, int offset)
    {
        var result = JsonPathParser.Parse(text);
        Assert.False(result.Success, $"'{text}' should not parse");
        Assert.Null(result.Path);
        Assert.Equal(offset, result.ErrorOffset);
        return result;
    }

    private static PathSelector Only(PathSegment segment) => Assert.Single(segment.Selectors);

    [Fact]
    public void Dollar_alone_is_the_input_root_with_no_segments()
    {
        var path = Valid("$");
        Assert.Equal(PathRoot.Input, path.Root);
        Assert.True(path.IsRootOnly);
        Assert.True(path.IsReferencePath);
    }

    [Fact]
    public void Double_dollar_is_the_context_object_root()
    {
        var path = Valid("$$.Execution.Id");
        Assert.Equal(PathRoot.Context, path.Root);
        Assert.Equal(new[] { "Execution", "Id" }, path.LeadingNames);
    }

    [Fact]
    public void Dollar_followed_by_a_name_is_a_variable_with_its_field_path()
    {
        var path = Valid("$order.items[0]");
        Assert.Equal(PathRoot.Variable, path.Root);
        Assert.Equal("order", path.VariableName);
        Assert.Equal(new[] { PathSegment.Member("items"), PathSegment.Element(0) }, path.Segments);
    }

    [Fact]
    public void Variable_names_may_use_unicode_letters_digits_and_underscores()
    {
        var path = Valid("$größe_2");
        Assert.Equal("größe_2", path.VariableName);
        Assert.True(path.IsRootOnly);
    }

    [Fact]
    public void Dot_names_keep_dashes_colons_and_other_punctuation()
    {
        var path = Valid("$.detail-type.aws:region");
        Assert.Equal(new[] { PathSegment.Member("detail-type"), PathSegment.Member("aws:region") }, path.Segments);
    }

    [Theory]
    [InlineData("$['a b']", "a b")]
    [InlineData("$[\"x\"]", "x")]
    [InlineData("$[ 'it\\'s' ]", "it's")]
    [InlineData("$['back\\\\slash']", "back\\slash")]
    [InlineData("$['tab\\there']", "tab\there")]
    [InlineData("$['\\u00e9']", "é")]
    public void Bracket_names_are_quoted_and_unescaped(string text, string name)
    {
        Assert.Equal(new NameSelector(name), Only(Assert.Single(Valid(text).Segments)));
    }

    [Fact]
    public void Indexes_may_be_negative()
    {
        var path = Valid("$.items[-1]");
        Assert.Equal(new IndexSelector(-1), Only(path.Segments[1]));
        Assert.False(path.IsReferencePath);
    }

    [Fact]
    public void Length_offset_script_selects_from_the_end()
    {
        Assert.Equal(new IndexSelector(-2), Only(Valid("$.items[(@.length-2)]").Segments[1]));
        Assert.Equal(new IndexSelector(-1), Only(Valid("$.items[( @.length - 1 )]").Segments[1]));
    }

    [Fact]
    public void Wildcards_work_in_dot_and_bracket_notation()
    {
        Assert.Same(WildcardSelector.Instance, Only(Valid("$.a.*").Segments[1]));
        Assert.Same(WildcardSelector.Instance, Only(Valid("$.a[*]").Segments[1]));
        Assert.False(Valid("$.a.*").IsReferencePath);
    }

    [Theory]
    [InlineData("$[1:3]", 1, 3, null)]
    [InlineData("$[:3]", null, 3, null)]
    [InlineData("$[2:]", 2, null, null)]
    [InlineData("$[:]", null, null, null)]
    [InlineData("$[::2]", null, null, 2)]
    [InlineData("$[-3:-1]", -3, -1, null)]
    [InlineData("$[ 5 : 1 : -1 ]", 5, 1, -1)]
    public void Slices_keep_their_optional_bounds_and_step(string text, int? start, int? end, int? step)
    {
        Assert.Equal(new SliceSelector(start, end, step), Only(Assert.Single(Valid(text).Segments)));
    }

    [Fact]
    public void A_zero_slice_step_is_an_error_at_the_step()
    {
        var result = Invalid("$[0:5:0]", 6);
        Assert.Contains("step of 0", result.Error);
    }

    [Fact]
    public void Unions_hold_several_selectors_in_one_segment()
    {
        var segment = Assert.Single(Valid("$[0, 2,'name']").Segments);
        Assert.Equal(new PathSelector[] { new IndexSelector(0), new IndexSelector(2), new NameSelector("name") }, segment.Selectors);
        Assert.False(Valid("$[0,1]").IsReferencePath);
    }

    [Fact]
    public void Recursive_descent_marks_the_segment_as_descendant()
    {
        var path = Valid("$..price");
        Assert.Equal(PathSegment.Descendant(new NameSelector("price")), Assert.Single(path.Segments));
        Assert.True(Valid("$..*").Segments[0].IsDescendant);
        Assert.True(Valid("$..[0]").Segments[0].IsDescendant);
        Assert.False(path.IsReferencePath);
    }

    [Fact]
    public void Filters_parse_comparisons_with_a_relative_path_and_a_literal()
    {
        var filter = Assert.IsType<FilterSelector>(Only(Valid("$.books[?(@.price < 10)]").Segments[1]));
        var comparison = Assert.IsType<FilterComparison>(filter.Expression);
        Assert.Equal(FilterComparisonOperator.LessThan, comparison.Operator);
        var left = Assert.IsType<FilterQuery>(comparison.Left);
        Assert.Equal(PathRoot.Current, left.Path.Root);
        Assert.Equal(new[] { PathSegment.Member("price") }, left.Path.Segments);
        Assert.Equal(new FilterLiteral(AslJson.Of(10L)), comparison.Right);
    }

    [Fact]
    public void Filter_and_binds_tighter_than_or_and_not_applies_to_its_operand()
    {
        var filter = (FilterSelector)Only(Valid("$[?(@.a == 'x' || @.b != \"y\" && !@.c)]").Segments[0]);
        var or = Assert.IsType<FilterLogical>(filter.Expression);
        Assert.Equal(FilterLogicalOperator.Or, or.Operator);
        var and = Assert.IsType<FilterLogical>(or.Right);
        Assert.Equal(FilterLogicalOperator.And, and.Operator);
        var not = Assert.IsType<FilterNot>(and.Right);
        Assert.Equal(PathRoot.Current, Assert.IsType<FilterQuery>(not.Operand).Path.Root);
    }

    [Fact]
    public void Filter_parentheses_group_and_literals_cover_every_json_scalar()
    {
        var filter = (FilterSelector)Only(Valid("$[?((@.a >= -1.5e2 || @.b <= 3) && @.c == true && @.d != null && @.e > false)]").Segments[0]);
        var and = Assert.IsType<FilterLogical>(filter.Expression);
        Assert.Equal(FilterLogicalOperator.And, and.Operator);
        Assert.Equal(new FilterLiteral(AslJson.Of(false)), Assert.IsType<FilterComparison>(and.Right).Right);
        var inner = Assert.IsType<FilterLogical>(Assert.IsType<FilterLogical>(Assert.IsType<FilterLogical>(and.Left).Left).Left);
        Assert.Equal(FilterLogicalOperator.Or, inner.Operator);
        Assert.Equal(new FilterLiteral(new AslJsonNumber("-1.5e2")), Assert.IsType<FilterComparison>(inner.Left).Right);
    }

    [Fact]
    public void Filters_may_compare_with_absolute_paths_and_test_existence()
    {
        var filter = (FilterSelector)Only(Valid("$.items[?(@.price <= $.limit && @.isbn)]").Segments[1]);
        var and = Assert.IsType<FilterLogical>(filter.Expression);
        var comparison = Assert.IsType<FilterComparison>(and.Left);
        Assert.Equal(PathRoot.Input, Assert.IsType<FilterQuery>(comparison.Right).Path.Root);
        Assert.IsType<FilterQuery>(and.Right);
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("a.b", 0, "starts with '$'")]
    [InlineData("@.a", 0, "inside a filter")]
    [InlineData(" $.a", 0, "starts with '$'")]
    [InlineData("$.", 2, "field name")]
    [InlineData("$.a.", 4, "field name")]
    [InlineData("$...a", 3, "three dots")]
    [InlineData("$.a b", 4, "bracket notation")]
    [InlineData("$[", 1, "never closed")]
    [InlineData("$['a'", 1, "never closed")]
    [InlineData("$['a]", 2, "never closed")]
    [InlineData("$[a]", 2, "quote field names")]
    [InlineData("$[]", 2, "empty brackets")]
    [InlineData("$[0 1]", 4, "expected ',' or ']'")]
    [InlineData("$[99999999999]", 2, "too large")]
    [InlineData("$['\\q']", 3, "not an escape")]
    [InlineData("$.a]", 3, "without a matching '['")]
    [InlineData("$.items.length()", 14, "States.ArrayLength")]
    [InlineData("$1", 1, "a path continues")]
    [InlineData("$x-y", 2, "a path continues")]
    [InlineData("$[?(@.a = 1)]", 8, "'=='")]
    [InlineData("$[?(@.a =~ /x/)]", 8, "regular-expression")]
    [InlineData("$[?(1)]", 4, "literal alone")]
    [InlineData("$[?(1 == 2)]", 6, "no path")]
    [InlineData("$[?(@.a < )]", 10, "expected a path")]
    [InlineData("$[?(@.a]", 7, "expected ')'")]
    [InlineData("$[?@.a]", 3, "expected '('")]
    [InlineData("$[(@.size-1)]", 3, "(@.length-N)")]
    [InlineData("$[(@.length-0)]", 12, "past the end")]
    public void Invalid_paths_report_what_is_wrong_and_where(string text, int offset, string messagePart)
    {
        var result = Invalid(text, offset);
        Assert.Contains(messagePart, result.Error);
    }

    [Theory]
    [InlineData("$.[0]", "$[0]")]
    [InlineData("$.Snapshots.[0].State", "$.Snapshots[0].State")]
    [InlineData("$.[*].['bucket','key']", "$[*]['bucket','key']")]
    [InlineData("$.[?(@.OU > 0)]", "$[?(@.OU > 0)]")]
    [InlineData("$.a.['b c']", "$.a['b c']")]
    public void A_bracket_after_a_dot_reads_as_Jayway_reads_it(string text, string same)
    {
        // Jayway, the JSONPath implementation of Step Functions, takes '[' as the token after '.'; deployed AWS
        // samples use $.[0] and $.Snapshots.[0].State.
        Assert.Equal(Valid(same), Valid(text));
    }

    [Fact]
    public void Trailing_white_space_is_ignored()
    {
        Assert.Equal(Valid("$.a"), Valid("$.a  "));
    }

    [Fact]
    public void Reference_paths_allow_only_names_and_non_negative_indexes()
    {
        Assert.True(Valid("$.a['b c'][0].d").IsReferencePath);
        Assert.True(Valid("$$.Execution.Input").IsReferencePath);
        Assert.True(Valid("$var.a").IsReferencePath);
        Assert.False(Valid("$.a[1:2]").IsReferencePath);
        Assert.False(Valid("$.a[?(@.b)]").IsReferencePath);
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("$v")]
    [InlineData("$.a['b c'][0]")]
    [InlineData("$..a..*..[1,'x']")]
    [InlineData("$[1:2][::-1][:3]")]
    [InlineData("$['it\\'s']['\\\\'][\"*\"]")]
    [InlineData("$[?(@.a == 'x' || !(@.b < 2 && $$.c != null))]")]
    [InlineData("$[?(!@.a)][?(@['b c'] >= -1.5)]")]
    public void ToString_gives_text_that_parses_back_to_an_equal_path(string text)
    {
        var path = Valid(text);
        Assert.Equal(path, Valid(path.ToString()));
    }

    [Fact]
    public void ToString_prefers_dot_notation_for_plain_names()
    {
        Assert.Equal("$.a['b c'][0]..d.*[1,2]", Valid("$['a'][\"b c\"][0]..['d'].*[1, 2]").ToString());
    }

    [Fact]
    public void Equal_paths_written_differently_compare_equal()
    {
        Assert.Equal(Valid("$.a[0]"), Valid("$['a'][ 0 ]"));
        Assert.Equal(Valid("$.a").GetHashCode(), Valid("$[\"a\"]").GetHashCode());
        Assert.NotEqual(Valid("$.a"), Valid("$$.a"));
    }

    [Fact]
    public void Deeply_nested_filters_fail_instead_of_overflowing_the_stack()
    {
        var text = "$[?(" + new string('(', 5000) + "@.a" + new string(')', 5000) + ")]";
        var result = JsonPathParser.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("nested more than", result.Error);
    }

    [Fact]
    public void Segment_helpers_build_the_same_ast_as_the_parser()
    {
        var expected = new JsonPath(PathRoot.Input, null, EquatableArray.Create(PathSegment.Member("a"), PathSegment.Element(3)));
        Assert.Equal(expected, Valid("$.a[3]"));
    }
}
