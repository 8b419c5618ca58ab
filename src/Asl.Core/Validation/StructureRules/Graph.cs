using System.Collections.Generic;
using System.Linq;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// B03, C01–C05: StartAt, transition targets, reachability and termination, one container at a time.
internal sealed partial class StructureRules
{
    private static void CheckGraph(ValidationContext context, StructureIndex index, ContainerGraph graph)
    {
        CheckStartAt(context, index, graph);
        CheckTransitionTargets(context, index, graph);

        var hasTerminal = graph.States.Any(s => s.State.IsTerminal);
        if (graph.States.Length > 0 && !hasTerminal)
            context.Report(AslRules.NoTerminalState, graph.Site.StatesPointer, ContainerNames.DescribeCapitalized(graph.Site));

        if (graph.Start < 0) return;
        var reachable = graph.ReachableInOrder();
        CheckReachability(context, graph, reachable);
        if (hasTerminal) CheckLoopsHaveExits(context, graph, reachable);
    }

    /// <summary>B03: StartAt names a state of the same States object.</summary>
    private static void CheckStartAt(ValidationContext context, StructureIndex index, ContainerGraph graph)
    {
        // A missing or empty StartAt is the reader's finding (B02); the model holds "" for both.
        var startAt = graph.Site.Container.StartAt ?? "";
        if (graph.Start >= 0 || startAt.Length == 0) return;
        var declaredElsewhere = index.FirstByName.TryGetValue(startAt, out var other);
        var elsewhere = declaredElsewhere
            ? $"; it is declared in {ContainerNames.Describe(other!.Owner)}, and a States object can only start with one of its own states"
            : "";
        var suggestion = declaredElsewhere ? "" : NameSuggestions.Hint(startAt, graph.States.Select(s => s.Name));
        context.Report(AslRules.StartAtNotFound, JsonPointer.Append(graph.Site.Pointer, "StartAt"), startAt, elsewhere, suggestion);
    }

    /// <summary>C01 and C02: every transition names a state of its own container.</summary>
    private static void CheckTransitionTargets(ValidationContext context, StructureIndex index, ContainerGraph graph)
    {
        foreach (var (from, target, pointer) in graph.Unresolved)
        {
            var field = ContainerNames.TransitionField(from, pointer);
            if (index.FirstByName.TryGetValue(target, out var declared))
                context.Report(AslRules.TransitionAcrossContainers, pointer, field, from.Name, target,
                    ContainerNames.Describe(declared.Owner), CrossingAdvice(from.Owner, declared.Owner));
            else
                context.Report(AslRules.MissingTransitionTarget, pointer, field, from.Name, target, NameSuggestions.Hint(target, graph.States.Select(s => s.Name)));
        }
    }

    /// <summary>Says which boundary a transition from <paramref name="source"/> to <paramref name="target"/> crosses, and what to do instead.</summary>
    private static string CrossingAdvice(ContainerSite source, ContainerSite target)
    {
        var sourceChain = ContainerNames.Ancestry(source);
        var targetChain = ContainerNames.Ancestry(target);
        var common = 0;
        while (common < sourceChain.Count && common < targetChain.Count && ReferenceEquals(sourceChain[common], targetChain[common]))
            common++;

        if (common == sourceChain.Count)
        {
            // The target is nested below the source's container: the transition would enter a branch or processor.
            var entered = targetChain[common].Parent!;
            return entered.State is ParallelState
                ? $"A transition cannot jump into a Parallel branch; go to Parallel state \"{entered.Name}\" instead, which runs each branch from its StartAt."
                : $"A transition cannot jump into a Map's item processor; go to Map state \"{entered.Name}\" instead, which runs the processor from its StartAt for each item.";
        }

        // The source is nested in a branch or processor the target is not in: the transition would leave it.
        var left = sourceChain[common].Parent!;
        return left.State is ParallelState
            ? $"A transition cannot jump out of a Parallel branch; end the branch with \"End\": true and let Parallel state \"{left.Name}\" continue with its own \"Next\"."
            : $"A transition cannot jump out of a Map's item processor; end the processor with \"End\": true and let Map state \"{left.Name}\" continue with its own \"Next\".";
    }

    /// <summary>C03: a real walk from StartAt, so cycles with no way in are found too.</summary>
    private static void CheckReachability(ValidationContext context, ContainerGraph graph, List<int> reachable)
    {
        var seen = new bool[graph.States.Length];
        foreach (var i in reachable) seen[i] = true;
        for (var i = 0; i < graph.States.Length; i++)
        {
            // A repeated name in the same States object is C06's finding; transitions reach only the first one.
            if (!seen[i] && !graph.IsShadowed(i))
                context.Report(AslRules.UnreachableState, graph.States[i].Pointer, graph.States[i].Name);
        }
    }

    /// <summary>
    /// C05: every reachable state can still reach a terminal state. States that cannot, minus the dead ends
    /// that other rules already report (a missing Next, a missing target), form loops; the first such state on
    /// the way from StartAt is where the execution gets trapped.
    /// </summary>
    private static void CheckLoopsHaveExits(ValidationContext context, ContainerGraph graph, List<int> reachable)
    {
        var canReachTerminal = graph.CanReachTerminal();
        var trapped = new bool[graph.States.Length];
        var any = false;
        foreach (var i in reachable)
            if (!canReachTerminal[i]) any = trapped[i] = true;
        if (!any) return;

        // Peel off trapped states whose every successor has been peeled: what remains leads into a cycle.
        var outDegree = new int[graph.States.Length];
        var peel = new Queue<int>();
        foreach (var i in reachable)
        {
            if (!trapped[i]) continue;
            outDegree[i] = graph.Successors[i].Count;
            if (outDegree[i] == 0) peel.Enqueue(i);
        }
        var predecessors = graph.Predecessors();
        while (peel.Count > 0)
        {
            var current = peel.Dequeue();
            trapped[current] = false;
            foreach (var previous in predecessors[current])
                if (trapped[previous] && --outDegree[previous] == 0) peel.Enqueue(previous);
        }

        foreach (var i in reachable)
            if (trapped[i])
            {
                context.Report(AslRules.LoopWithoutExit, graph.States[i].Pointer, graph.States[i].Name);
                return;
            }
    }
}
