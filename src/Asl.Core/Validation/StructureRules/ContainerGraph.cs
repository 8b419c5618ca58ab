using System.Collections.Generic;
using Asl.Model;

namespace Asl.Validation;

/// <summary>
/// The states of one container as a graph: their sites, a name lookup (first declaration wins), the start
/// state and the edges of every transition that stays inside the container. Built once per validation so
/// that every graph rule runs in time linear in the number of states and transitions.
/// </summary>
internal sealed class ContainerGraph
{
    private ContainerGraph(ContainerSite site, StateSite[] states, Dictionary<string, int> indexByName)
    {
        Site = site;
        States = states;
        IndexByName = indexByName;
        Successors = new List<int>[states.Length];
        for (var i = 0; i < states.Length; i++) Successors[i] = new List<int>();
        Start = indexByName.TryGetValue(site.Container.StartAt ?? "", out var start) ? start : -1;
    }

    /// <summary>The container.</summary>
    public ContainerSite Site { get; }

    /// <summary>The states declared directly in the container, in declaration order.</summary>
    public StateSite[] States { get; }

    /// <summary>The index of the first state with each name.</summary>
    public Dictionary<string, int> IndexByName { get; }

    /// <summary>For each state, the indexes its transitions lead to (one entry per transition, repeats kept).</summary>
    public List<int>[] Successors { get; }

    /// <summary>Transitions whose target is not a state of this container.</summary>
    public List<(StateSite From, string Target, string Pointer)> Unresolved { get; } = new();

    /// <summary>The index of the <c>StartAt</c> state, or -1 when it names no state here.</summary>
    public int Start { get; }

    /// <summary>True when a later state of this container has the same name as an earlier one.</summary>
    public bool IsShadowed(int index) => IndexByName.TryGetValue(States[index].Name, out var first) && first != index;

    /// <summary>Builds the graph of a container from its states (as the context walked them).</summary>
    public static ContainerGraph Build(ContainerSite site, List<StateSite> states)
    {
        var indexByName = new Dictionary<string, int>(states.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
            if (!indexByName.ContainsKey(states[i].Name)) indexByName.Add(states[i].Name, i);

        var graph = new ContainerGraph(site, states.ToArray(), indexByName);
        var transitions = new List<Transition>();
        for (var i = 0; i < states.Count; i++)
        {
            transitions.Clear();
            ModelWalker.AddTransitions(states[i].State, transitions);
            foreach (var transition in transitions)
            {
                var target = transition.Target;
                if (target is not null && indexByName.TryGetValue(target, out var to)) graph.Successors[i].Add(to);
                // A Catcher without a target is K10's finding (MapAndErrorRules), not a transition to check.
                else if (!string.IsNullOrEmpty(target) || transition.Field != TransitionField.CatchNext)
                    graph.Unresolved.Add((states[i], target ?? "", transition.PointerFrom(states[i])));
            }
        }
        return graph;
    }

    /// <summary>The states reachable from <see cref="Start"/>, in breadth-first order (empty without a start).</summary>
    public List<int> ReachableInOrder()
    {
        var order = new List<int>();
        if (Start < 0) return order;
        var seen = new bool[States.Length];
        seen[Start] = true;
        order.Add(Start);
        for (var head = 0; head < order.Count; head++)
            foreach (var next in Successors[order[head]])
                if (!seen[next])
                {
                    seen[next] = true;
                    order.Add(next);
                }
        return order;
    }

    /// <summary>For each state, true when some path from it leads to a terminal state.</summary>
    public bool[] CanReachTerminal()
    {
        var predecessors = Predecessors();
        var canReach = new bool[States.Length];
        var queue = new Queue<int>();
        for (var i = 0; i < States.Length; i++)
            if (States[i].State.IsTerminal)
            {
                canReach[i] = true;
                queue.Enqueue(i);
            }
        while (queue.Count > 0)
            foreach (var previous in predecessors[queue.Dequeue()])
                if (!canReach[previous])
                {
                    canReach[previous] = true;
                    queue.Enqueue(previous);
                }
        return canReach;
    }

    /// <summary>
    /// The fewest states an execution of this container runs from its start to a terminal state, or -1 when
    /// there is no start or no terminal state can be reached.
    /// </summary>
    public int ShortestRunLength()
    {
        if (Start < 0) return -1;
        var distance = new int[States.Length];
        for (var i = 0; i < distance.Length; i++) distance[i] = -1;
        distance[Start] = 1;
        var queue = new Queue<int>();
        queue.Enqueue(Start);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (States[current].State.IsTerminal) return distance[current];
            foreach (var next in Successors[current])
                if (distance[next] < 0)
                {
                    distance[next] = distance[current] + 1;
                    queue.Enqueue(next);
                }
        }
        return -1;
    }

    /// <summary>For each state, the states with a transition to it (one entry per transition).</summary>
    public List<int>[] Predecessors()
    {
        var predecessors = new List<int>[States.Length];
        for (var i = 0; i < States.Length; i++) predecessors[i] = new List<int>();
        for (var i = 0; i < States.Length; i++)
            foreach (var next in Successors[i])
                predecessors[next].Add(i);
        return predecessors;
    }
}
