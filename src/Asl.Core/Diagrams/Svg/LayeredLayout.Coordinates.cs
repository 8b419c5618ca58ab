using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams.Svg;

internal sealed partial class LayeredLayout
{
    private const double NodeGap = 26;
    private const double DummyGap = 12;
    private const int PlacementRounds = 12;

    // Where each layer's band starts and ends; edges cross a band straight down and bend only in the gaps between.
    private double[] _layerTops = [];
    private double[] _layerBottoms = [];

    /// <summary>
    /// y from the layers (each as tall as its tallest vertex); x by repeated sweeps that move each layer's vertices as
    /// close as their spacing allows to the weighted mean of their neighbours in the layer above or below. A dummy's
    /// links weigh most, so long edges run straight, and a chain of states lines up in one column.
    /// </summary>
    private void AssignCoordinates()
    {
        var top = Margin;
        _layerTops = new double[_layers.Count];
        _layerBottoms = new double[_layers.Count];
        for (var i = 0; i < _layers.Count; i++)
        {
            var layer = _layers[i];
            var height = layer.Count == 0 ? 0 : layer.Max(v => v.Height);
            foreach (var vertex in layer) vertex.Y = top + height / 2;
            _layerTops[i] = top;
            _layerBottoms[i] = top + height;
            top += height + LayerGap;
        }

        foreach (var layer in _layers)
        {
            var x = 0.0;
            for (var i = 0; i < layer.Count; i++)
            {
                x += i == 0 ? layer[i].Width / 2 : Separation(layer[i - 1], layer[i]);
                layer[i].X = x;
            }
        }
        for (var round = 0; round < PlacementRounds; round++)
        {
            if (round % 2 == 0)
                for (var layer = 1; layer < _layers.Count; layer++) Place(_layers[layer], up: true, down: round == PlacementRounds - 2);
            else
                for (var layer = _layers.Count - 2; layer >= 0; layer--) Place(_layers[layer], up: round == PlacementRounds - 1, down: true);
        }
        // The means above balance the picture but bend chains between two wide boxes; a last sweep down to the
        // median of the vertices above sets each chain straight under where it starts.
        for (var round = 0; round < 2; round++)
            for (var layer = 1; layer < _layers.Count; layer++) PlaceOnMedian(_layers[layer]);

        var left = _vertices.Count == 0 ? 0 : _vertices.Min(v => v.X - v.Width / 2);
        foreach (var vertex in _vertices) vertex.X += Margin - left;
    }

    private static double Separation(Vertex left, Vertex right) =>
        (left.Width + right.Width) / 2 + (left.IsDummy && left.LabelOf is null || right.IsDummy && right.LabelOf is null ? DummyGap : NodeGap);

    private static double LinkWeight(Vertex a, Vertex b) => a.IsDummy && b.IsDummy ? 8 : a.IsDummy || b.IsDummy ? 2 : 1;

    /// <summary>
    /// Moves a layer's vertices as close as their spacing allows to the vertices above them, by the sum of distances
    /// (weighted isotonic regression in L1 by pool-adjacent-violators, whose blocks take the weighted median of their
    /// points): a vertex with one vertex above it lines up with it exactly, one below two sits between them.
    /// </summary>
    private static void PlaceOnMedian(List<Vertex> layer)
    {
        if (layer.Count == 0) return;
        var offset = 0.0;
        var blocks = new List<(List<(double Value, double Weight)> Points, int Count, double Value)>();
        for (var i = 0; i < layer.Count; i++)
        {
            if (i > 0) offset += Separation(layer[i - 1], layer[i]);
            var vertex = layer[i];
            var points = vertex.Up.Select(n => (n.X - offset, LinkWeight(vertex, n))).ToList();
            if (points.Count == 0) points.Add((vertex.X - offset, 0.05));
            blocks.Add((points, 1, WeightedMedian(points)));
            while (blocks.Count > 1 && blocks[blocks.Count - 2].Value > blocks[blocks.Count - 1].Value)
            {
                var last = blocks[blocks.Count - 1];
                var previous = blocks[blocks.Count - 2];
                blocks.RemoveAt(blocks.Count - 1);
                var merged = previous.Points.Concat(last.Points).ToList();
                blocks[blocks.Count - 1] = (merged, previous.Count + last.Count, WeightedMedian(merged));
            }
        }
        var index = 0;
        offset = 0;
        foreach (var block in blocks)
        {
            for (var k = 0; k < block.Count; k++, index++)
            {
                if (index > 0) offset += Separation(layer[index - 1], layer[index]);
                layer[index].X = block.Value + offset;
            }
        }
    }

    /// <summary>The value at half the total weight; midway between two values when the half falls exactly between them.</summary>
    private static double WeightedMedian(List<(double Value, double Weight)> points)
    {
        var sorted = points.OrderBy(p => p.Value).ToList();
        var half = sorted.Sum(p => p.Weight) / 2;
        var running = 0.0;
        for (var i = 0; i < sorted.Count; i++)
        {
            running += sorted[i].Weight;
            if (Math.Abs(running - half) < 1e-9 && i + 1 < sorted.Count) return (sorted[i].Value + sorted[i + 1].Value) / 2;
            if (running > half) return sorted[i].Value;
        }
        return sorted[sorted.Count - 1].Value;
    }

    /// <summary>Moves a layer's vertices toward their neighbours, keeping their order and spacing (weighted isotonic
    /// regression by pool-adjacent-violators, after shifting out each vertex's minimum offset from the first).</summary>
    private static void Place(List<Vertex> layer, bool up, bool down)
    {
        if (layer.Count == 0) return;
        var offsets = new double[layer.Count];
        for (var i = 1; i < layer.Count; i++) offsets[i] = offsets[i - 1] + Separation(layer[i - 1], layer[i]);

        var targets = new double[layer.Count];
        var weights = new double[layer.Count];
        for (var i = 0; i < layer.Count; i++)
        {
            var vertex = layer[i];
            double sum = 0, weight = 0;
            if (up)
                foreach (var n in vertex.Up) { var w = LinkWeight(vertex, n); sum += w * n.X; weight += w; }
            if (down)
                foreach (var n in vertex.Down) { var w = LinkWeight(vertex, n); sum += w * n.X; weight += w; }
            // A vertex with no neighbours that way stays where it is, lightly held.
            targets[i] = (weight > 0 ? sum / weight : vertex.X) - offsets[i];
            weights[i] = weight > 0 ? weight : 0.05;
        }

        var blocks = new List<(double Weight, double Sum, int Count)>();
        for (var i = 0; i < layer.Count; i++)
        {
            blocks.Add((weights[i], weights[i] * targets[i], 1));
            while (blocks.Count > 1)
            {
                var last = blocks[blocks.Count - 1];
                var previous = blocks[blocks.Count - 2];
                if (previous.Sum / previous.Weight <= last.Sum / last.Weight) break;
                blocks.RemoveAt(blocks.Count - 1);
                blocks[blocks.Count - 1] = (previous.Weight + last.Weight, previous.Sum + last.Sum, previous.Count + last.Count);
            }
        }
        var index = 0;
        foreach (var block in blocks)
        {
            var value = block.Sum / block.Weight;
            for (var k = 0; k < block.Count; k++, index++) layer[index].X = value + offsets[index];
        }
    }
}
