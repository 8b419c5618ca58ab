using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Asl;

/// <summary>
/// Text with dynamic parts, as C# string operations leave it (<c>"Order " + Input.At("$.id")</c>), turned into what
/// each query language evaluates: the expression itself or <c>States.Format(...)</c> for JSONPath, a
/// <c>{% ... %}</c> concatenation for JSONata.
/// </summary>
internal static class DynamicText
{
    /// <summary>A literal or dynamic piece of a text.</summary>
    internal readonly struct Part
    {
        public Part(string text, bool isDynamic)
        {
            Text = text;
            IsDynamic = isDynamic;
        }

        /// <summary>The literal text, or the dynamic value's expression.</summary>
        public string Text { get; }

        public bool IsDynamic { get; }
    }

    /// <summary>Splits <paramref name="value"/> into literal and dynamic parts, in order; empty literals are left out.</summary>
    /// <exception cref="WorkflowDefinitionException">A marker is unpaired: the text of a dynamic value was cut or changed.</exception>
    public static List<Part> Split(string value)
    {
        var parts = new List<Part>();
        var position = 0;
        while (position < value.Length)
        {
            var open = value.IndexOf(DynamicValue.Marker, position);
            var close = value.IndexOf(DynamicValue.EndMarker, position);
            if (open < 0 && close < 0)
            {
                parts.Add(new Part(value.Substring(position), false));
                break;
            }
            if (open < 0 || close < open) throw Broken(value);
            if (open > position) parts.Add(new Part(value.Substring(position, open - position), false));
            close = value.IndexOf(DynamicValue.EndMarker, open + 1);
            var reopened = value.IndexOf(DynamicValue.Marker, open + 1);
            if (close < 0 || (reopened >= 0 && reopened < close)) throw Broken(value);
            parts.Add(new Part(value.Substring(open + 1, close - open - 1), true));
            position = close + 1;
        }
        return parts;
    }

    /// <summary>
    /// JSONPath: what a <c>"Key.$"</c> member holds for <paramref name="value"/>: the dynamic value's own expression
    /// when the text is nothing else, else <c>States.Format('text {}', expression, ...)</c>.
    /// </summary>
    public static string ToJsonPath(string value)
    {
        var parts = Split(value);
        if (parts.Count == 1 && parts[0].IsDynamic) return parts[0].Text;
        var template = new StringBuilder();
        var arguments = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.IsDynamic)
            {
                template.Append("{}");
                arguments.Append(", ").Append(part.Text);
            }
            else
            {
                foreach (var c in part.Text)
                {
                    if (c is '\'' or '{' or '}' or '\\') template.Append('\\');
                    template.Append(c);
                }
            }
        }
        return "States.Format('" + template + "'" + arguments + ")";
    }

    /// <summary>JSONata: <c>{% ... %}</c> that evaluates to <paramref name="value"/>, text parts joined with <c>&amp;</c>.</summary>
    /// <exception cref="WorkflowDefinitionException">A dynamic part has no JSONata equivalent.</exception>
    public static string ToJsonAta(string value)
    {
        var parts = Split(value);
        var expression = new StringBuilder("{% ");
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) expression.Append(" & ");
            if (parts[i].IsDynamic) expression.Append(JsonAtaTranslation.Translate(parts[i].Text, parts.Count > 1));
            else AppendJsonAtaString(expression, parts[i].Text);
        }
        return expression.Append(" %}").ToString();
    }

    /// <summary>The text as a message shows it: each dynamic value as <c>{expression}</c>.</summary>
    public static string Describe(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            if (c == DynamicValue.Marker) text.Append('{');
            else if (c == DynamicValue.EndMarker) text.Append('}');
            else text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>A JSONata string literal: single-quoted, with JSON escapes (a quote is <c>\u0027</c>: JSONata has no <c>\'</c>).</summary>
    internal static void AppendJsonAtaString(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\'': text.Append("\\u0027"); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('\'');
    }

    private static WorkflowDefinitionException Broken(string value) => new(
        $"The text \"{Describe(value)}\" holds part of a dynamic value: its text was cut or changed by a string operation. "
        + "Combine dynamic values with other text only by concatenation, interpolation or string.Format.");
}
