using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Asl.Build.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as block-style YAML with CloudFormation short-form tags, byte for byte
/// the same for the same tree (two-space indents, "\n" line ends). A string is written bare only when every
/// YAML 1.1 reader (CloudFormation's and SAM's included) reads it back as that same string; otherwise it is
/// double-quoted with escapes.
/// </summary>
internal static class YamlWriter
{
    private static readonly HashSet<string> Reserved = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null",
    };

    /// <summary>The document: each <paramref name="comments"/> line as a <c>#</c> comment, then the mapping.</summary>
    public static string Write(YamlMapping document, IEnumerable<string> comments)
    {
        var text = new StringBuilder();
        foreach (var comment in comments) text.Append("# ").Append(comment).Append('\n');
        WriteMapping(text, document, 0);
        return text.ToString();
    }

    /// <summary>The node on one line, as flow-style YAML; equal nodes give equal text, so it also serves as a key.</summary>
    public static string InlineText(YamlNode node) => Inline(node, flow: false);

    /// <summary>A scalar as it appears in block context (a mapping value or sequence item).</summary>
    public static string Scalar(string value) => IsPlainSafe(value, flow: false) ? value : Quote(value);

    private static void WriteMapping(StringBuilder text, YamlMapping mapping, int indent)
    {
        foreach (var entry in mapping)
        {
            text.Append(' ', indent).Append(Scalar(entry.Key)).Append(':');
            WriteValue(text, entry.Value, indent);
        }
    }

    private static void WriteSequence(StringBuilder text, YamlSequence sequence, int indent)
    {
        foreach (var item in sequence)
        {
            if (item is YamlMapping { Count: > 0 } or YamlSequence { Count: > 0 })
            {
                // The item's first line goes on the dash line: "- Key: value" or "- - value".
                var nested = new StringBuilder();
                if (item is YamlMapping mapping) WriteMapping(nested, mapping, indent + 2);
                else WriteSequence(nested, (YamlSequence)item, indent + 2);
                text.Append(' ', indent).Append("- ").Append(nested.ToString(), indent + 2, nested.Length - indent - 2);
            }
            else
            {
                text.Append(' ', indent).Append("- ").Append(Inline(item, flow: false)).Append(Comment(item)).Append('\n');
            }
        }
    }

    /// <summary>After "key:" - a nested block on the following lines, or an inline value on the same line.</summary>
    private static void WriteValue(StringBuilder text, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlMapping { Count: > 0 } mapping:
                text.Append('\n');
                WriteMapping(text, mapping, indent + 2);
                break;
            case YamlSequence { Count: > 0 } sequence:
                text.Append('\n');
                WriteSequence(text, sequence, indent + 2);
                break;
            default:
                text.Append(' ').Append(Inline(value, flow: false)).Append(Comment(value)).Append('\n');
                break;
        }
    }

    /// <summary>The node's comment as "  # ..." on its line (line breaks become spaces), or nothing.</summary>
    private static string Comment(YamlNode node) =>
        node.Comment is { Length: > 0 } comment ? "  # " + comment.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ') : "";

    /// <summary>A node on one line; tagged nodes and the collections inside them use flow style.</summary>
    private static string Inline(YamlNode node, bool flow) => node switch
    {
        YamlScalar { IsNumber: true } number => number.Value,
        YamlScalar scalar => IsPlainSafe(scalar.Value, flow) ? scalar.Value : Quote(scalar.Value),
        YamlTagged tagged => tagged.Tag + " " + Inline(tagged.Content, flow: true),
        YamlSequence sequence => "[" + string.Join(", ", Each(sequence.Items)) + "]",
        YamlMapping mapping => "{" + string.Join(", ", Pairs(mapping)) + "}",
        _ => "null",
    };

    private static IEnumerable<string> Each(IEnumerable<YamlNode> items)
    {
        foreach (var item in items) yield return Inline(item, flow: true);
    }

    private static IEnumerable<string> Pairs(YamlMapping mapping)
    {
        foreach (var entry in mapping) yield return (IsPlainSafe(entry.Key, flow: true) ? entry.Key : Quote(entry.Key)) + ": " + Inline(entry.Value, flow: true);
    }

    /// <summary>
    /// True when the bare text reads back as this string: it starts with a letter or '_' (so it is no number,
    /// date, indicator or alias), is not a YAML 1.1 boolean or null, holds only characters that carry no
    /// meaning where it stands, and has no ": " or trailing ':' (which would start a mapping).
    /// </summary>
    internal static bool IsPlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || Reserved.Contains(value)) return false;
        var first = value[0];
        if (!(IsAsciiLetter(first) || first == '_')) return false;
        if (value[value.Length - 1] is ' ' or ':') return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsAsciiLetter(c) || (c >= '0' && c <= '9')) continue;
            switch (c)
            {
                case '_' or '-' or '.' or '/' or '@' or '+' or '=' or '(' or ')' or '*':
                    continue;
                case ':' when !flow && value[i + 1] != ' ':
                    continue;
                case ' ' when !flow && value[i + 1] is not ' ' and not '#':
                    continue;
                case ',' when !flow:
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>A double-quoted scalar; every character YAML treats specially inside one is escaped.</summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                // A pair is one character; a lone half cannot be written as UTF-8, so it is escaped.
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) text.Append(c).Append(value[++i]);
                else text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                case '\u0085': text.Append("\\N"); break;
                case '\u2028': text.Append("\\L"); break;
                case '\u2029': text.Append("\\P"); break;
                case '\uFEFF': text.Append("\\uFEFF"); break;
                default:
                    if (c < ' ' || c == '\u007F') text.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }
}
