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
        // The template is usually a literal; AWS also takes it from a path or variable (recorded:
        // States.Format($AnswerTemplate, $$.Map.Item.Value)), where every {} is a placeholder.
        IReadOnlyList<string> parts = call.Arguments[0] is IntrinsicString template ? template.TemplateParts
            : args[0] is AslJsonString dynamic ? dynamic.Value.Split("{}")
            : throw new IntrinsicArgumentException($"the first argument must be the template string, but it is {JsonValues.KindName(args[0])}");
        var values = args.Length - 1;
        if (parts.Count - 1 != values)
            throw new IntrinsicArgumentException($"the template has {parts.Count - 1} placeholder(s) '{{}}' but {values} value(s) were given");
        var text = new StringBuilder(parts[0]);
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case AslJsonString s:
                    text.Append(s.Value);
                    break;
                case AslJsonArray or AslJsonObject:
                    AppendJavaText(text, args[i]);
                    break;
                default:
                    text.Append(JsonText.Write(args[i]));
                    break;
            }
            text.Append(parts[i]);
        }
        return new AslJsonString(text.ToString());
    }

    /// <summary>
    /// An object or array as AWS's States.Format writes it, the way Java prints maps and lists: {Arg1=1, Arg2=[]}
    /// for {"Arg1": 1, "Arg2": []}, strings without quotes (recorded on AWS).
    /// </summary>
    private static void AppendJavaText(StringBuilder text, AslJson value)
    {
        switch (value)
        {
            case AslJsonString s:
                text.Append(s.Value);
                break;
            case AslJsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    AppendJavaText(text, array.Items[i]);
                }
                text.Append(']');
                break;
            case AslJsonObject obj:
                text.Append('{');
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(obj.Properties[i].Name).Append('=');
                    AppendJavaText(text, obj.Properties[i].Value);
                }
                text.Append('}');
                break;
            default:
                text.Append(JsonText.Write(value));
                break;
        }
    }

    public static AslJson StringToJson(AslJson value)
    {
        var text = Arguments.String(value, "the argument");
        // AWS gives null for an empty or blank string (recorded: StringToJson('') and StringToJson(' ') are null).
        if (string.IsNullOrWhiteSpace(text)) return AslJson.Null;
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
        var text = Limited(JsonValues.Text(data));
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
