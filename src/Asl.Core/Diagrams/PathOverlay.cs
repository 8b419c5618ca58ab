using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams;

/// <summary>
/// An execution's path laid onto a diagram: the nodes it entered, the edges it took, the states where it failed.
/// Renderers draw the taken path strongly, failed states in red, and everything the execution did not reach faintly.
/// </summary>
public sealed class PathOverlay
{
    private readonly HashSet<DiagramNode> _entered;
    private readonly HashSet<DiagramNode> _failed;
    private readonly HashSet<DiagramEdge> _taken;

    private PathOverlay(HashSet<DiagramNode> entered, HashSet<DiagramNode> failed, HashSet<DiagramEdge> taken,
        IReadOnlyList<string> unknownStates, string? status)
    {
        _entered = entered;
        _failed = failed;
        _taken = taken;
        UnknownStates = unknownStates;
        Status = status;
    }

    /// <summary>States the history names that the diagram does not have (a history of another definition, or of an
    /// older version of this one).</summary>
    public IReadOnlyList<string> UnknownStates { get; }

    /// <summary>The execution's status, when the history has its last event (see <see cref="ExecutionPath.Status"/>).</summary>
    public string? Status { get; }

    /// <summary>True when the execution entered the state (or, for a marker, passed it).</summary>
    public bool IsEntered(DiagramNode node) => _entered.Contains(node);

    /// <summary>True when the state's last visit ended in an error.</summary>
    public bool IsFailed(DiagramNode node) => _failed.Contains(node);

    /// <summary>True when the execution took the edge.</summary>
    public bool IsTaken(DiagramEdge edge) => _taken.Contains(edge);

    /// <summary>How many of the diagram's states the execution entered.</summary>
    public int EnteredStateCount => _entered.Count(n => n.IsState);

    /// <summary>Lays <paramref name="path"/> onto <paramref name="diagram"/>.</summary>
    public static PathOverlay Create(Diagram diagram, ExecutionPath path)
    {
        if (diagram is null) throw new ArgumentNullException(nameof(diagram));
        if (path is null) throw new ArgumentNullException(nameof(path));
        var entered = new HashSet<DiagramNode>();
        var failed = new HashSet<DiagramNode>();
        var taken = new HashSet<DiagramEdge>();
        var unknown = new List<string>();
        DiagramNode? Find(string name)
        {
            var node = diagram.FindState(name);
            if (node is null && !unknown.Contains(name)) unknown.Add(name);
            return node;
        }

        foreach (var name in path.EnteredStates)
            if (Find(name) is { } node) entered.Add(node);
        foreach (var name in path.FailedStates)
            if (Find(name) is { } node) failed.Add(node);
        foreach (var transition in path.Transitions)
        {
            if (Find(transition.To) is not { } to) continue;
            var from = transition.From is { } name ? Find(name) : null;
            // A first state is reached from its graph's start, whatever event the history links it to (the owning
            // Parallel or Map, or the previous item's last state).
            var source = from is not null && from.Graph == to.Graph ? from : to.Graph.Start;
            foreach (var edge in source.Graph.Edges)
                if (edge.From == source && edge.To == to && (source != to.Graph.Start || edge.Kind == DiagramEdgeKind.Start)) taken.Add(edge);
        }
        foreach (var name in path.EndedStates)
        {
            if (Find(name) is not { } node) continue;
            foreach (var edge in node.Graph.Edges)
                if (edge.From == node && edge.Kind == DiagramEdgeKind.End) taken.Add(edge);
        }
        foreach (var edge in taken)
        {
            if (!edge.From.IsState) entered.Add(edge.From);
            if (!edge.To.IsState) entered.Add(edge.To);
        }
        return new PathOverlay(entered, failed, taken, unknown, path.Status);
    }
}
