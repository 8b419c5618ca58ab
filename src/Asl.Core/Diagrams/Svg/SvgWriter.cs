using System.Globalization;
using System.Text;

namespace Asl.Diagrams.Svg;

/// <summary>Writes SVG markup: numbers in invariant form with at most one decimal, text escaped for XML.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _text = new(16384);

    public SvgWriter Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends <c> name="value"</c> with the value escaped.</summary>
    public SvgWriter Attribute(string name, string value)
    {
        _text.Append(' ').Append(name).Append("=\"");
        Escape(value);
        _text.Append('"');
        return this;
    }

    /// <summary>Appends <c> name="number"</c>.</summary>
    public SvgWriter Attribute(string name, double value)
    {
        _text.Append(' ').Append(name).Append("=\"").Append(Number(value)).Append('"');
        return this;
    }

    /// <summary>Appends text content, escaped.</summary>
    public SvgWriter Text(string text)
    {
        Escape(text);
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string Number(double value)
    {
        var rounded = System.Math.Round(value, 1);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>XML-escapes <paramref name="text"/>; characters XML 1.0 cannot hold (most controls, lone surrogates) become U+FFFD.</summary>
    private void Escape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': _text.Append("&amp;"); break;
                case '<': _text.Append("&lt;"); break;
                case '>': _text.Append("&gt;"); break;
                case '"': _text.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        _text.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c) || (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF')
                    {
                        _text.Append('\uFFFD');
                    }
                    else
                    {
                        _text.Append(c);
                    }
                    break;
            }
        }
    }
}
