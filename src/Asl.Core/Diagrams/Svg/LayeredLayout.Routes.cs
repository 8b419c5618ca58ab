using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams.Svg;

internal sealed partial class LayeredLayout
{
    private const double PortSpacing = 14;
    private const double LoopWidth = 30;

    /// <summary>
    /// The route of an edge: out of the bottom of its upper vertex, through its dummies, into the top of its lower
    /// vertex (reversed for an edge that loops back up). It runs straight down through each layer's band and bends only
    /// in the gaps between layers, so it never cuts through a box of a layer it crosses. Several edges leaving or
    /// entering one box spread along its border in the order of where they come from or go to.
    /// </summary>
    private EdgeLayout RouteEdge(LayoutEdge edge)
    {
        var start = Port(edge, edge.Tail, bottom: true);
        var end = Port(edge, edge.Head, bottom: false);
        var points = new List<Point>(2 * edge.Chain.Count + 2) { new(start, edge.Tail.Y + edge.Tail.Height / 2) };
        AddIfApart(points, new Point(start, _layerBottoms[edge.Tail.Layer]));
        for (var i = 1; i < edge.Chain.Count - 1; i++)
        {
            var dummy = edge.Chain[i];
            AddIfApart(points, new Point(dummy.X, _layerTops[dummy.Layer]));
            AddIfApart(points, new Point(dummy.X, _layerBottoms[dummy.Layer]));
        }
        AddIfApart(points, new Point(end, _layerTops[edge.Head.Layer]));
        points.Add(new Point(end, edge.Head.Y - edge.Head.Height / 2));
        if (edge.Reversed) points.Reverse();

        var label = edge.LabelVertex;
        var at = label is null ? default : new Point(label.X - label.Width / 2, label.Y - label.Height / 2);
        return new EdgeLayout(edge.Edge, points, isSelfLoop: false, edge.LabelLines, at, label?.Width ?? 0, label?.Height ?? 0);
    }

    private static void AddIfApart(List<Point> points, Point point)
    {
        var last = points[points.Count - 1];
        if (Math.Abs(last.X - point.X) > 0.01 || Math.Abs(last.Y - point.Y) > 0.01) points.Add(point);
    }

    /// <summary>The x where <paramref name="edge"/> meets <paramref name="vertex"/>'s bottom (or top) border.</summary>
    private double Port(LayoutEdge edge, Vertex vertex, bool bottom)
    {
        var neighbours = bottom ? vertex.Down : vertex.Up;
        if (neighbours.Count < 2 || vertex.IsDummy) return vertex.X;
        // The edges at this border, in the order of the next vertex along each.
        var edges = _edges.Where(e => bottom ? e.Tail == vertex : e.Head == vertex)
            .OrderBy(e => bottom ? e.Chain[1].X : e.Chain[e.Chain.Count - 2].X)
            .ThenBy(e => e.Edge.Index)
            .ToList();
        var usable = vertex.Width - (vertex.Box?.Node.Kind == DiagramNodeKind.Choice ? 30 : 16);
        var spacing = Math.Max(0, Math.Min(PortSpacing, usable / Math.Max(1, edges.Count - 1)));
        var index = edges.IndexOf(edge);
        return vertex.X + (index - (edges.Count - 1) / 2.0) * spacing;
    }

    /// <summary>A loop on the right side of a state that transitions to itself; also returns how far right it reaches.</summary>
    private (EdgeLayout Edge, double Right) RouteSelfLoop(DiagramEdge loop)
    {
        var vertex = _byNode[loop.From];
        var right = vertex.X + vertex.Width / 2;
        var points = new[]
        {
            new Point(right, vertex.Y - vertex.Height / 4),
            new Point(right + LoopWidth, vertex.Y),
            new Point(right, vertex.Y + vertex.Height / 4),
        };
        var lines = loop.Label is { } text ? TextMetrics.Wrap(text, NodeSizing.LabelFont, NodeSizing.MaxLabelWidth, 4) : Array.Empty<string>();
        var width = lines.Count == 0 ? 0 : lines.Max(l => TextMetrics.Width(l, NodeSizing.LabelFont)) + 12;
        var height = lines.Count * NodeSizing.LabelLine + 4;
        var at = new Point(right + LoopWidth + 4, vertex.Y - height / 2);
        return (new EdgeLayout(loop, points, isSelfLoop: true, lines, at, width, lines.Count == 0 ? 0 : height), right + LoopWidth + 4 + width);
    }
}
