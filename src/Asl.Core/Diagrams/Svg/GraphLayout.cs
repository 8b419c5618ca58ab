using System.Collections.Generic;

namespace Asl.Diagrams.Svg;

/// <summary>A point in a layout, in pixels from its graph's top-left corner (y grows downwards).</summary>
internal readonly record struct Point(double X, double Y);

/// <summary>A laid-out graph: every node's box and every edge's route, relative to the graph's top-left corner.</summary>
internal sealed class GraphLayout
{
    public GraphLayout(DiagramGraph graph, double width, double height, IReadOnlyList<NodeLayout> nodes, IReadOnlyList<EdgeLayout> edges)
    {
        Graph = graph;
        Width = width;
        Height = height;
        Nodes = nodes;
        Edges = edges;
    }

    public DiagramGraph Graph { get; }

    public double Width { get; }

    public double Height { get; }

    public IReadOnlyList<NodeLayout> Nodes { get; }

    public IReadOnlyList<EdgeLayout> Edges { get; }
}

/// <summary>A node's box (top-left corner and size), its text, and for a Parallel or Map the graphs drawn inside it.</summary>
internal sealed class NodeLayout
{
    public NodeLayout(DiagramNode node, double width, double height, IReadOnlyList<string> lines, string? detail, IReadOnlyList<ChildBox> children, double headerHeight)
    {
        Node = node;
        Width = width;
        Height = height;
        Lines = lines;
        Detail = detail;
        Children = children;
        HeaderHeight = headerHeight;
    }

    public DiagramNode Node { get; }

    public double X { get; set; }

    public double Y { get; set; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The label's lines (the state's name, wrapped).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The smaller second line (the type and what it calls, waits for or raises), or null.</summary>
    public string? Detail { get; }

    /// <summary>A container's nested graphs, each in a box relative to this node's top-left corner.</summary>
    public IReadOnlyList<ChildBox> Children { get; }

    /// <summary>The height of a container's title area, above its nested graphs.</summary>
    public double HeaderHeight { get; }

    public double CenterX => X + Width / 2;

    public double CenterY => Y + Height / 2;
}

/// <summary>A nested graph's box inside its container (relative to the container's top-left corner): its caption
/// ("Branch 1", or null) and its graph's layout, whose origin is at (<paramref name="GraphX"/>, <paramref name="GraphY"/>).</summary>
internal sealed record ChildBox(GraphLayout Layout, double X, double Y, double Width, double Height, string? Caption, double GraphX, double GraphY);

/// <summary>An edge's route: the points its curve passes through, first to last, and its label's box.</summary>
internal sealed class EdgeLayout
{
    public EdgeLayout(DiagramEdge edge, IReadOnlyList<Point> points, bool isSelfLoop, IReadOnlyList<string> labelLines, Point labelAt, double labelWidth, double labelHeight)
    {
        Edge = edge;
        Points = points;
        IsSelfLoop = isSelfLoop;
        LabelLines = labelLines;
        LabelAt = labelAt;
        LabelWidth = labelWidth;
        LabelHeight = labelHeight;
    }

    public DiagramEdge Edge { get; }

    /// <summary>The route: leaves the source at the first point, ends at the target's border at the last.</summary>
    public IReadOnlyList<Point> Points { get; }

    /// <summary>True for a state that transitions to itself (drawn as a loop on its right side).</summary>
    public bool IsSelfLoop { get; }

    /// <summary>The label's lines; empty when the edge has none.</summary>
    public IReadOnlyList<string> LabelLines { get; }

    /// <summary>The label box's top-left corner.</summary>
    public Point LabelAt { get; }

    public double LabelWidth { get; }

    public double LabelHeight { get; }
}
