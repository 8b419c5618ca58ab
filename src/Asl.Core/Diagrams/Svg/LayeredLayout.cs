using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams.Svg;

/// <summary>
/// Lays out one graph top to bottom in layers (the Sugiyama method): loops are broken by turning their back edges
/// around, nodes get layers by longest path (then move down where that shortens edges), long edges and edge labels
/// become dummy nodes in the layers they cross, the order in each layer is improved by median sweeps and swaps of
/// neighbours until crossings stop falling, x positions come from weighted least squares under the order's spacing
/// (pool-adjacent-violators), and edges are routed through their dummies. A Parallel or Map is one node here,
/// sized by laying out its nested graphs first.
/// </summary>
internal sealed partial class LayeredLayout
{
    private const double LayerGap = 30;
    private const double Margin = 6;

    private readonly DiagramGraph _graph;
    private readonly List<Vertex> _vertices = new();
    private readonly List<LayoutEdge> _edges = new();
    private readonly List<DiagramEdge> _selfLoops = new();
    private readonly Dictionary<DiagramNode, Vertex> _byNode = new();
    private List<List<Vertex>> _layers = new();

    private LayeredLayout(DiagramGraph graph) => _graph = graph;

    /// <summary>Lays out <paramref name="graph"/> (and, inside its Parallel and Map nodes, the graphs nested there).</summary>
    public static GraphLayout Layout(DiagramGraph graph)
    {
        var layout = new LayeredLayout(graph);
        layout.AddVertices();
        layout.AssignLayers();
        layout.AddDummies();
        layout.OrderLayers();
        layout.AssignCoordinates();
        return layout.Route();
    }

    /// <summary>A node of the layered graph: a diagram node, or a dummy where an edge (or its label) crosses a layer.</summary>
    private sealed class Vertex
    {
        public Vertex(int index, NodeLayout? box, double width, double height)
        {
            Index = index;
            Box = box;
            Width = width;
            Height = height;
        }

        public int Index { get; }
        public NodeLayout? Box { get; }
        public double Width { get; }
        public double Height { get; }
        public int Layer { get; set; }
        public int Order { get; set; }
        /// <summary>The center.</summary>
        public double X { get; set; }
        public double Y { get; set; }
        /// <summary>Set on the dummy that carries an edge's label.</summary>
        public LayoutEdge? LabelOf { get; set; }
        public List<Vertex> Up { get; } = new();
        public List<Vertex> Down { get; } = new();
        public bool IsDummy => Box is null;
    }

    /// <summary>An edge as laid out: pointing down (its tail in a higher layer), turned around if it closes a loop.</summary>
    private sealed class LayoutEdge
    {
        public LayoutEdge(DiagramEdge edge, Vertex tail, Vertex head, int minLength, IReadOnlyList<string> labelLines, double labelWidth)
        {
            Edge = edge;
            Tail = tail;
            Head = head;
            MinLength = minLength;
            LabelLines = labelLines;
            LabelWidth = labelWidth;
        }

        public DiagramEdge Edge { get; }
        public Vertex Tail { get; private set; }
        public Vertex Head { get; private set; }
        public bool Reversed { get; private set; }
        public int MinLength { get; }
        public IReadOnlyList<string> LabelLines { get; }
        public double LabelWidth { get; }
        /// <summary>Tail, the dummies in layer order, head.</summary>
        public List<Vertex> Chain { get; } = new();
        public Vertex? LabelVertex { get; set; }

        public void Reverse()
        {
            (Tail, Head) = (Head, Tail);
            Reversed = !Reversed;
        }
    }

    private void AddVertices()
    {
        foreach (var node in _graph.Nodes)
        {
            var box = NodeSizing.Measure(node);
            var vertex = new Vertex(_vertices.Count, box, box.Width, box.Height);
            _vertices.Add(vertex);
            _byNode.Add(node, vertex);
        }
        foreach (var edge in _graph.Edges)
        {
            if (edge.From == edge.To)
            {
                _selfLoops.Add(edge);
                continue;
            }
            var lines = edge.Label is { } label ? TextMetrics.Wrap(label, NodeSizing.LabelFont, NodeSizing.MaxLabelWidth, 4) : Array.Empty<string>();
            var width = lines.Count == 0 ? 0 : lines.Max(l => TextMetrics.Width(l, NodeSizing.LabelFont)) + 12;
            // A labelled edge spans two layers at least, so its label has a layer of its own to sit in.
            _edges.Add(new LayoutEdge(edge, _byNode[edge.From], _byNode[edge.To], lines.Count > 0 ? 2 : 1, lines, width));
        }
    }

    private GraphLayout Route()
    {
        var right = _vertices.Count == 0 ? 0 : _vertices.Max(v => v.X + v.Width / 2);
        var bottom = _vertices.Count == 0 ? 0 : _vertices.Max(v => v.Y + v.Height / 2);
        var edges = new List<EdgeLayout>();
        foreach (var edge in _edges) edges.Add(RouteEdge(edge));
        foreach (var loop in _selfLoops)
        {
            var (edge, loopRight) = RouteSelfLoop(loop);
            edges.Add(edge);
            right = Math.Max(right, loopRight);
        }
        var nodes = new List<NodeLayout>();
        foreach (var vertex in _vertices)
        {
            if (vertex.Box is not { } box) continue;
            box.X = vertex.X - box.Width / 2;
            box.Y = vertex.Y - box.Height / 2;
            nodes.Add(box);
        }
        // Edges in diagram order, so the SVG lists them as the other formats do.
        edges.Sort((a, b) => a.Edge.Index.CompareTo(b.Edge.Index));
        return new GraphLayout(_graph, Math.Ceiling(right + Margin), Math.Ceiling(bottom + Margin), nodes, edges);
    }
}
