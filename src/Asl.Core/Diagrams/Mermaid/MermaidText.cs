using System.Text;

namespace Asl.Diagrams.Mermaid;

/// <summary>
/// Escapes text for a quoted Mermaid label (<c>A["..."]</c>, <c>-->|"..."|</c>). Mermaid shows labels as HTML, so the
/// characters that would end the label or read as markup are written as HTML entities: <c>&amp;quot;</c>,
/// <c>&amp;lt;</c>, <c>&amp;amp;</c>, <c>&amp;grave;</c> (a label that starts with a backtick is Markdown), and
/// <c>&amp;num;</c> for a '#' that Mermaid would take for its own <c>#name;</c> entity syntax. Mermaid's <c>#34;</c>
/// codes are not used: current Mermaid versions leave them undecoded. A line break becomes <c>&lt;br/&gt;</c>; other
/// control characters become spaces.
/// </summary>
public static class MermaidText
{
    /// <summary>The label text for <paramref name="text"/>.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': escaped.Append("&quot;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '`': escaped.Append("&grave;"); break;
                case '#' when StartsEntity(text, i + 1): escaped.Append("&num;"); break;
                case '\n': escaped.Append("<br/>"); break;
                default: escaped.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>True when word characters and a ';' follow <paramref name="start"/>: Mermaid would read "#word;" as an entity.</summary>
    private static bool StartsEntity(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
        return i > start && i < text.Length && text[i] == ';';
    }
}
