using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams.Svg;

internal sealed partial class LayeredLayout
{
    private const int OrderingRounds = 24;

    /// <summary>
    /// Orders each layer to reduce crossings: a depth-first start (so a chain of states stays in one column), then
    /// sweeps down and up that sort each layer by the median position of its neighbours in the layer just fixed,
    /// each followed by swaps of neighbours that remove crossings. The best order seen is kept.
    /// </summary>
    private void OrderLayers()
    {
        InitialOrder();
        var best = Snapshot();
        var bestCrossings = Crossings();
        for (var round = 0; round < OrderingRounds && bestCrossings > 0; round++)
        {
            var downwards = round % 2 == 0;
            if (downwards)
                for (var layer = 1; layer < _layers.Count; layer++) SortByMedian(_layers[layer], upper: true);
            else
                for (var layer = _layers.Count - 2; layer >= 0; layer--) SortByMedian(_layers[layer], upper: false);
            Transpose();
            var crossings = Crossings();
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = Snapshot();
            }
        }
        Restore(best);
    }

    private void InitialOrder()
    {
        var seen = new HashSet<Vertex>();
        void Visit(Vertex root)
        {
            var stack = new Stack<Vertex>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var vertex = stack.Pop();
                if (!seen.Add(vertex)) continue;
                _layers[vertex.Layer].Add(vertex);
                // Pushed in reverse, so the first edge (a state's Next) is walked first and keeps to the left.
                for (var i = vertex.Down.Count - 1; i >= 0; i--) stack.Push(vertex.Down[i]);
            }
        }
        foreach (var vertex in _vertices)
            if (vertex.Up.Count == 0) Visit(vertex);
        foreach (var vertex in _vertices) Visit(vertex);
        Renumber();
    }

    private void Renumber()
    {
        foreach (var layer in _layers)
            for (var i = 0; i < layer.Count; i++) layer[i].Order = i;
    }

    /// <summary>Sorts a layer by the median order of each vertex's neighbours above (or below); a vertex with none keeps its place.</summary>
    private void SortByMedian(List<Vertex> layer, bool upper)
    {
        var keys = new Dictionary<Vertex, double>();
        foreach (var vertex in layer) keys[vertex] = Median(upper ? vertex.Up : vertex.Down);
        var movable = layer.Where(v => keys[v] >= 0).OrderBy(v => keys[v]).ThenBy(v => v.Order).ToList();
        var next = 0;
        for (var i = 0; i < layer.Count; i++)
            if (keys[layer[i]] >= 0) layer[i] = movable[next++];
        for (var i = 0; i < layer.Count; i++) layer[i].Order = i;
    }

    /// <summary>The median order of <paramref name="neighbours"/>; weighted toward the denser side when their count is
    /// even (Gansner et al.); -1 when there are none.</summary>
    private static double Median(List<Vertex> neighbours)
    {
        if (neighbours.Count == 0) return -1;
        var orders = neighbours.Select(n => (double)n.Order).OrderBy(o => o).ToList();
        var middle = orders.Count / 2;
        if (orders.Count % 2 == 1) return orders[middle];
        if (orders.Count == 2) return (orders[0] + orders[1]) / 2;
        var left = orders[middle - 1] - orders[0];
        var right = orders[orders.Count - 1] - orders[middle];
        return left + right == 0 ? (orders[middle - 1] + orders[middle]) / 2
            : (orders[middle - 1] * right + orders[middle] * left) / (left + right);
    }

    /// <summary>Swaps neighbours in a layer while that removes crossings with the layers above and below.</summary>
    private void Transpose()
    {
        for (var pass = 0; pass < 8; pass++)
        {
            var improved = false;
            foreach (var layer in _layers)
            {
                for (var i = 0; i + 1 < layer.Count; i++)
                {
                    var left = layer[i];
                    var right = layer[i + 1];
                    if (PairCrossings(right, left) >= PairCrossings(left, right)) continue;
                    layer[i] = right;
                    layer[i + 1] = left;
                    right.Order = i;
                    left.Order = i + 1;
                    improved = true;
                }
            }
            if (!improved) return;
        }
    }

    /// <summary>Crossings between the edges of <paramref name="left"/> and those of <paramref name="right"/> when left stands left.</summary>
    private static int PairCrossings(Vertex left, Vertex right)
    {
        var count = 0;
        foreach (var a in left.Up)
            foreach (var b in right.Up)
                if (a.Order > b.Order) count++;
        foreach (var a in left.Down)
            foreach (var b in right.Down)
                if (a.Order > b.Order) count++;
        return count;
    }

    /// <summary>All crossings between consecutive layers.</summary>
    private int Crossings()
    {
        var total = 0;
        var segments = new List<(int Top, int Bottom)>();
        for (var layer = 0; layer + 1 < _layers.Count; layer++)
        {
            segments.Clear();
            foreach (var vertex in _layers[layer])
                foreach (var below in vertex.Down)
                    segments.Add((vertex.Order, below.Order));
            for (var i = 0; i < segments.Count; i++)
                for (var j = i + 1; j < segments.Count; j++)
                    if ((segments[i].Top - segments[j].Top) * (segments[i].Bottom - segments[j].Bottom) < 0) total++;
        }
        return total;
    }

    private List<Vertex[]> Snapshot() => _layers.Select(l => l.ToArray()).ToList();

    private void Restore(List<Vertex[]> snapshot)
    {
        for (var i = 0; i < _layers.Count; i++)
        {
            _layers[i].Clear();
            _layers[i].AddRange(snapshot[i]);
        }
        Renumber();
    }
}
