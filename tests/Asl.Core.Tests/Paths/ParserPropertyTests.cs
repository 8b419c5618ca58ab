using Asl.Collections;
using Asl.Json;
using Asl.Paths;
using CsCheck;

namespace Asl.Core.Tests.Paths;

public class ParserPropertyTests
{
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.Char["abcXYZ_-:$@?"].Array[1, 6].Select(c => new string(c)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 4],
        Gen.Const("a b"), Gen.Const("it's"), Gen.Const("back\\slash"), Gen.Const("*"), Gen.Const("x.y"));

    private static readonly Gen<PathSelector> Simple = Gen.OneOf<PathSelector>(
        Name.Select(n => (PathSelector)new NameSelector(n)),
        Gen.Int[-5, 20].Select(i => (PathSelector)new IndexSelector(i)),
        Gen.Const<PathSelector>(WildcardSelector.Instance),
        Gen.Select(OptionalInt(-3, 3), OptionalInt(-3, 3), OptionalInt(1, 3), (a, b, s) => (PathSelector)new SliceSelector(a, b, s)));

    private static Gen<int?> OptionalInt(int min, int max) => Gen.OneOf(Gen.Const((int?)null), Gen.Int[min, max].Select(i => (int?)i));

    private static readonly Gen<FilterExpression> Condition = Gen.OneOf<FilterExpression>(
        Name.Select(n => (FilterExpression)new FilterQuery(new JsonPath(PathRoot.Current, null, EquatableArray.Create(PathSegment.Member(n))))),
        Gen.Select(Name, Gen.Int[-100, 100], Gen.Enum<FilterComparisonOperator>(), (n, v, op) => (FilterExpression)new FilterComparison(
            new FilterQuery(new JsonPath(PathRoot.Current, null, EquatableArray.Create(PathSegment.Member(n)))), op, new FilterLiteral(AslJson.Of(v)))),
        Gen.Select(Name, Gen.String[Gen.Char.AlphaNumeric, 0, 5], (n, v) => (FilterExpression)new FilterComparison(
            new FilterQuery(new JsonPath(PathRoot.Input, null, EquatableArray.Create(PathSegment.Member(n)))), FilterComparisonOperator.Equal, new FilterLiteral(AslJson.Of(v)))));

    private static readonly Gen<FilterExpression> Filter = Gen.OneOf(
        Condition,
        Gen.Select(Condition, Condition, Gen.Enum<FilterLogicalOperator>(), (a, b, op) => (FilterExpression)new FilterLogical(op, a, b)),
        Condition.Select(c => (FilterExpression)new FilterNot(c)));

    private static readonly Gen<PathSegment> Segment = Gen.OneOf(
        Simple.Select(PathSegment.Child),
        Simple.Select(PathSegment.Descendant),
        Simple.Array[2, 3].Select(s => new PathSegment(s.ToEquatableArray())),
        Filter.Select(f => PathSegment.Child(new FilterSelector(f))));

    private static readonly Gen<JsonPath> Path = Gen.Select(
        Gen.Enum<PathRoot>().Where(r => r != PathRoot.Current),
        Segment.Array[0, 4],
        (root, segments) => new JsonPath(root, root == PathRoot.Variable ? "v" : null, segments.ToEquatableArray()));

    [Fact]
    public void Every_path_prints_as_text_that_parses_back_to_it()
    {
        Path.Sample(path =>
        {
            var text = path.ToString();
            var parsed = JsonPathParser.Parse(text);
            Assert.True(parsed.Success, $"{text}: {parsed.Error} at {parsed.ErrorOffset}");
            Assert.Equal(path, parsed.Path);
        });
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_errors_point_inside_the_text()
    {
        var text = Gen.String[Gen.Char["$@.[]()'\"\\?*:,-=<>!&| 0123abc{}"], 0, 30];
        text.Sample(t =>
        {
            var path = JsonPathParser.Parse("$" + t);
            Assert.True(path.Success || (path.ErrorOffset >= 0 && path.ErrorOffset <= t.Length + 1));
            var call = IntrinsicParser.Parse("States.Format(" + t);
            Assert.True(call.Success || (call.ErrorOffset >= 0 && call.ErrorOffset <= t.Length + 14));
            PayloadExpressions.Parse(t);
        });
    }
}
