using System.Text;
using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>Base64 and URL encoding, as JSONata does them with Node's Buffer and JavaScript's URI functions.</summary>
internal static class Codecs
{
    private const string ComponentSafe = "-_.!~*'()";
    private const string UriSafe = "-_.!~*'();/?:@&=+$,#";
    private const string UriReserved = ";/?:@&=+$,#";

    /// <summary>Base64 of the string's code units as single bytes (Node's 'binary' encoding keeps the low 8 bits).</summary>
    public static object? Base64Encode(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++) bytes[i] = unchecked((byte)text[i]);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Decodes Base64 leniently, as Node does (other characters are skipped, padding is optional), each byte a character.</summary>
    public static object? Base64Decode(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var result = new StringBuilder(text.Length * 3 / 4);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' or '-' => 62,
                '/' or '_' => 63,
                _ => -1,
            };
            if (c == '=') break;
            if (value < 0) continue;
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                result.Append((char)((buffer >> bits) & 0xFF));
            }
        }
        return result.ToString();
    }

    public static object? EncodeUrlComponent(Evaluation ev, object?[] a, CallSite site) => Encode(Arg(a, 0), ComponentSafe, site);

    public static object? EncodeUrl(Evaluation ev, object?[] a, CallSite site) => Encode(Arg(a, 0), UriSafe, site);

    public static object? DecodeUrlComponent(Evaluation ev, object?[] a, CallSite site) => Decode(Arg(a, 0), "", site);

    public static object? DecodeUrl(Evaluation ev, object?[] a, CallSite site) => Decode(Arg(a, 0), UriReserved, site);

    private static JsonAtaError Malformed(string text, CallSite site) =>
        new("D3140") { Value = text, FunctionName = site.Name };

    private static object? Encode(object? value, string safe, CallSite site)
    {
        if (value is not string text) return null;
        var result = new StringBuilder(text.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' || safe.IndexOf(c) >= 0)
            {
                result.Append(c);
                continue;
            }
            int codePoint;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) throw Malformed(text, site);
                codePoint = char.ConvertToUtf32(c, text[++i]);
            }
            else if (char.IsLowSurrogate(c))
            {
                throw Malformed(text, site);
            }
            else
            {
                codePoint = c;
            }
            var length = new Rune(codePoint).EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++) result.Append('%').Append(utf8[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    /// <summary>JavaScript's decodeURI(Component): %XX sequences as UTF-8; those that decode to <paramref name="keep"/> stay escaped.</summary>
    private static object? Decode(object? value, string keep, CallSite site)
    {
        if (value is not string text) return null;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '%')
            {
                result.Append(c);
                continue;
            }
            var start = i;
            var first = Byte(text, i, site);
            i += 2;
            if (first < 0x80)
            {
                if (keep.IndexOf((char)first) >= 0) result.Append(text, start, 3);
                else result.Append((char)first);
                continue;
            }
            var count = first >= 0xF0 && first < 0xF8 ? 4 : first >= 0xE0 && first < 0xF0 ? 3 : first >= 0xC0 && first < 0xE0 ? 2 : 0;
            if (count == 0) throw Malformed(text, site);
            var bytes = new byte[count];
            bytes[0] = (byte)first;
            for (var k = 1; k < count; k++)
            {
                if (i + 1 >= text.Length || text[i + 1] != '%') throw Malformed(text, site);
                var next = Byte(text, i + 1, site);
                if ((next & 0xC0) != 0x80) throw Malformed(text, site);
                bytes[k] = (byte)next;
                i += 3;
            }
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var used) != System.Buffers.OperationStatus.Done || used != count)
                throw Malformed(text, site);
            result.Append(rune.ToString());
        }
        return result.ToString();
    }

    private static int Byte(string text, int percent, CallSite site)
    {
        if (percent + 2 >= text.Length + 0 && percent + 2 > text.Length - 1 + 1) throw Malformed(text, site);
        if (percent + 2 >= text.Length || !Uri.IsHexDigit(text[percent + 1]) || !Uri.IsHexDigit(text[percent + 2])) throw Malformed(text, site);
        return Convert.ToInt32(text.Substring(percent + 1, 2), 16);
    }
}
