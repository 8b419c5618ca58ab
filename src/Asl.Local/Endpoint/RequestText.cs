using System.Globalization;
using System.Text.Unicode;

namespace Asl.Local.Endpoint;

/// <summary>
/// The text of a request body before it is parsed. JSON text is UTF-8: bytes that are not are a
/// SerializationException, as the protocol's parser in AWS answers. An escaped half of a surrogate pair
/// (<c>"\ud800"</c>) is valid JSON syntax that AWS's parser reads into the string; each member's own rules then
/// reject it (AWS's names exclude surrogates, an ARN or token holding one names nothing). Here such an escape is
/// kept as the six characters it is written with, so the member's rules decide (InvalidName, InvalidArn,
/// InvalidToken, InvalidExecutionInput, ...) and no string in the server ever holds half a pair, which no UTF-8
/// writer (the responses, the history) could write.
/// </summary>
internal static class RequestText
{
    /// <summary>Where the body stops being UTF-8, as a sentence; null when all of it is.</summary>
    public static string? FindInvalidUtf8(ReadOnlySpan<byte> body)
    {
        if (Utf8.IsValid(body)) return null;
        var offset = 0;
        while (System.Text.Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done) offset += consumed;
        return string.Create(CultureInfo.InvariantCulture, $"the bytes at offset {offset} are not UTF-8, and JSON text must be.");
    }

    /// <summary>
    /// The body with a backslash put before every <c>\uXXXX</c> escape of a lone surrogate inside a string (so it reads as
    /// the text <c>\uXXXX</c>), or null when there is none. One pass over the bytes.
    /// </summary>
    public static byte[]? EscapeLoneSurrogates(ReadOnlySpan<byte> body)
    {
        List<int>? lone = null;
        var inString = false;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (!inString)
            {
                inString = b == '"';
                continue;
            }
            if (b == '"')
            {
                inString = false;
                continue;
            }
            if (b != '\\') continue;
            if (i + 1 >= body.Length) break;
            if (body[i + 1] != 'u' || !TryHex(body, i + 2, out var unit))
            {
                i++; // a two-character escape: skip the escaped character
                continue;
            }
            var pairs = char.IsHighSurrogate((char)unit) && i + 11 < body.Length && body[i + 6] == '\\' && body[i + 7] == 'u'
                && TryHex(body, i + 8, out var next) && char.IsLowSurrogate((char)next);
            if (!pairs && char.IsSurrogate((char)unit)) (lone ??= new List<int>()).Add(i);
            i += pairs ? 11 : 5;
        }
        if (lone is null) return null;

        var result = new byte[body.Length + lone.Count];
        var from = 0;
        var to = 0;
        foreach (var at in lone)
        {
            body[from..at].CopyTo(result.AsSpan(to));
            to += at - from;
            result[to++] = (byte)'\\';
            from = at;
        }
        body[from..].CopyTo(result.AsSpan(to));
        return result;
    }

    private static bool TryHex(ReadOnlySpan<byte> body, int start, out int value)
    {
        value = 0;
        if (start + 4 > body.Length) return false;
        for (var i = start; i < start + 4; i++)
        {
            var digit = body[i] switch
            {
                >= (byte)'0' and <= (byte)'9' => body[i] - '0',
                >= (byte)'a' and <= (byte)'f' => body[i] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => body[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        return true;
    }
}
