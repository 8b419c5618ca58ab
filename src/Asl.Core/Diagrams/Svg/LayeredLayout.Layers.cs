using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams.Svg;

internal sealed partial class LayeredLayout
{
    /// <summary>Breaks loops, then gives each vertex a layer: as high as its incoming edges allow, then lower where
    /// that shortens its edges overall; the end marker goes to the bottom.</summary>
    private void AssignLayers()
    {
        BreakCycles();
        var outgoing = _vertices.ToDictionary(v => v, _ => new List<LayoutEdge>());
        var incoming = _vertices.ToDictionary(v => v, _ => new List<LayoutEdge>());
        foreach (var edge in _edges)
        {
            outgoing[edge.Tail].Add(edge);
            incoming[edge.Head].Add(edge);
        }

        // Longest path from the sources, in topological order (Kahn).
        var pending = _vertices.ToDictionary(v => v, v => incoming[v].Count);
        var ready = new Queue<Vertex>(_vertices.Where(v => pending[v] == 0));
        var topological = new List<Vertex>();
        while (ready.Count > 0)
        {
            var vertex = ready.Dequeue();
            topological.Add(vertex);
            foreach (var edge in outgoing[vertex])
            {
                edge.Head.Layer = Math.Max(edge.Head.Layer, vertex.Layer + edge.MinLength);
                if (--pending[edge.Head] == 0) ready.Enqueue(edge.Head);
            }
        }

        // A vertex with more edges below it than above moves down as far as its successors allow: each layer down
        // shortens the edges below by one and lengthens those above by one.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = topological.Count - 1; i >= 0; i--)
            {
                var vertex = topological[i];
                if (outgoing[vertex].Count <= incoming[vertex].Count || vertex.Box?.Node.Kind == DiagramNodeKind.Start) continue;
                var lowest = outgoing[vertex].Min(e => e.Head.Layer - e.MinLength);
                if (lowest <= vertex.Layer) continue;
                vertex.Layer = lowest;
                changed = true;
            }
        }

        if (_graph.End is { } end)
        {
            var endVertex = _byNode[end];
            var deepest = _vertices.Where(v => v != endVertex).Select(v => v.Layer).DefaultIfEmpty(0).Max();
            endVertex.Layer = Math.Max(endVertex.Layer, deepest);
        }
    }

    /// <summary>
    /// Turns around the edges that close a loop, found by a depth-first walk from the start marker that follows each
    /// node's edges in their order (Next first, then Choice rules, Default, Catchers), then from the nodes the walk
    /// did not reach, in declaration order. What remains is acyclic, and the flow reads top to bottom.
    /// </summary>
    private void BreakCycles()
    {
        var outgoing = _vertices.ToDictionary(v => v, _ => new List<LayoutEdge>());
        foreach (var edge in _edges) outgoing[edge.Tail].Add(edge);
        var state = new Dictionary<Vertex, int>(); // absent: not seen; 1: on the walk's path; 2: done
        var toReverse = new List<LayoutEdge>();
        foreach (var root in _vertices)
        {
            if (state.ContainsKey(root)) continue;
            var stack = new Stack<(Vertex Vertex, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (vertex, next) = stack.Pop();
                var edges = outgoing[vertex];
                if (next >= edges.Count)
                {
                    state[vertex] = 2;
                    continue;
                }
                stack.Push((vertex, next + 1));
                var edge = edges[next];
                if (!state.TryGetValue(edge.Head, out var headState))
                {
                    state[edge.Head] = 1;
                    stack.Push((edge.Head, 0));
                }
                else if (headState == 1)
                {
                    toReverse.Add(edge);
                }
            }
        }
        foreach (var edge in toReverse) edge.Reverse();
    }

    /// <summary>Puts a dummy vertex in every layer an edge crosses; the one that carries the label takes its size.</summary>
    private void AddDummies()
    {
        foreach (var edge in _edges)
        {
            edge.Chain.Add(edge.Tail);
            // The label sits near where the edge starts as drawn: below a Choice for its rules, above the state
            // a loop goes back from.
            var labelLayer = edge.LabelLines.Count == 0 ? -1 : edge.Reversed ? edge.Head.Layer - 1 : edge.Tail.Layer + 1;
            for (var layer = edge.Tail.Layer + 1; layer < edge.Head.Layer; layer++)
            {
                var isLabel = layer == labelLayer;
                var height = isLabel ? edge.LabelLines.Count * NodeSizing.LabelLine + 4 : 0;
                var dummy = new Vertex(_vertices.Count, null, isLabel ? edge.LabelWidth : 0, height) { Layer = layer };
                if (isLabel)
                {
                    dummy.LabelOf = edge;
                    edge.LabelVertex = dummy;
                }
                _vertices.Add(dummy);
                edge.Chain.Add(dummy);
            }
            edge.Chain.Add(edge.Head);
            for (var i = 1; i < edge.Chain.Count; i++)
            {
                edge.Chain[i - 1].Down.Add(edge.Chain[i]);
                edge.Chain[i].Up.Add(edge.Chain[i - 1]);
            }
        }
        var layerCount = _vertices.Count == 0 ? 0 : _vertices.Max(v => v.Layer) + 1;
        _layers = Enumerable.Range(0, layerCount).Select(_ => new List<Vertex>()).ToList();
    }
}
