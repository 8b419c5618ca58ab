using System.Text;
using Asl.Json;

namespace Asl.Local.Json;

/// <summary>Measures the length of a value's compact JSON text without writing it, stopping early past a limit.</summary>
internal static class JsonSize
{
    /// <summary>The largest payload Step Functions passes between states (256 KiB).</summary>
    public const int PayloadLimit = 262144;

    /// <summary>True when the compact JSON text of <paramref name="value"/> is longer than <paramref name="limit"/> bytes of UTF-8.</summary>
    public static bool Exceeds(AslJson value, int limit = PayloadLimit)
    {
        long total = 0;
        return Add(value, ref total, limit);
    }

    /// <summary>Adds the length of <paramref name="value"/> to <paramref name="total"/>; true as soon as the total passes <paramref name="limit"/>.</summary>
    internal static bool Add(AslJson value, ref long total, int limit)
    {
        StackGuard.Ensure();
        switch (value)
        {
            case AslJsonNull: total += 4; break;
            case AslJsonBool b: total += b.Value ? 4 : 5; break;
            case AslJsonNumber n: total += n.Raw.Length; break;
            case AslJsonString s: total += StringLength(s.Value); break;
            case AslJsonArray a:
                total += 2 + Math.Max(0, a.Items.Count - 1);
                foreach (var item in a.Items)
                    if (Add(item, ref total, limit)) return true;
                break;
            case AslJsonObject o:
                total += 2 + Math.Max(0, o.Properties.Count - 1);
                foreach (var member in o.Properties)
                {
                    total += StringLength(member.Name) + 1;
                    if (Add(member.Value, ref total, limit)) return true;
                }
                break;
        }
        return total > limit;
    }

    /// <summary>The length of a JSON string (with its quotes) holding <paramref name="text"/>.</summary>
    internal static long StringLength(string text)
    {
        // Quotes plus the text; escapes add a little, which only matters right at the limit.
        return 2 + (text.Length < 256 ? Ascii(text) : Encoding.UTF8.GetByteCount(text));
    }

    private static long Ascii(string text)
    {
        long length = 0;
        foreach (var c in text) length += c < 0x80 ? (c < 0x20 || c == '"' || c == '\\' ? 2 : 1) : c < 0x800 ? 2 : 3;
        return length;
    }
}
