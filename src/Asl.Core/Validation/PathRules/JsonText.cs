using System.Text;
using Asl.Json;

namespace Asl.Validation;

/// <summary>Short descriptions of JSON values for messages: <c>a number (42)</c>, <c>the string "x"</c>.</summary>
internal static class JsonText
{
    private const int MaxQuoted = 60;

    public static string Describe(AslJson? value) => value switch
    {
        null => "missing",
        AslJsonNull => "null",
        AslJsonBool b => b.Value ? "the boolean true" : "the boolean false",
        AslJsonNumber n => "the number " + n.Raw,
        AslJsonString s => "the string " + Quote(s.Value),
        AslJsonArray => "an array",
        _ => "an object",
    };

    /// <summary>The text in double quotes, shortened when long.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        if (text.Length <= MaxQuoted) builder.Append(text);
        else builder.Append(text, 0, MaxQuoted).Append('…');
        return builder.Append('"').ToString();
    }

    /// <summary>"1 placeholder", "2 placeholders".</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
