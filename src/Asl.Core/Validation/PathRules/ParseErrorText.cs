using System.Globalization;
using System.Text;

namespace Asl.Validation;

/// <summary>
/// Turns a parser error into a message clause that starts with where the error is:
/// <c>at character 5 ("$.a «b»"): unexpected 'b'</c>. Long texts are cut around the position.
/// </summary>
internal static class ParseErrorText
{
    private const int Before = 40;
    private const int After = 20;

    public static string Describe(string text, string error, int offset)
    {
        if (offset < 0) offset = 0;
        if (offset > text.Length) offset = text.Length;
        var position = (offset + 1).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(offset == text.Length ? "at the end (character " + position + ", \"" : "at character " + position + " (\"");
        var start = offset > Before ? offset - Before : 0;
        if (start > 0) builder.Append('…');
        builder.Append(text, start, offset - start).Append('«');
        if (offset < text.Length) builder.Append(text[offset]);
        builder.Append('»');
        var tail = offset + 1;
        if (tail < text.Length)
        {
            var length = System.Math.Min(After, text.Length - tail);
            builder.Append(text, tail, length);
            if (tail + length < text.Length) builder.Append('…');
        }
        return builder.Append("\"): ").Append(error).ToString();
    }
}
