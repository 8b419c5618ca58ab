using System.Text;

namespace Asl.Diagrams.Mermaid;

/// <summary>
/// Escapes text for a quoted Mermaid label (<c>A["..."]</c>, <c>-->|"..."|</c>). Mermaid reads <c>#NUMBER;</c> as a
/// character code, so every character that could end the label or be read as markup is written that way: quotes,
/// '#', '&amp;', '&lt;', '&gt;', '|', '%' and '`' (a label that starts with a backtick is Markdown). A line break becomes
/// <c>&lt;br/&gt;</c>; other control characters become spaces.
/// </summary>
public static class MermaidText
{
    /// <summary>The label text for <paramref name="text"/>.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': case '#': case '&': case '<': case '>': case '|': case '%': case '`':
                    escaped.Append('#').Append((int)c).Append(';');
                    break;
                case '\n':
                    escaped.Append("<br/>");
                    break;
                default:
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
