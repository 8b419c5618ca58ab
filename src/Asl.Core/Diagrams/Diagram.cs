using System;
using System.Collections.Generic;
using Asl.Model;

namespace Asl.Diagrams;

/// <summary>
/// The picture of a state machine, derived from the model: its states as nodes, its transitions as edges, and
/// each Parallel branch and Map processor as a graph nested in the node of its state. Every renderer (Mermaid,
/// Graphviz dot, SVG) draws this one derivation, so they agree on what is shown.
/// </summary>
public sealed class Diagram
{
    private readonly Dictionary<string, DiagramNode> _statesByName;

    internal Diagram(DiagramGraph root, IReadOnlyList<DiagramNode> states, IReadOnlyList<DiagramEdge> edges, string? comment)
    {
        Root = root;
        States = states;
        Edges = edges;
        Comment = comment;
        _statesByName = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        foreach (var state in states)
            if (!_statesByName.ContainsKey(state.StateName!)) _statesByName.Add(state.StateName!, state);
    }

    /// <summary>The machine's graph: its start and end markers, its top-level states and their transitions.</summary>
    public DiagramGraph Root { get; }

    /// <summary>Every state node at every depth, in declaration order (a container before the states nested in it).</summary>
    public IReadOnlyList<DiagramNode> States { get; }

    /// <summary>Every edge of every graph; an edge's <see cref="DiagramEdge.Index"/> is its position here.</summary>
    public IReadOnlyList<DiagramEdge> Edges { get; }

    /// <summary>The machine's <c>Comment</c>, if any.</summary>
    public string? Comment { get; }

    /// <summary>Derives the diagram of <paramref name="machine"/>. Never throws on a broken definition: a transition to
    /// a state that does not exist goes to a node of kind <see cref="DiagramNodeKind.Missing"/>.</summary>
    public static Diagram Of(StateMachine machine) => DiagramBuilder.Build(machine);

    /// <summary>The node of the state named <paramref name="name"/> (the first, should two share the name), or null.</summary>
    public DiagramNode? FindState(string name) => _statesByName.TryGetValue(name, out var node) ? node : null;
}

/// <summary>A graph of states: the machine, a Parallel branch or a Map's item processor.</summary>
public sealed class DiagramGraph
{
    internal DiagramGraph(string id, DiagramGraphKind kind, string label)
    {
        Id = id;
        Kind = kind;
        Label = label;
    }

    /// <summary>An identifier unique in the diagram, made of ASCII letters, digits and '_'.</summary>
    public string Id { get; }

    /// <summary>What the graph is.</summary>
    public DiagramGraphKind Kind { get; }

    /// <summary>A caption: "Branch 1", "Item processor" (empty for the machine).</summary>
    public string Label { get; }

    /// <summary>The Parallel or Map state this graph is nested in; null for the machine.</summary>
    public DiagramNode? Owner { get; internal set; }

    /// <summary>The start marker; its one edge goes to the graph's <c>StartAt</c> state.</summary>
    public DiagramNode Start { get; internal set; } = null!;

    /// <summary>The end marker that <c>End: true</c> and Succeed states lead to; null when no state leads there
    /// (every path ends in a Fail state, or loops forever). Fail states are drawn as ends of their own.</summary>
    public DiagramNode? End { get; internal set; }

    /// <summary>The nodes: the start marker, the states in declaration order, missing targets, and the end marker.</summary>
    public IReadOnlyList<DiagramNode> Nodes { get; internal set; } = Array.Empty<DiagramNode>();

    /// <summary>The edges between this graph's nodes (transitions never leave the graph they start in).</summary>
    public IReadOnlyList<DiagramEdge> Edges { get; internal set; } = Array.Empty<DiagramEdge>();
}

/// <summary>What a <see cref="DiagramGraph"/> holds.</summary>
public enum DiagramGraphKind
{
    /// <summary>The state machine itself.</summary>
    Machine,
    /// <summary>One branch of a Parallel state.</summary>
    Branch,
    /// <summary>The states a Map state runs for each item.</summary>
    ItemProcessor,
}

/// <summary>A node: a state, a start or end marker, or a transition target that does not exist.</summary>
public sealed class DiagramNode
{
    internal DiagramNode(string id, DiagramNodeKind kind, string label, string? detail, string? stateName)
    {
        Id = id;
        Kind = kind;
        Label = label;
        Detail = detail;
        StateName = stateName;
    }

    /// <summary>An identifier unique in the diagram, made of ASCII letters, digits and '_' (never a Mermaid keyword),
    /// derived from the state's name so that rendered text stays readable.</summary>
    public string Id { get; }

    /// <summary>The node's kind: the state's type, or a marker.</summary>
    public DiagramNodeKind Kind { get; }

    /// <summary>The text to show: the state's name, "Start" or "End".</summary>
    public string Label { get; }

    /// <summary>A short second line: a Task's service and action, a Wait's duration, a Fail's error, a Map's mode; or null.</summary>
    public string? Detail { get; }

    /// <summary>The state's name; null for markers.</summary>
    public string? StateName { get; }

    /// <summary>True for the nodes of states (false for markers and missing targets).</summary>
    public bool IsState => StateName is not null && Kind != DiagramNodeKind.Missing;

    /// <summary>The graph the node belongs to.</summary>
    public DiagramGraph Graph { get; internal set; } = null!;

    /// <summary>The graphs nested in this node: a Parallel's branches, a Map's item processor; empty otherwise.</summary>
    public IReadOnlyList<DiagramGraph> Children { get; internal set; } = Array.Empty<DiagramGraph>();

    /// <summary>True when the node holds nested graphs (a Parallel or Map state).</summary>
    public bool IsContainer => Children.Count > 0;

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>The kind of a <see cref="DiagramNode"/>.</summary>
public enum DiagramNodeKind
{
    /// <summary>Where a graph starts.</summary>
    Start,
    /// <summary>Where a graph ends successfully.</summary>
    End,
    /// <summary>A Pass state.</summary>
    Pass,
    /// <summary>A Task state.</summary>
    Task,
    /// <summary>A Choice state.</summary>
    Choice,
    /// <summary>A Wait state.</summary>
    Wait,
    /// <summary>A Succeed state.</summary>
    Succeed,
    /// <summary>A Fail state.</summary>
    Fail,
    /// <summary>A Parallel state (its branches are its <see cref="DiagramNode.Children"/>).</summary>
    Parallel,
    /// <summary>A Map state (its item processor is its only child).</summary>
    Map,
    /// <summary>A transition target that names no state of the graph (the definition is invalid).</summary>
    Missing,
}

/// <summary>A transition, or the link from a start marker or to an end marker.</summary>
public sealed class DiagramEdge
{
    internal DiagramEdge(int index, DiagramNode from, DiagramNode to, DiagramEdgeKind kind, string? label)
    {
        Index = index;
        From = from;
        To = to;
        Kind = kind;
        Label = label;
    }

    /// <summary>The edge's position in <see cref="Diagram.Edges"/> (renderers emit edges in this order).</summary>
    public int Index { get; }

    /// <summary>Where the transition starts.</summary>
    public DiagramNode From { get; }

    /// <summary>Where it goes.</summary>
    public DiagramNode To { get; }

    /// <summary>What makes it happen.</summary>
    public DiagramEdgeKind Kind { get; }

    /// <summary>The text on the edge: the Choice rules that take it (one per line), "Default", or the error names a
    /// Catcher matches; null for plain transitions.</summary>
    public string? Label { get; }

    /// <summary>True for edges that leave by an error (Catch), drawn dashed.</summary>
    public bool IsError => Kind == DiagramEdgeKind.Catch;
}

/// <summary>The kind of a <see cref="DiagramEdge"/>.</summary>
public enum DiagramEdgeKind
{
    /// <summary>From the start marker to <c>StartAt</c>.</summary>
    Start,
    /// <summary>A state's <c>Next</c>.</summary>
    Next,
    /// <summary>One or more Choice rules with this target.</summary>
    Choice,
    /// <summary>A Choice state's <c>Default</c>.</summary>
    Default,
    /// <summary>One or more Catchers with this target.</summary>
    Catch,
    /// <summary>From an <c>End: true</c> or Succeed state to the end marker.</summary>
    End,
}
