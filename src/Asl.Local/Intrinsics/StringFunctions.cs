using System.Security.Cryptography;
using System.Text;
using Asl.Json;
using Asl.Local.Json;
using Asl.Paths;

namespace Asl.Local.Intrinsics;

/// <summary>States.Format, StringToJson, JsonToString, Base64Encode/Decode, Hash, StringSplit and UUID.</summary>
internal static class StringFunctions
{
    /// <summary>The longest input States.Base64Encode, Base64Decode and Hash accept.</summary>
    public const int MaxInputLength = 10000;

    public static AslJson Format(IntrinsicCall call, AslJson[] args)
    {
        if (call.Arguments[0] is not IntrinsicString template)
            throw new IntrinsicArgumentException("the first argument must be a quoted template string such as 'Hello {}'");
        var values = args.Length - 1;
        if (template.PlaceholderCount != values)
            throw new IntrinsicArgumentException($"the template has {template.PlaceholderCount} placeholder(s) '{{}}' but {values} value(s) were given");
        var text = new StringBuilder(template.TemplateParts[0]);
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case AslJsonString s:
                    text.Append(s.Value);
                    break;
                case AslJsonArray or AslJsonObject:
                    throw new IntrinsicArgumentException($"value {i} is {JsonValues.KindName(args[i])}; only strings, numbers, booleans and null can be formatted (use States.JsonToString first)");
                default:
                    text.Append(JsonText.Write(args[i]));
                    break;
            }
            text.Append(template.TemplateParts[i]);
        }
        return new AslJsonString(text.ToString());
    }

    public static AslJson StringToJson(AslJson value)
    {
        var text = Arguments.String(value, "the argument");
        if (JsonText.TryParse(text, out var parsed, out var error)) return parsed;
        throw new IntrinsicArgumentException($"the string is not valid JSON ({error})");
    }

    public static AslJson JsonToString(AslJson value) => new AslJsonString(JsonText.Write(value));

    public static AslJson Base64Encode(AslJson value)
    {
        var text = Limited(Arguments.String(value, "the argument"));
        return new AslJsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }

    public static AslJson Base64Decode(AslJson value)
    {
        var text = Limited(Arguments.String(value, "the argument"));
        try
        {
            return new AslJsonString(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
        }
        catch (FormatException)
        {
            throw new IntrinsicArgumentException("the string is not valid Base64");
        }
    }

    public static AslJson Hash(AslJson data, AslJson algorithm)
    {
        var text = Limited(data is AslJsonString s ? s.Value : JsonText.Write(data));
        var name = Arguments.String(algorithm, "the second argument (the algorithm)");
        var bytes = Encoding.UTF8.GetBytes(text);
        byte[] digest = name switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw new IntrinsicArgumentException($"the algorithm '{name}' is not supported; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512"),
        };
        return new AslJsonString(Convert.ToHexStringLower(digest));
    }

    /// <summary>Splits at every character of the delimiter string; empty pieces are dropped.</summary>
    public static AslJson Split(AslJson value, AslJson delimiters)
    {
        var text = Arguments.String(value, "the first argument (the string)");
        var separators = Arguments.String(delimiters, "the second argument (the delimiters)");
        var parts = separators.Length == 0
            ? (text.Length == 0 ? System.Array.Empty<string>() : new[] { text })
            : text.Split(separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        var items = new AslJson[parts.Length];
        for (var i = 0; i < parts.Length; i++) items[i] = new AslJsonString(parts[i]);
        return JsonValues.Array(items);
    }

    public static AslJson Uuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new AslJsonString(new Guid(bytes, bigEndian: true).ToString());
    }

    private static string Limited(string text)
        => text.Length <= MaxInputLength ? text : throw new IntrinsicArgumentException($"the input has {text.Length} characters; the limit is {MaxInputLength}");
}
