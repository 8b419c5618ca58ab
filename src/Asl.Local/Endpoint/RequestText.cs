using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Asl.Local.Endpoint;

/// <summary>Checks that every string and member name of a request body is Unicode text.</summary>
internal static class RequestText
{
    /// <summary>
    /// Where the first string or member name that is not valid Unicode is (bytes that are not UTF-8, or an escaped
    /// UTF-16 surrogate without its pair), as a sentence; null when every string is valid. One pass over the body.
    /// </summary>
    public static string? FindInvalidString(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        string? member = null;
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
            var valid = reader.ValueIsEscaped ? CanUnescape(ref reader) : Utf8.IsValid(reader.ValueSpan);
            if (!valid)
            {
                var where = reader.TokenType == JsonTokenType.PropertyName || member is null
                    ? "a member name"
                    : $"the value of the member '{member}'";
                return string.Create(CultureInfo.InvariantCulture,
                    $"{where} (at byte {reader.TokenStartIndex}) is not valid Unicode text: it holds bytes that are not UTF-8 or an escaped half of a surrogate pair such as \\ud800.");
            }
            if (reader.TokenType == JsonTokenType.PropertyName) member = reader.GetString();
        }
        return null;
    }

    private static bool CanUnescape(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
