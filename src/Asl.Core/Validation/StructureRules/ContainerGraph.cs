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
    private ContainerGraph(ContainerSite site, StateSite[] states, Dictionary<string, int> indexByName, Adjacency successors)
    {
        Site = site;
        States = states;
        IndexByName = indexByName;
        Successors = successors;
        Start = indexByName.TryGetValue(site.Container.StartAt ?? "", out var start) ? start : -1;
    }

    /// <summary>The container.</summary>
    public ContainerSite Site { get; }

    /// <summary>The states declared directly in the container, in declaration order.</summary>
    public StateSite[] States { get; }

    /// <summary>The index of the first state with each name.</summary>
    public Dictionary<string, int> IndexByName { get; }

    /// <summary>For each state, the indexes its transitions lead to (one entry per transition, repeats kept).</summary>
    public Adjacency Successors { get; }

    /// <summary>Transitions whose target is not a state of this container.</summary>
    public List<(StateSite From, string Target, string Pointer)> Unresolved { get; } = new();

    /// <summary>The index of the <c>StartAt</c> state, or -1 when it names no state here.</summary>
    public int Start { get; }

    /// <summary>True when a later state of this container has the same name as an earlier one.</summary>
    public bool IsShadowed(int index) => IndexByName.TryGetValue(States[index].Name, out var first) && first != index;

    /// <summary>Builds the graph of a container from its states (as the context walked them).</summary>
    public static ContainerGraph Build(ContainerSite site, IReadOnlyList<StateSite> states)
    {
        var indexByName = new Dictionary<string, int>(states.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
            if (!indexByName.ContainsKey(states[i].Name)) indexByName.Add(states[i].Name, i);

        var unresolved = new List<(StateSite From, string Target, string Pointer)>();
        var firstEdge = new int[states.Count + 1];
        var targets = new List<int>(states.Count + 8);
        var transitions = new List<Transition>();
        for (var i = 0; i < states.Count; i++)
        {
            firstEdge[i] = targets.Count;
            transitions.Clear();
            ModelWalker.AddTransitions(states[i].State, transitions);
            foreach (var transition in transitions)
            {
                var target = transition.Target;
                if (target is not null && indexByName.TryGetValue(target, out var to)) targets.Add(to);
                // A Catcher without a target is K10's finding (MapAndErrorRules), not a transition to check.
                else if (!string.IsNullOrEmpty(target) || transition.Field != TransitionField.CatchNext)
                    unresolved.Add((states[i], target ?? "", transition.PointerFrom(states[i])));
            }
        }
        firstEdge[states.Count] = targets.Count;
        var graph = new ContainerGraph(site, System.Linq.Enumerable.ToArray(states), indexByName, new Adjacency(firstEdge, targets.ToArray()));
        graph.Unresolved.AddRange(unresolved);
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
    public Adjacency Predecessors()
    {
        // Counting sort of the edges by target: two flat arrays instead of a list per state.
        var count = States.Length;
        var firstEdge = new int[count + 1];
        for (var i = 0; i < count; i++)
            foreach (var next in Successors[i]) firstEdge[next + 1]++;
        for (var i = 0; i < count; i++) firstEdge[i + 1] += firstEdge[i];
        var sources = new int[firstEdge[count]];
        var filled = new int[count];
        for (var i = 0; i < count; i++)
            foreach (var next in Successors[i]) sources[firstEdge[next] + filled[next]++] = i;
        return new Adjacency(firstEdge, sources);
    }
}

/// <summary>
/// The edges of a graph of numbered states, stored flat: the edges of state <c>i</c> are
/// <c>Targets[FirstEdge[i] .. FirstEdge[i + 1]]</c>. Two arrays per graph instead of a list per state.
/// </summary>
internal sealed class Adjacency(int[] firstEdge, int[] targets)
{
    /// <summary>The states the edges of <paramref name="state"/> lead to, in order, repeats kept.</summary>
    public Edges this[int state] => new(targets, firstEdge[state], firstEdge[state + 1]);

    /// <summary>One state's edges; enumerates without allocating.</summary>
    public readonly struct Edges(int[] targets, int start, int end)
    {
        public int Count => end - start;

        public Enumerator GetEnumerator() => new(targets, start, end);

        public struct Enumerator(int[] targets, int start, int end)
        {
            private int _index = start - 1;

            public readonly int Current => targets[_index];

            public bool MoveNext() => ++_index < end;
        }
    }
}
