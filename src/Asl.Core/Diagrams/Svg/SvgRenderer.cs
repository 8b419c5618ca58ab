using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Asl.Diagrams.Svg;

/// <summary>
/// Draws a <see cref="Diagram"/> as a standalone SVG image, laid out by Asl's own layered layout (no Graphviz or
/// browser needed): states top to bottom in the order they run, loops drawn back up, each state type with its own
/// shape and colour, Parallel branches and Map processors drawn inside their state's box, Choice rules and Catch error
/// names on their edges (Catch edges dashed). Each state is one <c>&lt;g class="state ..."&gt;</c> element with a
/// tooltip. With a <see cref="PathOverlay"/> the path taken is green, failed states red, the rest faint.
/// </summary>
public static class SvgRenderer
{
    private const double Padding = 16;
    private const double TitleHeight = 30;
    private const double StatusHeight = 20;
    private const string FontFamily = "DejaVu Sans, Verdana, Geneva, sans-serif";
    private const string Muted = DiagramStyle.Muted;

    /// <summary>The SVG document.</summary>
    /// <param name="diagram">The diagram.</param>
    /// <param name="title">A heading drawn above the diagram (usually the state machine's name), or null.</param>
    /// <param name="path">An execution's path to highlight, or null.</param>
    public static string Render(Diagram diagram, string? title = null, PathOverlay? path = null)
    {
        if (diagram is null) throw new ArgumentNullException(nameof(diagram));
        var layout = LayeredLayout.Layout(diagram.Root);
        var status = path is null ? null : StatusLine(diagram, path);
        var top = Padding + (title is null ? 0 : TitleHeight) + (status is null ? 0 : StatusHeight);
        var width = Math.Ceiling(Math.Max(layout.Width, Math.Max(Width(title, 16), Width(status, 12))) + 2 * Padding);
        var height = Math.Ceiling(top + layout.Height + Padding);

        var svg = new SvgWriter();
        svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\"").Attribute("width", width).Attribute("height", height)
            .Attribute("viewBox", "0 0 " + SvgWriter.Number(width) + " " + SvgWriter.Number(height))
            .Attribute("font-family", FontFamily).Attribute("role", "img").Raw(">\n");
        svg.Raw("<title>").Text(title ?? "State machine").Raw("</title>\n");
        if (diagram.Comment is { } comment) svg.Raw("<desc>").Text(comment).Raw("</desc>\n");
        WriteDefinitions(svg);
        svg.Raw("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        var y = Padding;
        if (title is not null)
        {
            svg.Raw("<text class=\"title\"").Attribute("x", Padding).Attribute("y", y + 18).Raw(" font-size=\"16\" font-weight=\"bold\"")
                .Attribute("fill", DiagramStyle.Ink).Raw(">").Text(title).Raw("</text>\n");
            y += TitleHeight;
        }
        if (status is not null)
        {
            svg.Raw("<text class=\"status\"").Attribute("x", Padding).Attribute("y", y + 12).Raw(" font-size=\"12\"").Attribute("fill", Muted)
                .Raw(">").Text(status).Raw("</text>\n");
        }
        var left = (width - layout.Width) / 2;
        WriteGraph(svg, layout, left, top, path, "#ffffff");
        svg.Raw("</svg>\n");
        return svg.ToString();
    }

    private static double Width(string? text, double fontSize) => text is null ? 0 : TextMetrics.Width(text, fontSize);

    private static string StatusLine(Diagram diagram, PathOverlay path)
    {
        var entered = path.EnteredStateCount.ToString(CultureInfo.InvariantCulture);
        var total = diagram.States.Count.ToString(CultureInfo.InvariantCulture);
        var failed = diagram.States.Count(path.IsFailed);
        var outcome = path.Status is { } status ? "Execution " + status : "Execution still running";
        return outcome + ": " + entered + " of " + total + " states entered" + (failed > 0 ? ", " + failed.ToString(CultureInfo.InvariantCulture) + " failed (red)" : "")
            + "; the path taken is green.";
    }

    private static void WriteDefinitions(SvgWriter svg)
    {
        svg.Raw("<defs>\n");
        foreach (var (id, colour) in new[] { ("asl-arrow", DiagramStyle.Edge), ("asl-arrow-taken", DiagramStyle.PathColour), ("asl-arrow-faint", DiagramStyle.UntakenEdge) })
        {
            svg.Raw("<marker").Attribute("id", id).Raw(" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .Raw("<path d=\"M0,0 L10,5 L0,10 z\"").Attribute("fill", colour).Raw("/></marker>\n");
        }
        svg.Raw("</defs>\n");
    }

    /// <summary>A graph at (<paramref name="x"/>, <paramref name="y"/>): its edges, their labels (in the
    /// <paramref name="background"/> colour, so they hide the line under them), then its nodes (so no line runs over a
    /// box), each container with its nested graphs inside its own element.</summary>
    private static void WriteGraph(SvgWriter svg, GraphLayout layout, double x, double y, PathOverlay? path, string background)
    {
        foreach (var edge in layout.Edges) WriteEdge(svg, edge, x, y, path);
        foreach (var edge in layout.Edges)
            if (edge.LabelLines.Count > 0) WriteLabel(svg, edge, x, y, path, background);
        foreach (var node in layout.Nodes) WriteNode(svg, node, x + node.X, y + node.Y, path);
    }

    private static void WriteEdge(SvgWriter svg, EdgeLayout edge, double x, double y, PathOverlay? path)
    {
        var points = edge.Points.Select(p => new Point(p.X + x, p.Y + y)).ToList();
        var d = new System.Text.StringBuilder("M").Append(Coordinates(points[0]));
        if (edge.IsSelfLoop)
        {
            var reach = points[1].X;
            d.Append(" C").Append(Coordinates(new Point(reach, points[0].Y - 8))).Append(' ').Append(Coordinates(new Point(reach, points[2].Y + 8)))
                .Append(' ').Append(Coordinates(points[2]));
        }
        else
        {
            for (var i = 1; i < points.Count; i++)
            {
                var from = points[i - 1];
                var to = points[i];
                var bend = (to.Y - from.Y) / 2;
                d.Append(" C").Append(Coordinates(new Point(from.X, from.Y + bend))).Append(' ').Append(Coordinates(new Point(to.X, to.Y - bend)))
                    .Append(' ').Append(Coordinates(to));
            }
        }
        var taken = path?.IsTaken(edge.Edge);
        var colour = taken is null ? DiagramStyle.Edge : taken.Value ? DiagramStyle.PathColour : DiagramStyle.UntakenEdge;
        var marker = taken is null ? "asl-arrow" : taken.Value ? "asl-arrow-taken" : "asl-arrow-faint";
        svg.Raw("<path").Attribute("class", "edge " + KindClass(edge.Edge.Kind) + (taken == true ? " taken" : ""))
            .Attribute("data-from", edge.Edge.From.Id).Attribute("data-to", edge.Edge.To.Id)
            .Attribute("d", d.ToString()).Raw(" fill=\"none\"").Attribute("stroke", colour).Attribute("stroke-width", taken == true ? 2.6 : 1.3);
        if (edge.Edge.IsError) svg.Raw(" stroke-dasharray=\"6 4\"");
        svg.Attribute("marker-end", "url(#" + marker + ")").Raw("/>\n");
    }

    private static string Coordinates(Point point) => SvgWriter.Number(point.X) + "," + SvgWriter.Number(point.Y);

    private static string KindClass(DiagramEdgeKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteLabel(SvgWriter svg, EdgeLayout edge, double x, double y, PathOverlay? path, string background)
    {
        var left = x + edge.LabelAt.X;
        var top = y + edge.LabelAt.Y;
        var faint = path is not null && !path.IsTaken(edge.Edge);
        svg.Raw("<g class=\"edge-label\"");
        if (faint) svg.Raw(" opacity=\"0.55\"");
        svg.Raw("><rect").Attribute("x", left).Attribute("y", top).Attribute("width", edge.LabelWidth).Attribute("height", edge.LabelHeight)
            .Raw(" rx=\"3\"").Attribute("fill", background).Raw("/>");
        for (var i = 0; i < edge.LabelLines.Count; i++)
        {
            svg.Raw("<text").Attribute("x", left + edge.LabelWidth / 2).Attribute("y", top + 2 + i * NodeSizing.LabelLine + 11)
                .Raw(" font-size=\"11\" text-anchor=\"middle\"").Attribute("fill", edge.Edge.IsError ? DiagramStyle.FailedColour : Muted)
                .Raw(">").Text(edge.LabelLines[i]).Raw("</text>");
        }
        svg.Raw("</g>\n");
    }

    private static void WriteNode(SvgWriter svg, NodeLayout box, double x, double y, PathOverlay? path)
    {
        var node = box.Node;
        var style = DiagramStyle.Of(node);
        var failed = path?.IsFailed(node) == true;
        var entered = path?.IsEntered(node) == true;
        var faint = path is not null && !failed && !entered;
        var classes = (node.IsState || node.Kind == DiagramNodeKind.Missing ? "state " : "marker ") + DiagramStyle.ClassOf(node)
            + (failed ? " failed" : entered ? " visited" : faint ? " unvisited" : "");
        var stroke = failed ? DiagramStyle.FailedColour : entered && node.IsState ? DiagramStyle.PathColour : style.Stroke;
        var strokeWidth = (failed || entered) && node.IsState ? 2.5 : 1.2;
        var fill = failed ? "#ffd8d3" : style.Fill;

        svg.Raw("<g").Attribute("class", classes).Attribute("id", "asl-" + node.Id);
        if (node.StateName is { } name) svg.Attribute("data-state", name);
        if (faint) svg.Raw(" opacity=\"0.45\"");
        svg.Raw(">");
        svg.Raw("<title>").Text(Tooltip(node)).Raw("</title>");
        WriteShape(svg, box, x, y, fill, stroke, strokeWidth, style.Dashed);
        if (box.Node.IsContainer)
        {
            WriteContainer(svg, box, x, y, style, path);
        }
        else if (box.Lines.Count > 0)
        {
            var textHeight = box.Lines.Count * NodeSizing.NameLine + (box.Detail is null ? 0 : NodeSizing.DetailLine);
            var lineTop = y + (box.Height - textHeight) / 2;
            for (var i = 0; i < box.Lines.Count; i++)
            {
                svg.Raw("<text").Attribute("x", x + box.Width / 2).Attribute("y", lineTop + i * NodeSizing.NameLine + 12.5)
                    .Raw(" font-size=\"13\" text-anchor=\"middle\"").Attribute("fill", style.Text).Raw(">").Text(box.Lines[i]).Raw("</text>");
            }
            if (box.Detail is { } detail)
            {
                svg.Raw("<text").Attribute("x", x + box.Width / 2).Attribute("y", lineTop + box.Lines.Count * NodeSizing.NameLine + 11)
                    .Raw(" font-size=\"11\" text-anchor=\"middle\"").Attribute("fill", node.Kind == DiagramNodeKind.Missing ? DiagramStyle.FailedColour : Muted)
                    .Raw(">").Text(detail).Raw("</text>");
            }
        }
        svg.Raw("</g>\n");
    }

    private static void WriteContainer(SvgWriter svg, NodeLayout box, double x, double y, NodeStyle style, PathOverlay? path)
    {
        var lineTop = y + 8;
        for (var i = 0; i < box.Lines.Count; i++)
        {
            svg.Raw("<text").Attribute("x", x + box.Width / 2).Attribute("y", lineTop + i * NodeSizing.NameLine + 12.5)
                .Raw(" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\"").Attribute("fill", style.Text).Raw(">").Text(box.Lines[i]).Raw("</text>");
        }
        if (box.Detail is { } detail)
        {
            svg.Raw("<text").Attribute("x", x + box.Width / 2).Attribute("y", lineTop + box.Lines.Count * NodeSizing.NameLine + 11)
                .Raw(" font-size=\"11\" text-anchor=\"middle\"").Attribute("fill", Muted).Raw(">").Text(detail).Raw("</text>");
        }
        svg.Raw("\n");
        foreach (var child in box.Children)
        {
            svg.Raw("<g").Attribute("class", child.Layout.Graph.Kind == DiagramGraphKind.Branch ? "branch" : "processor").Attribute("id", "asl-" + child.Layout.Graph.Id).Raw(">");
            if (child.Caption is { } caption)
            {
                svg.Raw("<rect").Attribute("x", x + child.X).Attribute("y", y + child.Y).Attribute("width", child.Width).Attribute("height", child.Height)
                    .Raw(" rx=\"6\" fill=\"#ffffff\" stroke=\"#d0d7de\"/>");
                svg.Raw("<text").Attribute("x", x + child.X + 8).Attribute("y", y + child.Y + 14).Raw(" font-size=\"11\"").Attribute("fill", Muted)
                    .Raw(">").Text(caption).Raw("</text>");
            }
            svg.Raw("\n");
            WriteGraph(svg, child.Layout, x + child.GraphX, y + child.GraphY, path, child.Caption is null ? style.Fill : "#ffffff");
            svg.Raw("</g>\n");
        }
    }

    private static void WriteShape(SvgWriter svg, NodeLayout box, double x, double y, string fill, string stroke, double strokeWidth, bool dashed)
    {
        var w = box.Width;
        var h = box.Height;
        var isMachineMarker = box.Node.Graph.Kind == DiagramGraphKind.Machine;
        switch (box.Node.Kind)
        {
            case DiagramNodeKind.Start when !isMachineMarker:
                svg.Raw("<circle").Attribute("cx", x + w / 2).Attribute("cy", y + h / 2).Attribute("r", w / 2).Attribute("fill", fill).Raw("/>");
                return;
            case DiagramNodeKind.End when !isMachineMarker:
                svg.Raw("<circle").Attribute("cx", x + w / 2).Attribute("cy", y + h / 2).Attribute("r", w / 2).Raw(" fill=\"#ffffff\"").Attribute("stroke", stroke).Raw(" stroke-width=\"1.5\"/>");
                svg.Raw("<circle").Attribute("cx", x + w / 2).Attribute("cy", y + h / 2).Attribute("r", w / 2 - 3.5).Attribute("fill", fill).Raw("/>");
                return;
            case DiagramNodeKind.Choice:
                Polygon(svg, fill, stroke, strokeWidth, dashed, (x + 13, y), (x + w - 13, y), (x + w, y + h / 2), (x + w - 13, y + h), (x + 13, y + h), (x, y + h / 2));
                return;
            case DiagramNodeKind.Wait:
                Polygon(svg, fill, stroke, strokeWidth, dashed, (x + 8, y), (x + w, y), (x + w - 8, y + h), (x, y + h));
                return;
        }
        var radius = box.Node.Kind switch
        {
            DiagramNodeKind.Start or DiagramNodeKind.End or DiagramNodeKind.Succeed or DiagramNodeKind.Fail => h / 2,
            DiagramNodeKind.Pass => 10,
            DiagramNodeKind.Parallel or DiagramNodeKind.Map => 8,
            _ => 4,
        };
        svg.Raw("<rect").Attribute("x", x).Attribute("y", y).Attribute("width", w).Attribute("height", h).Attribute("rx", radius)
            .Attribute("fill", fill).Attribute("stroke", stroke).Attribute("stroke-width", strokeWidth);
        if (dashed) svg.Raw(" stroke-dasharray=\"5 3\"");
        svg.Raw("/>");
        if (box.Node.Kind == DiagramNodeKind.End)
        {
            // The machine's end: a pill with a second outline, as a final state is drawn with a ring.
            svg.Raw("<rect").Attribute("x", x + 2.5).Attribute("y", y + 2.5).Attribute("width", w - 5).Attribute("height", h - 5).Attribute("rx", h / 2 - 2.5)
                .Raw(" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        }
    }

    private static void Polygon(SvgWriter svg, string fill, string stroke, double strokeWidth, bool dashed, params (double X, double Y)[] points)
    {
        svg.Raw("<polygon").Attribute("points", string.Join(" ", points.Select(p => SvgWriter.Number(p.X) + "," + SvgWriter.Number(p.Y))))
            .Attribute("fill", fill).Attribute("stroke", stroke).Attribute("stroke-width", strokeWidth);
        if (dashed) svg.Raw(" stroke-dasharray=\"5 3\"");
        svg.Raw("/>");
    }

    private static string Tooltip(DiagramNode node) => node.Kind switch
    {
        DiagramNodeKind.Start => "Start",
        DiagramNodeKind.End => "End",
        DiagramNodeKind.Missing => node.Label + " (no such state)",
        _ => node.Label + " (" + node.Kind + (node.Detail is { } detail ? ": " + detail : "") + ")",
    };
}
