using System.Collections.Generic;

namespace Asl.Diagrams;

/// <summary>One look of the diagram's nodes, shared by every renderer so that the formats agree.</summary>
/// <param name="Name">The class name (Mermaid class, SVG/CSS class).</param>
/// <param name="Fill">The fill colour.</param>
/// <param name="Stroke">The outline colour.</param>
/// <param name="Text">The text colour.</param>
/// <param name="Dashed">True for a dashed outline.</param>
internal sealed record NodeStyle(string Name, string Fill, string Stroke, string Text, bool Dashed = false)
{
    /// <summary>The style as a Mermaid <c>classDef</c> body.</summary>
    public string Mermaid => "fill:" + Fill + ",stroke:" + Stroke + ",color:" + Text + (Dashed ? ",stroke-dasharray:5 3" : "");
}

/// <summary>The colours and classes of the diagrams: one per node kind, and those that mark an execution's path.</summary>
internal static class DiagramStyle
{
    public const string Ink = "#1f2328";
    public const string Edge = "#57606a";
    public const string PathColour = "#1a7f37";
    public const string FailedColour = "#cf222e";
    public const string UntakenEdge = "#c4cbd3";
    public const string Muted = "#57606a";

    /// <summary>One class per node kind (markers share one) and one for a Parallel's branch boxes, in the order they are written.</summary>
    public static IReadOnlyList<NodeStyle> Classes { get; } = new[]
    {
        new NodeStyle("marker", "#24292f", "#24292f", "#ffffff"),
        new NodeStyle("task", "#e7f0fb", "#3873c4", Ink),
        new NodeStyle("pass", "#f2f4f7", "#8c959f", Ink),
        new NodeStyle("choice", "#fff4d6", "#bf8700", Ink),
        new NodeStyle("wait", "#efe7fb", "#8250df", Ink),
        new NodeStyle("succeed", "#dff3e4", "#1a7f37", Ink),
        new NodeStyle("fail", "#fde4e4", FailedColour, Ink),
        new NodeStyle("parallel", "#f6f8fa", "#57606a", Ink, Dashed: true),
        new NodeStyle("map", "#f1f6fe", "#0969da", Ink, Dashed: true),
        new NodeStyle("missing", "#ffffff", FailedColour, FailedColour, Dashed: true),
        new NodeStyle("branch", "#ffffff", "#d0d7de", Muted),
    };

    /// <summary>The classes an execution's path adds: written after <see cref="Classes"/>, so they win.</summary>
    public static IReadOnlyList<(string Name, string Mermaid)> PathClasses { get; } = new[]
    {
        ("visited", "stroke:" + PathColour + ",stroke-width:3px"),
        ("failed", "fill:#ffd8d3,stroke:" + FailedColour + ",stroke-width:3px"),
        ("unvisited", "opacity:0.45"),
    };

    public static string TakenEdgeMermaid => "stroke:" + PathColour + ",stroke-width:3px";

    public static string UntakenEdgeMermaid => "stroke:" + UntakenEdge;

    /// <summary>The class of a node's kind.</summary>
    public static string ClassOf(DiagramNode node) => node.Kind switch
    {
        DiagramNodeKind.Start or DiagramNodeKind.End => "marker",
        DiagramNodeKind.Task => "task",
        DiagramNodeKind.Pass => "pass",
        DiagramNodeKind.Choice => "choice",
        DiagramNodeKind.Wait => "wait",
        DiagramNodeKind.Succeed => "succeed",
        DiagramNodeKind.Fail => "fail",
        DiagramNodeKind.Parallel => "parallel",
        DiagramNodeKind.Map => "map",
        _ => "missing",
    };

    /// <summary>The style of a node's kind.</summary>
    public static NodeStyle Of(DiagramNode node)
    {
        var name = ClassOf(node);
        foreach (var style in Classes)
            if (style.Name == name) return style;
        return Classes[0];
    }
}
