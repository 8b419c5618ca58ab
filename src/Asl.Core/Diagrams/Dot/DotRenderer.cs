using System;
using System.Linq;
using System.Text;

namespace Asl.Diagrams.Dot;

/// <summary>
/// Draws a <see cref="Diagram"/> in Graphviz's dot language, for <c>dot -Tpng</c> and the many tools that read it:
/// the same shapes, colours and labels as the Mermaid flowchart, Parallel branches and Map processors as clusters
/// (edges to and from a Parallel or Map end at its cluster's border), Catch edges dashed.
/// </summary>
public static class DotRenderer
{
    private const string Font = "Helvetica,Arial,sans-serif";

    /// <summary>The dot text (lines end in "\n").</summary>
    /// <param name="diagram">The diagram.</param>
    /// <param name="title">The graph's name and label; null for none.</param>
    /// <param name="path">An execution's path to highlight, or null.</param>
    public static string Render(Diagram diagram, string? title = null, PathOverlay? path = null)
    {
        if (diagram is null) throw new ArgumentNullException(nameof(diagram));
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(title ?? "StateMachine")).Append(" {\n");
        text.Append("    graph [rankdir=TB, compound=true, newrank=true, nodesep=0.35, ranksep=0.45, fontname=").Append(Quote(Font));
        if (title is not null) text.Append(", label=").Append(Quote(title)).Append(", labelloc=t, fontsize=16");
        text.Append("];\n");
        text.Append("    node [fontname=").Append(Quote(Font)).Append(", fontsize=11, style=filled, penwidth=1.2];\n");
        text.Append("    edge [fontname=").Append(Quote(Font)).Append(", fontsize=10, color=").Append(Quote(DiagramStyle.Edge))
            .Append(", fontcolor=").Append(Quote(DiagramStyle.Ink)).Append("];\n");
        WriteGraph(text, diagram.Root, 1, path);
        foreach (var edge in diagram.Edges) WriteEdge(text, edge, path);
        text.Append("}\n");
        return text.ToString();
    }

    private static void WriteGraph(StringBuilder text, DiagramGraph graph, int depth, PathOverlay? path)
    {
        foreach (var node in graph.Nodes)
        {
            if (!node.IsContainer)
            {
                Line(text, depth).Append(Quote(node.Id)).Append(" [").Append(NodeAttributes(node, path)).Append("];\n");
                continue;
            }
            var style = DiagramStyle.Of(node);
            var title = node.Label + "\n" + (node.Kind == DiagramNodeKind.Map ? "Map" : "Parallel") + (node.Detail is { } detail ? ", " + detail : "");
            Line(text, depth).Append("subgraph ").Append(Quote(Cluster(node.Id))).Append(" {\n");
            Line(text, depth + 1).Append("label=").Append(Quote(title)).Append("; fontsize=12; style=\"dashed,filled,rounded\"; fillcolor=").Append(Quote(style.Fill))
                .Append("; color=").Append(Quote(Outline(node, style, path))).Append("; penwidth=").Append(PenWidth(node, path)).Append(";\n");
            foreach (var child in node.Children)
            {
                if (child.Kind == DiagramGraphKind.Branch)
                {
                    Line(text, depth + 1).Append("subgraph ").Append(Quote(Cluster(child.Id))).Append(" {\n");
                    Line(text, depth + 2).Append("label=").Append(Quote(child.Label)).Append("; fontsize=10; fontcolor=\"#57606a\"; style=\"solid,filled,rounded\"; fillcolor=\"#ffffff\"; color=\"#d0d7de\"; penwidth=1;\n");
                    WriteGraph(text, child, depth + 2, path);
                    Line(text, depth + 1).Append("}\n");
                }
                else
                {
                    WriteGraph(text, child, depth + 1, path);
                }
            }
            Line(text, depth).Append("}\n");
        }
    }

    private static string NodeAttributes(DiagramNode node, PathOverlay? path)
    {
        var style = DiagramStyle.Of(node);
        var attributes = new StringBuilder();
        var isMachineMarker = node.Graph.Kind == DiagramGraphKind.Machine;
        switch (node.Kind)
        {
            case DiagramNodeKind.Start:
                attributes.Append(isMachineMarker ? "shape=circle, label=\"Start\", fontsize=9, width=0.5, fixedsize=true" : "shape=circle, label=\"\", width=0.18, fixedsize=true");
                break;
            case DiagramNodeKind.End:
                attributes.Append(isMachineMarker ? "shape=doublecircle, label=\"End\", fontsize=9, width=0.5, fixedsize=true" : "shape=doublecircle, label=\"\", width=0.14, fixedsize=true");
                break;
            default:
                attributes.Append("shape=").Append(Shape(node.Kind)).Append(", label=").Append(Quote(node.Detail is { } detail ? node.Label + "\n" + detail : node.Label));
                var styles = node.Kind switch
                {
                    DiagramNodeKind.Pass or DiagramNodeKind.Succeed or DiagramNodeKind.Fail => "rounded,filled",
                    DiagramNodeKind.Missing => "dashed,filled",
                    _ => "filled",
                };
                attributes.Append(", style=").Append(Quote(styles));
                break;
        }
        var unvisited = path is not null && !path.IsEntered(node) && !path.IsFailed(node);
        attributes.Append(", fillcolor=").Append(Quote(path is not null && path.IsFailed(node) ? "#ffd8d3" : unvisited ? Faint(style.Fill) : style.Fill));
        attributes.Append(", color=").Append(Quote(unvisited ? DiagramStyle.UntakenEdge : Outline(node, style, path)));
        attributes.Append(", fontcolor=").Append(Quote(unvisited ? "#8c959f" : style.Text));
        attributes.Append(", penwidth=").Append(PenWidth(node, path));
        return attributes.ToString();
    }

    private static void WriteEdge(StringBuilder text, DiagramEdge edge, PathOverlay? path)
    {
        var from = Anchor(edge.From, outgoing: true);
        var to = Anchor(edge.To, outgoing: false);
        Line(text, 1).Append(Quote(from.Id)).Append(" -> ").Append(Quote(to.Id));
        var attributes = new StringBuilder();
        void Add(string name, string value)
        {
            if (attributes.Length > 0) attributes.Append(", ");
            attributes.Append(name).Append('=').Append(value);
        }
        if (edge.Label is { } label) Add("label", Quote(label));
        if (edge.IsError) Add("style", "dashed");
        if (edge.Kind == DiagramEdgeKind.Default) Add("fontcolor", Quote("#57606a"));
        if (edge.From != edge.To)
        {
            if (edge.From.IsContainer) Add("ltail", Quote(Cluster(edge.From.Id)));
            if (edge.To.IsContainer) Add("lhead", Quote(Cluster(edge.To.Id)));
        }
        if (path is not null)
        {
            var taken = path.IsTaken(edge);
            Add("color", Quote(taken ? DiagramStyle.PathColour : DiagramStyle.UntakenEdge));
            if (taken) Add("penwidth", "2.5");
        }
        if (attributes.Length > 0) text.Append(" [").Append(attributes).Append(']');
        text.Append(";\n");
    }

    /// <summary>
    /// dot draws edges between nodes only, so an edge to or from a Parallel or Map goes to a node inside its cluster
    /// (clipped at the cluster's border): the first branch's start marker for edges in, its last node for edges out.
    /// </summary>
    private static DiagramNode Anchor(DiagramNode node, bool outgoing)
    {
        while (node.IsContainer)
        {
            var child = node.Children[0];
            node = outgoing ? child.End ?? child.Nodes.Last() : child.Start;
        }
        return node;
    }

    private static string Shape(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Choice => "hexagon",
        DiagramNodeKind.Wait => "parallelogram",
        DiagramNodeKind.Missing => "cds",
        _ => "box",
    };

    private static string Outline(DiagramNode node, NodeStyle style, PathOverlay? path) =>
        path is null ? style.Stroke
        : path.IsFailed(node) ? DiagramStyle.FailedColour
        : path.IsEntered(node) ? DiagramStyle.PathColour
        : style.Stroke;

    private static string PenWidth(DiagramNode node, PathOverlay? path) =>
        path is not null && (path.IsFailed(node) || path.IsEntered(node)) ? "2.5" : "1.2";

    /// <summary>The colour with a low alpha, for what the execution did not reach.</summary>
    private static string Faint(string colour) => colour + "66";

    private static string Cluster(string id) => "cluster_" + id;

    /// <summary>A dot string literal: quotes and backslashes escaped, line breaks as <c>\n</c>, other controls as spaces.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"' || c == '\\') quoted.Append('\\').Append(c);
            else if (c == '\n') quoted.Append("\\n");
            else quoted.Append(char.IsControl(c) ? ' ' : c);
        }
        return quoted.Append('"').ToString();
    }

    private static StringBuilder Line(StringBuilder text, int depth)
    {
        for (var i = 0; i < depth; i++) text.Append("    ");
        return text;
    }
}
