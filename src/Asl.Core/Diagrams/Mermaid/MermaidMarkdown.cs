using System;
using System.Text;

namespace Asl.Diagrams.Mermaid;

/// <summary>
/// A Markdown page that shows a Mermaid flowchart: a title, the flowchart in a <c>```mermaid</c> block (which
/// GitHub and GitLab draw as a picture, in files and pull requests alike), and a line that says where it comes from.
/// </summary>
public static class MermaidMarkdown
{
    /// <summary>The page for a flowchart written by <see cref="MermaidRenderer"/>.</summary>
    /// <param name="title">The heading, usually the state machine's name.</param>
    /// <param name="flowchart">The Mermaid text.</param>
    /// <param name="source">A note under the picture (Markdown), for example where the definition is; or null.</param>
    public static string Write(string title, string flowchart, string? source = null)
    {
        if (title is null) throw new ArgumentNullException(nameof(title));
        if (flowchart is null) throw new ArgumentNullException(nameof(flowchart));
        var page = new StringBuilder(flowchart.Length + 200);
        page.Append("# ").Append(Heading(title)).Append("\n\n");
        page.Append("```mermaid\n").Append(flowchart.Replace("\r\n", "\n"));
        if (!flowchart.EndsWith("\n", StringComparison.Ordinal)) page.Append('\n');
        page.Append("```\n");
        if (source is not null) page.Append('\n').Append(source).Append('\n');
        return page.ToString();
    }

    /// <summary>The title on one line, with the characters Markdown would read as markup escaped.</summary>
    private static string Heading(string title)
    {
        var heading = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsControl(c)) heading.Append(' ');
            else if ("\\`*_[]<>#|~".IndexOf(c) >= 0) heading.Append('\\').Append(c);
            else heading.Append(c);
        }
        return heading.ToString();
    }
}
