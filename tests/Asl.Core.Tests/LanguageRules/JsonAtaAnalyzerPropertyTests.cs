using Asl.JsonAta;
using CsCheck;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>
/// The analyzer never throws, and accepts, without top-level input references, every expression of a grammar of
/// valid Step Functions JSONata (paths from $states and variables, literals, operators, calls, constructors,
/// predicates, blocks, conditions and lambdas).
/// </summary>
public sealed class JsonAtaAnalyzerPropertyTests
{
    private static readonly Gen<string> Literal = Gen.OneOf(
        Gen.Int[0, 1000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Const("1.5e3"), Gen.Const("'text'"), Gen.Const("\"a \\\"quoted\\\" word\""), Gen.Const("true"),
        Gen.Const("false"), Gen.Const("null"), Gen.Const("'it\\u0027s'"));

    private static readonly Gen<string> FieldName = Gen.OneOf(Gen.Const("items"), Gen.Const("price"), Gen.Const("`first name`"), Gen.Const("and"));

    private static readonly Gen<string> Path = Gen.OneOf(
        FieldName.Array[0, 3].Select(steps => string.Concat(new[] { "$states.input" }.Concat(steps.Select(s => "." + s)))),
        Gen.Const("$states.context.Execution.Id"),
        Gen.Const("$order.lines[0]"),
        Gen.Const("$states.input.items[price > 10 and $ != null].price"));

    private static readonly Gen<string> Operator = Gen.OneOf("+", "-", "*", "/", "%", "&", "=", "!=", "<", "<=", ">", ">=", "and", "or", "in");

    private static Gen<string> Expression(int depth)
    {
        var atom = Gen.OneOf(Literal, Path);
        if (depth == 0) return atom;
        var sub = Expression(depth - 1);
        return Gen.OneOf(
            atom,
            Gen.Select(sub, Operator, sub, (a, op, b) => $"{a} {op} {b}"),
            sub.Select(e => $"({e})"),
            sub.Select(e => $"-{e}"),
            sub.Array[0, 3].Select(args => $"[{string.Join(", ", args)}]"),
            sub.Array[1, 3].Select(args => $"$string({string.Join(", ", args)})"),
            Gen.Select(sub, sub, (k, v) => $"{{ 'key': {k}, \"other\": {v} }}"),
            Gen.Select(sub, sub, sub, (c, a, b) => $"{c} ? {a} : {b}"),
            Gen.Select(sub, sub, (a, b) => $"($x := {a}; $x & {b})"),
            sub.Select(e => $"$map($states.input.items, function($v, $i) {{ $v.price * {e} }})"),
            sub.Select(e => $"$states.input.items[price > {e}].(price * quantity)"),
            sub.Select(e => $"$states.input.items^(>price){{ category: $sum(price) }} /* grouped */ ~> $count() + {e}"));
    }

    private static readonly Gen<string> ValidExpression = Expression(3);

    [Fact]
    public void Generated_valid_expressions_are_accepted_without_top_level_references()
    {
        ValidExpression.Sample(expression =>
        {
            var analysis = JsonAtaAnalysis.Analyze(expression);
            Assert.True(analysis.Error is null, $"{expression}: {analysis.Error?.Message} at {analysis.Error?.Offset}");
            Assert.Empty(analysis.TopLevelInputReferences);
            Assert.DoesNotContain(analysis.Variables, v => v.Name == "$");
        }, iter: 2000);
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_errors_point_inside_the_text()
    {
        var pieces = Gen.OneOf(
            Gen.OneOf("$", "$$", "$states", ".", "(", ")", "[", "]", "{", "}", ",", ";", ":", "?", "'", "\"", "`", "/", "*",
                "/*", "*/", "\\", "-", "..", ":=", "~>", "^", "|", "@", "#", "!", "~", "<", ">", "=", "function", "λ", " ", "\n"),
            Gen.String[Gen.Char.AlphaNumeric, 0, 3]);
        pieces.Array[0, 25].Select(string.Concat).Sample(text =>
        {
            var analysis = JsonAtaAnalysis.Analyze(text);
            if (analysis.Error is { } error) Assert.InRange(error.Offset, 0, text.Length);
        }, iter: 5000);
    }

    [Fact]
    public void Inserting_white_space_and_comments_between_tokens_does_not_change_validity()
    {
        ValidExpression.Sample(expression =>
        {
            var tokens = JsonAtaScanner.Scan(expression).Tokens;
            var spaced = string.Join(" /* c */\n ", tokens.Select(t => expression.Substring(t.Start, t.Length)));
            var analysis = JsonAtaAnalysis.Analyze(spaced);
            Assert.True(analysis.Error is null, $"{spaced}: {analysis.Error?.Message}");
        }, iter: 500);
    }
}
