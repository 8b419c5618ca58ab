using Asl.Json;

namespace Asl.Validation;

/// <summary>
/// Shared by StructureRules (N03) and LanguageRules (I10).
/// A lower bound of the UTF-8 size of the JSON a literal value becomes. Parts computed at run time (values
/// of ".$" keys in JSONPath templates, JSONata strings in JSONata states) count as zero bytes, so a bound
/// over a quota means the quota is exceeded whatever those parts produce.
/// </summary>
internal static class JsonSize
{
    /// <summary>The exact compact UTF-8 size of a fully literal value.</summary>
    public static long Utf8Length(AslJson value) => AtLeast(value, dollarKeysAreDynamic: false, jsonAtaIsDynamic: false);

    /// <param name="value">The literal.</param>
    /// <param name="dollarKeysAreDynamic">True for a JSONPath payload template.</param>
    /// <param name="jsonAtaIsDynamic">True in a JSONata state.</param>
    public static long AtLeast(AslJson value, bool dollarKeysAreDynamic, bool jsonAtaIsDynamic)
    {
        switch (value)
        {
            case AslJsonString s:
                return jsonAtaIsDynamic && Values.IsJsonAta(s.Value) ? 0 : StringSize(s.Value);
            case AslJsonNumber n:
                return n.Raw.Length;
            case AslJsonBool b:
                return b.Value ? 4 : 5;
            case AslJsonArray array:
            {
                long size = 2 + System.Math.Max(0, array.Items.Count - 1);
                foreach (var item in array.Items) size += AtLeast(item, dollarKeysAreDynamic, jsonAtaIsDynamic);
                return size;
            }
            case AslJsonObject obj:
            {
                long size = 2 + System.Math.Max(0, obj.Properties.Count - 1);
                foreach (var property in obj.Properties)
                {
                    if (dollarKeysAreDynamic && property.Name.EndsWith(".$", System.StringComparison.Ordinal))
                        size += StringSize(property.Name.Substring(0, property.Name.Length - 2)) + 1;
                    else
                        size += StringSize(property.Name) + 1 + AtLeast(property.Value, dollarKeysAreDynamic, jsonAtaIsDynamic);
                }
                return size;
            }
            default:
                return 4; // null
        }
    }

    /// <summary>
    /// An upper bound of the compact UTF-8 size, found without reading any string's characters (each counts as its
    /// longest form, a six-byte escape): values far under a quota, which is nearly all of them, need no exact size.
    /// </summary>
    public static long AtMost(AslJson value)
    {
        switch (value)
        {
            case AslJsonString s:
                return 2 + 6L * s.Value.Length;
            case AslJsonNumber n:
                return n.Raw.Length;
            case AslJsonArray array:
            {
                long size = 2 + System.Math.Max(0, array.Items.Count - 1);
                foreach (var item in array.Items) size += AtMost(item);
                return size;
            }
            case AslJsonObject obj:
            {
                long size = 2 + System.Math.Max(0, obj.Properties.Count - 1);
                foreach (var property in obj.Properties) size += 3 + 6L * property.Name.Length + AtMost(property.Value);
                return size;
            }
            default:
                return 5; // true, false, null
        }
    }

    /// <summary>Quotes plus UTF-8 bytes, plus one byte for each character JSON must escape.</summary>
    private static long StringSize(string text)
    {
        long size = 2;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80) size += c is '"' or '\\' || c < 0x20 ? 2 : 1;
            else if (c < 0x800) size += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                size += 4;
                i++;
            }
            else size += 3;
        }
        return size;
    }
}
