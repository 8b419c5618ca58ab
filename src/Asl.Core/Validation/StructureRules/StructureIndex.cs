using System.Collections.Generic;
using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// What the structure rules precompute once per run: the graph of every container, and where each state
/// name is first declared in the whole machine.
/// </summary>
internal sealed class StructureIndex
{
    private readonly Dictionary<StateSite, List<ContainerGraph>> _childrenByOwner = new();

    private StructureIndex(List<ContainerGraph> graphs, Dictionary<string, StateSite> firstByName)
    {
        Graphs = graphs;
        FirstByName = firstByName;
        foreach (var graph in graphs)
        {
            if (graph.Site.Parent is not { } owner) continue;
            if (!_childrenByOwner.TryGetValue(owner, out var children))
                _childrenByOwner.Add(owner, children = new List<ContainerGraph>());
            children.Add(graph);
        }
    }

    /// <summary>One graph per container, in the context's container order (the machine first).</summary>
    public List<ContainerGraph> Graphs { get; }

    /// <summary>The first declaration of each state name anywhere in the machine.</summary>
    public Dictionary<string, StateSite> FirstByName { get; }

    /// <summary>The graph of a container that <paramref name="owner"/> holds (a branch or the processor), or null.</summary>
    /// <remarks>Looked up by site: the context's walk makes one site per state, shared by the containers' Parent links.</remarks>
    public ContainerGraph? ChildGraph(StateSite owner, IStateContainer container)
    {
        if (!_childrenByOwner.TryGetValue(owner, out var children)) return null;
        foreach (var child in children)
            if (ReferenceEquals(child.Site.Container, container)) return child;
        return null;
    }

    public static StructureIndex Build(ValidationContext context)
    {
        var firstByName = new Dictionary<string, StateSite>(context.States.Count, System.StringComparer.Ordinal);
        foreach (var state in context.States)
            if (!firstByName.ContainsKey(state.Name)) firstByName.Add(state.Name, state);

        context.Charge(context.States.Count + context.Containers.Count);
        var graphs = new List<ContainerGraph>(context.Containers.Count);
        foreach (var container in context.Containers) graphs.Add(ContainerGraph.Build(container, context.StatesOf(container)));
        return new StructureIndex(graphs, firstByName);
    }
}
