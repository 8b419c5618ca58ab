using System.Text;

namespace Asl.Fuzz.Tests.Inputs;

/// <summary>Damage done to a definition's text: slices deleted, repeated or overwritten, and hostile tokens inserted.</summary>
internal static class Mutations
{
    private const string JsonCharacters = "{}[]\":,.$ 0123456789-eE\\truefalsn%";

    private static readonly string[] Tokens =
    [
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"x.$\":\"States.Array(States.Array(\"", "\"{% $x %}\"", "\"${Sub}\"", "1e999", "-0", "18446744073709551616",
        "\"Type\":\"Map\"", "\"Next\":\"Nowhere\"", "\"End\":true", "\"QueryLanguage\":\"JSONata\"", "null", "\"\\u0000\"", "\"States\":{}",
        "\"Parameters\":{\"a.$\":\"$..*..*\"}", "\"Assign\":{\"states\":1}", "\uFEFF", "\"Branches\":[]", "\"Choices\":[]",
    ];

    /// <summary>The text, damaged half of the time.</summary>
    public static string Maybe(Rand r, string text) => r.Chance(50) ? text : Apply(r, text);

    /// <summary>One to a few edits of <paramref name="text"/>.</summary>
    public static string Apply(Rand r, string text)
    {
        var edits = 1 + r.Skewed(5);
        for (var i = 0; i < edits && text.Length > 0; i++)
        {
            var start = r.Int(0, text.Length - 1);
            var count = Math.Min(text.Length - start, 1 + r.Skewed(60));
            text = r.Int(0, 5) switch
            {
                0 => text.Remove(start, count),
                1 => text.Insert(start, text.Substring(start, count)),
                2 => text[..start] + new string(JsonCharacters[r.Int(0, JsonCharacters.Length - 1)], count) + text[(start + count)..],
                3 => text.Insert(start, r.Pick(Tokens)),
                4 => text.Insert(start, Nesting(r)),
                _ => text.Insert(start, r.Text(JsonCharacters, 30)),
            };
        }
        return text;
    }

    private static string Nesting(Rand r)
    {
        var depth = r.Skewed(700);
        var open = r.Chance(50) ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append('1');
        for (var i = 0; i < depth; i++) text.Append(close);
        return text.ToString();
    }
}
