using System.Text;
using CsCheck;

namespace Asl.Fuzz.Tests.Inputs;

/// <summary>JSON texts for execution inputs and task outputs: mostly valid, sometimes deep, large, odd or broken.</summary>
internal static class JsonInputs
{
    public static Gen<string> Any { get; } = new RandGen<string>(Text);

    public static string Text(Rand r) => r.Int(0, 19) switch
    {
        0 => Expressions.Damaged(r, Value(r, 4), "{}[]\":,.0123456789-e\\"),
        1 => new string('[', r.Skewed(520)) + new string(']', r.Skewed(520)),
        2 => "\"" + r.Pick("\\ud800", "\\udc00x", "\\u0000", "\\ud83d\\ude00") + "\"",
        3 => "{\"big\":\"" + new string('x', r.Skewed(270_000)) + "\"}",
        4 => r.Pick("", " ", "nul", "{", "1e999", "-0", "[1,]", "{\"a\":1,\"a\":2}"),
        _ => Value(r, 5),
    };

    private static string Value(Rand r, int depth)
    {
        if (depth <= 0 || r.Chance(35))
        {
            return r.Int(0, 6) switch
            {
                0 => r.Pick("0", "1", "-1.5", "1e300", "12345678901234567890", "0.1"),
                1 => r.Pick("true", "false", "null"),
                2 => "\"" + Escape(r.Text("abc xyz-_/", 20)) + "\"",
                3 => "\"" + r.Pick("2024-01-01T00:00:00Z", "s3://bucket/key", "arn:aws:states:us-east-1:123456789012:stateMachine:M") + "\"",
                _ => r.Int(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        var count = r.Skewed(12);
        if (r.Chance(50))
            return "[" + string.Join(",", Enumerable.Range(0, count).Select(_ => Value(r, depth - 1))) + "]";
        return "{" + string.Join(",", Enumerable.Range(0, count).Select(i => "\"" + r.Pick("a", "b", "items", "id", "n", "x.y", "$", "") + i + "\":" + Value(r, depth - 1))) + "}";
    }

    /// <summary>JSON escapes for a string's content; lone surrogates become escapes too (they are valid JSON syntax).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < 0x20 || char.IsSurrogate(c)) escaped.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }
}
