using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Asl.Diagrams.Mermaid;

/// <summary>
/// Draws a <see cref="Diagram"/> as a Mermaid flowchart (top to bottom), the text GitHub, GitLab and most Markdown
/// viewers render as a picture: each state type has its own shape and colour, Choice rules and Catch error names
/// label their edges (Catch edges dashed), Parallel and Map states are subgraphs holding their branches and item
/// processor, and the start and end are circles. With a <see cref="PathOverlay"/> the path taken is drawn strongly.
/// </summary>
public static class MermaidRenderer
{
    private const string Indent = "    ";

    /// <summary>The flowchart text (lines end in "\n").</summary>
    public static string Render(Diagram diagram, PathOverlay? path = null)
    {
        if (diagram is null) throw new ArgumentNullException(nameof(diagram));
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        WriteNodes(text, diagram.Root, 1);
        foreach (var edge in diagram.Edges) WriteEdge(text, edge);
        WriteStyles(text, diagram, path);
        return text.ToString();
    }

    private static void WriteNodes(StringBuilder text, DiagramGraph graph, int depth)
    {
        foreach (var node in graph.Nodes)
        {
            if (node.IsContainer)
            {
                Line(text, depth).Append("subgraph ").Append(node.Id).Append("[\"").Append(MermaidText.Escape(ContainerTitle(node))).Append("\"]\n");
                Line(text, depth + 1).Append("direction TB\n");
                foreach (var child in node.Children)
                {
                    // A Map's one processor needs no box of its own inside the Map's; each Parallel branch gets one.
                    if (child.Kind == DiagramGraphKind.Branch)
                    {
                        Line(text, depth + 1).Append("subgraph ").Append(child.Id).Append("[\"").Append(MermaidText.Escape(child.Label)).Append("\"]\n");
                        Line(text, depth + 2).Append("direction TB\n");
                        WriteNodes(text, child, depth + 2);
                        Line(text, depth + 1).Append("end\n");
                    }
                    else
                    {
                        WriteNodes(text, child, depth + 1);
                    }
                }
                Line(text, depth).Append("end\n");
                continue;
            }
            var (open, close) = Shape(node);
            Line(text, depth).Append(node.Id).Append(open).Append('"').Append(NodeLabel(node)).Append('"').Append(close).Append('\n');
        }
    }

    private static void WriteEdge(StringBuilder text, DiagramEdge edge)
    {
        Line(text, 1).Append(edge.From.Id).Append(edge.IsError ? " -.->" : " -->");
        if (edge.Label is { } label) text.Append("|\"").Append(MermaidText.Escape(label)).Append("\"|");
        text.Append(' ').Append(edge.To.Id).Append('\n');
    }

    private static void WriteStyles(StringBuilder text, Diagram diagram, PathOverlay? path)
    {
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string className, string id)
        {
            if (!classes.TryGetValue(className, out var ids)) classes[className] = ids = new List<string>();
            ids.Add(id);
        }
        var nodes = AllNodes(diagram.Root).ToList();
        foreach (var node in nodes)
        {
            Add(DiagramStyle.ClassOf(node), node.Id);
            foreach (var child in node.Children)
                if (child.Kind == DiagramGraphKind.Branch) Add("branch", child.Id);
        }
        if (path is not null)
            foreach (var node in nodes)
                Add(path.IsFailed(node) ? "failed" : path.IsEntered(node) ? "visited" : "unvisited", node.Id);

        // The kinds' classes are written first and the path's last, so that the path's win where both set a colour.
        var definitions = DiagramStyle.Classes.Select(c => (c.Name, c.Mermaid)).Concat(DiagramStyle.PathClasses).Where(c => classes.ContainsKey(c.Name)).ToList();
        foreach (var (name, style) in definitions) Line(text, 1).Append("classDef ").Append(name).Append(' ').Append(style).Append('\n');
        foreach (var (name, _) in definitions) Line(text, 1).Append("class ").Append(string.Join(",", classes[name])).Append(' ').Append(name).Append('\n');

        if (path is null) return;
        var taken = diagram.Edges.Where(path.IsTaken).Select(e => e.Index).ToList();
        var other = diagram.Edges.Where(e => !path.IsTaken(e)).Select(e => e.Index).ToList();
        if (taken.Count > 0) Line(text, 1).Append("linkStyle ").Append(Indexes(taken)).Append(' ').Append(DiagramStyle.TakenEdgeMermaid).Append('\n');
        if (other.Count > 0) Line(text, 1).Append("linkStyle ").Append(Indexes(other)).Append(' ').Append(DiagramStyle.UntakenEdgeMermaid).Append('\n');
    }

    private static IEnumerable<DiagramNode> AllNodes(DiagramGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            yield return node;
            foreach (var child in node.Children)
                foreach (var nested in AllNodes(child))
                    yield return nested;
        }
    }

    private static string Indexes(IEnumerable<int> indexes) => string.Join(",", indexes.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static string NodeLabel(DiagramNode node)
    {
        // Markers inside branches are small blank circles; the machine's say what they are.
        if (node.Kind is DiagramNodeKind.Start or DiagramNodeKind.End) return node.Graph.Kind == DiagramGraphKind.Machine ? node.Label : " ";
        var label = MermaidText.Escape(node.Label);
        return node.Detail is { } detail ? label + "<br/>" + MermaidText.Escape(detail) : label;
    }

    private static string ContainerTitle(DiagramNode node)
    {
        var type = node.Kind == DiagramNodeKind.Map ? "Map" : "Parallel";
        return node.Label + " (" + (node.Detail is { } detail ? type + ", " + detail : type) + ")";
    }

    /// <summary>The brackets of each node kind's shape.</summary>
    private static (string Open, string Close) Shape(DiagramNode node) => node.Kind switch
    {
        DiagramNodeKind.Start => ("((", "))"),
        DiagramNodeKind.End => ("(((", ")))"),
        DiagramNodeKind.Pass => ("(", ")"),
        DiagramNodeKind.Choice => ("{{", "}}"),
        DiagramNodeKind.Wait => ("[/", "/]"),
        DiagramNodeKind.Succeed or DiagramNodeKind.Fail => ("([", "])"),
        DiagramNodeKind.Missing => (">", "]"),
        _ => ("[", "]"),
    };

    private static StringBuilder Line(StringBuilder text, int depth)
    {
        for (var i = 0; i < depth; i++) text.Append(Indent);
        return text;
    }
}
