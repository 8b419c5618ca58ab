using Asl.JsonAta;
using Asl.Local.Jsonata;
using Asl.Local.Jsonata.Library;
using Asl.Local.Tests.JsonAtaSuite;
using CsCheck;

namespace Asl.Local.Tests;

/// <summary>
/// Bad or odd input never breaks the JSONata parser or evaluator: any text parses to a tree or a syntax error inside
/// the text, and any expression evaluates to a value or fails with a JSONata error (never another exception), within
/// Step Functions' bounds.
/// </summary>
public sealed class JsonAtaPropertyTests
{
    private static readonly string[] SuiteExpressions = SuiteCases.Cases.Values
        .Where(c => c.TryGetProperty("expr", out _))
        .Select(c => c.GetProperty("expr").GetRawText())
        .Select(raw => (string)JsonAtaJson.Parse(raw)!)
        .ToArray();

    private static readonly object? Data = JsonAtaJson.Parse(File.ReadAllText(Path.Combine(SuiteCases.Directory, "datasets", "dataset5.json")));

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, SuiteExpressions.Length - 1], Gen.Int[0, 1000].Array[1, 4], Gen.Char["()[]{}.,;:?$'\"`/*-+&%@#^|<>=!~ 0a1"].Array[4],
            (index, positions, characters) =>
            {
                var text = new System.Text.StringBuilder(SuiteExpressions[index]);
                for (var i = 0; i < positions.Length; i++)
                {
                    var at = positions[i] % (text.Length + 1);
                    if (i % 2 == 0 && at < text.Length) text.Remove(at, 1);
                    else text.Insert(at, characters[i]);
                }
                return text.ToString();
            });

    [Fact]
    public void Any_text_parses_to_a_tree_or_to_a_syntax_error_inside_the_text()
    {
        var tokens = Gen.OneOf(Gen.OneOf(["$", "$$", "$x", "a", ".", "(", ")", "[", "]", "{", "}", ",", ";", ":", "?", "+", "-", "*", "/", "%", "&", "=",
            "!=", "<", ">", "..", ":=", "~>", "^", "@", "#", "|", "**", "1", "'s'", "true", "null", "function", "/re/", "`q`", "!", "~", "/*", "*/", "\\u"]),
            Gen.String[Gen.Char.AlphaNumeric, 0, 3]);
        Gen.OneOf(Mutated, tokens.Array[0, 30].Select(t => string.Join(" ", t))).Sample(text =>
        {
            var result = JsonAtaParser.Parse(text);
            Assert.True(result.Expression is not null ^ result.Error is not null);
            if (result.Error is { } error) Assert.InRange(error.Offset, 0, text.Length);
        }, iter: 3_000);
    }

    [Fact]
    public void Any_expression_evaluates_or_fails_with_a_JSONata_error()
    {
        Gen.OneOf(Mutated, Gen.OneOf(SuiteExpressions.Select(Gen.Const).ToArray())).Sample(text =>
        {
            var parse = JsonAtaParser.Parse(text);
            if (parse.Expression is null) return;
            try
            {
                var frame = new Frame(BuiltIns.Root);
                var limits = new JsonAtaLimits(100, TimeSpan.FromSeconds(2), JsonAtaLimits.StepFunctions.MaxValueBytes);
                Conversion.ToJson(new Evaluation(limits, DateTimeOffset.UnixEpoch, new Random(1)).Evaluate(parse.Expression, Data, frame));
            }
            catch (JsonAtaError error)
            {
                Assert.True(error.Code != "InternalError", $"{text}: {error.Message}");
                Assert.False(string.IsNullOrEmpty(error.Message));
            }
        }, iter: 3_000);
    }

    [Fact]
    public void White_space_and_comments_between_tokens_change_nothing()
    {
        Gen.OneOf(SuiteExpressions.Select(Gen.Const).ToArray()).Sample(text =>
        {
            var parse = JsonAtaParser.Parse(text);
            if (parse.Error is not null) return;
            var spaced = string.Join(" /* c */\n ", parse.Tokens.Select(t => text.Substring(t.Start, t.Length)));
            Assert.Null(JsonAtaParser.Parse(spaced).Error);
        }, iter: 1_000);
    }
}
