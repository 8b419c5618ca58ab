using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams.Svg;

/// <summary>The size of each node's box: from its text for a state, from its nested graphs for a Parallel or Map.</summary>
internal static class NodeSizing
{
    public const double NameFont = 13;
    public const double DetailFont = 11;
    public const double LabelFont = 11;
    public const double CaptionFont = 11;
    public const double NameLine = 16;
    public const double DetailLine = 14;
    public const double LabelLine = 14;
    public const double MaxTextWidth = 176;
    public const double MaxDetailWidth = 230;
    public const double MaxLabelWidth = 190;
    private const double PaddingX = 14;
    private const double PaddingY = 9;
    private const double MinWidth = 96;
    private const double ChildGap = 12;
    private const double ChildPadding = 8;

    /// <summary>The layout of a node (its position still to be set); a container's nested graphs are laid out here.</summary>
    public static NodeLayout Measure(DiagramNode node)
    {
        if (node.IsContainer) return MeasureContainer(node);
        switch (node.Kind)
        {
            case DiagramNodeKind.Start:
            case DiagramNodeKind.End:
                // The machine's markers are pills that say what they are; a branch's are small dots.
                return node.Graph.Kind == DiagramGraphKind.Machine
                    ? new NodeLayout(node, 58, 26, new[] { node.Label }, null, Array.Empty<ChildBox>(), 0)
                    : new NodeLayout(node, 14, 14, Array.Empty<string>(), null, Array.Empty<ChildBox>(), 0);
        }
        var lines = TextMetrics.Wrap(node.Label, NameFont, MaxTextWidth, 3);
        var detail = Detail(node);
        IReadOnlyList<string> detailLines = detail is null ? Array.Empty<string>() : new[] { TextMetrics.Truncate(detail, DetailFont, MaxDetailWidth) };
        var textWidth = Math.Max(lines.Max(l => TextMetrics.Width(l, NameFont)), detailLines.Select(l => TextMetrics.Width(l, DetailFont)).DefaultIfEmpty(0).Max());
        // A Choice's pointed sides and a Wait's slanted ones take room beside the text.
        var sides = node.Kind switch { DiagramNodeKind.Choice => 26, DiagramNodeKind.Wait => 16, _ => 0 };
        var width = Math.Max(MinWidth, Math.Ceiling(textWidth + 2 * PaddingX + sides));
        var height = 2 * PaddingY + lines.Count * NameLine + detailLines.Count * DetailLine;
        return new NodeLayout(node, width, height, lines, detailLines.FirstOrDefault(), Array.Empty<ChildBox>(), 0);
    }

    /// <summary>The smaller line under a state's name: its type, and what it calls, waits for or raises.</summary>
    public static string? Detail(DiagramNode node)
    {
        var type = node.Kind switch
        {
            DiagramNodeKind.Missing => null,
            DiagramNodeKind.Start or DiagramNodeKind.End => null,
            _ => node.Kind.ToString(),
        };
        if (type is null) return node.Detail;
        return node.Detail is { } detail ? type + " · " + detail : type;
    }

    private static NodeLayout MeasureContainer(DiagramNode node)
    {
        var title = TextMetrics.Wrap(node.Label, NameFont, 2 * MaxTextWidth, 2);
        var detail = Detail(node);
        var header = 8 + title.Count * NameLine + (detail is null ? 0 : DetailLine) + 6;
        var boxes = new List<(GraphLayout Layout, string? Caption, double CaptionHeight, double Width, double Height)>();
        foreach (var child in node.Children)
        {
            var layout = LayeredLayout.Layout(child);
            var caption = child.Kind == DiagramGraphKind.Branch ? child.Label : null;
            var captionHeight = caption is null ? 0 : LabelLine + 4;
            var boxWidth = layout.Width + 2 * ChildPadding;
            if (caption is not null) boxWidth = Math.Max(boxWidth, TextMetrics.Width(caption, CaptionFont) + 2 * ChildPadding);
            boxes.Add((layout, caption, captionHeight, boxWidth, layout.Height + captionHeight + 2 * ChildPadding));
        }
        var titleWidth = Math.Max(title.Max(l => TextMetrics.Width(l, NameFont)), detail is null ? 0 : TextMetrics.Width(detail, DetailFont)) + 2 * PaddingX;
        var contentWidth = boxes.Sum(b => b.Width) + ChildGap * (boxes.Count - 1) + 2 * ChildGap;
        var width = Math.Ceiling(Math.Max(titleWidth, contentWidth));
        var height = Math.Ceiling(header + boxes.Max(b => b.Height) + ChildGap);
        var children = new List<ChildBox>();
        var x = (width - (contentWidth - 2 * ChildGap)) / 2;
        foreach (var box in boxes)
        {
            children.Add(new ChildBox(box.Layout, x, header, box.Width, box.Height, box.Caption,
                x + (box.Width - box.Layout.Width) / 2, header + box.CaptionHeight + ChildPadding));
            x += box.Width + ChildGap;
        }
        return new NodeLayout(node, width, height, title, detail, children, header);
    }
}
