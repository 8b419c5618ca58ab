using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Asl.Model;

namespace Asl.Diagrams;

/// <summary>
/// Derives a <see cref="Diagram"/> from the model in two passes: first every graph's nodes (nested graphs inside
/// their Parallel or Map node), then every graph's edges, the machine's first, so that edge indexes read top-down.
/// </summary>
internal sealed class DiagramBuilder
{
    private readonly DiagramIds _ids = new();
    private readonly List<DiagramNode> _states = new();
    private readonly List<DiagramEdge> _edges = new();
    private readonly List<(DiagramGraph Graph, IStateContainer Container)> _graphs = new();

    public static Diagram Build(StateMachine machine)
    {
        if (machine is null) throw new ArgumentNullException(nameof(machine));
        var builder = new DiagramBuilder();
        var root = new DiagramGraph(builder._ids.Reserve("root"), DiagramGraphKind.Machine, "");
        builder.AddNodes(root, machine);
        foreach (var (graph, container) in builder._graphs) builder.AddEdges(graph, container);
        return new Diagram(root, builder._states, builder._edges, machine.Comment);
    }

    private void AddNodes(DiagramGraph graph, IStateContainer container)
    {
        _graphs.Add((graph, container));
        var isRoot = graph.Kind == DiagramGraphKind.Machine;
        var start = new DiagramNode(isRoot ? _ids.Reserve("_start") : _ids.Allocate(graph.Id + "_start"), DiagramNodeKind.Start, "Start", null, null);
        var nodes = new List<DiagramNode> { start };
        graph.Start = start;
        foreach (var named in container.States)
        {
            var node = new DiagramNode(_ids.Allocate(named.Name), KindOf(named.State), named.Name, StateDetails.Describe(named.State), named.Name);
            nodes.Add(node);
            _states.Add(node);
            node.Children = ChildGraphs(node, named.State);
        }
        graph.Nodes = nodes;
        foreach (var node in nodes) node.Graph = graph;
    }

    private IReadOnlyList<DiagramGraph> ChildGraphs(DiagramNode owner, State state)
    {
        var children = new List<DiagramGraph>();
        switch (state)
        {
            case ParallelState parallel:
                for (var i = 0; i < parallel.Branches.Count; i++)
                {
                    var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                    children.Add(Child(owner, parallel.Branches[i], "_b" + number, DiagramGraphKind.Branch, "Branch " + number));
                }
                break;
            case MapState { Processor: { } processor }:
                children.Add(Child(owner, processor, "_items", DiagramGraphKind.ItemProcessor, "Item processor"));
                break;
        }
        return children;
    }

    private DiagramGraph Child(DiagramNode owner, IStateContainer container, string suffix, DiagramGraphKind kind, string label)
    {
        var graph = new DiagramGraph(_ids.Allocate(owner.Id + suffix), kind, label) { Owner = owner };
        AddNodes(graph, container);
        return graph;
    }

    private void AddEdges(DiagramGraph graph, IStateContainer container)
    {
        var nodes = graph.Nodes.ToList();
        var byName = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
            if (node.StateName is { } name && !byName.ContainsKey(name)) byName.Add(name, node);
        DiagramNode Target(string name)
        {
            if (byName.TryGetValue(name, out var node)) return node;
            // A dangling transition (an invalid definition) still shows where it points.
            node = new DiagramNode(_ids.Allocate(name), DiagramNodeKind.Missing, name, "no such state", name) { Graph = graph };
            nodes.Add(node);
            byName.Add(name, node);
            return node;
        }

        var edges = new List<DiagramEdge>();
        void Add(DiagramNode from, DiagramNode to, DiagramEdgeKind kind, string? label)
        {
            var edge = new DiagramEdge(_edges.Count, from, to, kind, label);
            _edges.Add(edge);
            edges.Add(edge);
        }

        Add(graph.Start, Target(container.StartAt), DiagramEdgeKind.Start, null);
        var endEdges = new List<DiagramNode>();
        for (var i = 0; i < container.States.Count; i++)
        {
            var state = container.States[i].State;
            // The state's own node: the i-th after the start marker (byName would find the first of two equal names).
            var from = graph.Nodes[i + 1];
            if (state is FlowState { Next: { } next }) Add(from, Target(next), DiagramEdgeKind.Next, null);
            if (state is ChoiceState choice)
            {
                foreach (var (target, labels) in Grouped(choice.Choices.Where(r => r.Next is not null).Select(r => (r.Next!, ChoiceText.Describe(r)))))
                    Add(from, Target(target), DiagramEdgeKind.Choice, string.Join("\n", labels));
                if (choice.Default is { } @default) Add(from, Target(@default), DiagramEdgeKind.Default, "Default");
            }
            if (state is WorkState work)
                foreach (var (target, errors) in Grouped(work.Catch.Select(c => (c.Next, (IEnumerable<string>)c.ErrorEquals))))
                    Add(from, Target(target), DiagramEdgeKind.Catch, ErrorList(errors.SelectMany(e => e).Distinct(StringComparer.Ordinal).ToList()));
            if (state.IsTerminal && state is not FailState) endEdges.Add(from);
        }
        if (endEdges.Count > 0)
        {
            var isRoot = graph.Kind == DiagramGraphKind.Machine;
            var end = new DiagramNode(isRoot ? _ids.Reserve("_end") : _ids.Allocate(graph.Id + "_end"), DiagramNodeKind.End, "End", null, null) { Graph = graph };
            graph.End = end;
            nodes.Add(end);
            foreach (var from in endEdges) Add(from, end, DiagramEdgeKind.End, null);
        }
        graph.Nodes = nodes;
        graph.Edges = edges;
    }

    /// <summary>Items grouped by target, in the order each target first appears (several rules or catchers to one
    /// state become one edge).</summary>
    private static List<(string Target, List<T> Items)> Grouped<T>(IEnumerable<(string Target, T Item)> items)
    {
        var groups = new List<(string Target, List<T> Items)>();
        foreach (var (target, item) in items)
        {
            var index = groups.FindIndex(g => g.Target == target);
            if (index < 0) groups.Add((target, new List<T> { item }));
            else groups[index].Items.Add(item);
        }
        return groups;
    }

    /// <summary>The error names of a Catch edge: up to three, then how many more.</summary>
    private static string ErrorList(IReadOnlyList<string> errors)
    {
        if (errors.Count == 0) return "(no error names)";
        var shown = errors.Take(3).Select(e => ChoiceText.Shorten(e, 40));
        var text = string.Join(", ", shown);
        return errors.Count > 3 ? text + " +" + (errors.Count - 3).ToString(CultureInfo.InvariantCulture) + " more" : text;
    }

    private static DiagramNodeKind KindOf(State state) => state switch
    {
        PassState => DiagramNodeKind.Pass,
        TaskState => DiagramNodeKind.Task,
        ChoiceState => DiagramNodeKind.Choice,
        WaitState => DiagramNodeKind.Wait,
        SucceedState => DiagramNodeKind.Succeed,
        FailState => DiagramNodeKind.Fail,
        ParallelState => DiagramNodeKind.Parallel,
        MapState => DiagramNodeKind.Map,
        _ => DiagramNodeKind.Pass,
    };
}
