using System;
using System.Globalization;
using Asl.Collections;

namespace Asl.Json;

/// <summary>Converts read nodes into model JSON values and describes them in messages.</summary>
internal static class JsonValues
{
    /// <summary>
    /// The model value of a node. Recursion depth is bounded by <see cref="JsonTreeParser.MaxDepth"/>.
    /// A repeated key keeps its last value (the repeat is reported as A04 by the parser).
    /// </summary>
    public static AslJson ToAslJson(JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonNodeKind.String:
                return new AslJsonString(node.Text!);
            case JsonNodeKind.Number:
                return new AslJsonNumber(node.Text!);
            case JsonNodeKind.True:
                return AslJsonBool.True;
            case JsonNodeKind.False:
                return AslJsonBool.False;
            case JsonNodeKind.Array:
            {
                var values = new AslJson[node.ItemCount];
                for (var i = 0; i < values.Length; i++) values[i] = ToAslJson(node.Item(i));
                return new AslJsonArray(EquatableArray<AslJson>.UnsafeWrap(values));
            }
            case JsonNodeKind.Object:
            {
                // Filled in place (no list copied by ToArray); only repeated keys leave the array short.
                var count = node.MemberCount;
                var properties = new AslJsonProperty[count];
                var kept = 0;
                for (var i = 0; i < count; i++)
                {
                    if (node.IsShadowed(i)) continue;
                    var member = node.Member(i);
                    properties[kept++] = new AslJsonProperty(member.Name, ToAslJson(member.Value));
                }
                if (kept < count) Array.Resize(ref properties, kept);
                return new AslJsonObject(EquatableArray<AslJsonProperty>.UnsafeWrap(properties));
            }
            default:
                return AslJsonNull.Instance;
        }
    }

    /// <summary>"object", "array", "string", "number", "boolean" or "null".</summary>
    public static string KindName(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Object => "object",
        JsonNodeKind.Array => "array",
        JsonNodeKind.String => "string",
        JsonNodeKind.Number => "number",
        JsonNodeKind.True or JsonNodeKind.False => "boolean",
        _ => "null",
    };

    /// <summary>A short description of a value for messages, for example <c>the number 5</c> or <c>an array</c>.</summary>
    public static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "the string " + Quote(node.Text!),
        JsonNodeKind.Number => "the number " + node.Text,
        JsonNodeKind.True => "the boolean true",
        JsonNodeKind.False => "the boolean false",
        _ => "null",
    };

    private static string Quote(string text)
    {
        const int limit = 40;
        var shown = text.Length <= limit ? text : text[..limit] + "...";
        return "\"" + shown.Replace("\"", "\\\"") + "\"";
    }

    /// <summary>Formats an index for a pointer.</summary>
    public static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
