using System.Collections.Generic;
using Asl.Diagnostics;

namespace Asl.Model;

/// <summary>A container of states as seen during a walk: where it is and how deep it is nested.</summary>
/// <param name="Container">The machine, a Parallel branch or a Map processor.</param>
/// <param name="Pointer">JSON pointer of the container object (<c>""</c> for the machine).</param>
/// <param name="Parent">The state that owns this container, or null for the machine.</param>
/// <param name="Depth">0 for the machine, 1 for a branch of a top-level Parallel, and so on.</param>
public sealed record ContainerSite(IStateContainer Container, string Pointer, StateSite? Parent, int Depth)
{
    // Sites are positions in one walk: identity, not content, so hashing never walks the machine.
    /// <inheritdoc />
    public bool Equals(ContainerSite? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>JSON pointer of the container's <c>States</c> object.</summary>
    public string StatesPointer => JsonPointer.Append(Pointer, "States");
}

/// <summary>A state as seen during a walk.</summary>
/// <param name="Name">The state's name.</param>
/// <param name="State">The state.</param>
/// <param name="Pointer">JSON pointer of the state object, for example <c>/States/Start</c>.</param>
/// <param name="Owner">The container the state is declared in.</param>
/// <param name="QueryLanguage">The effective query language: the state's own, else the machine's, else JSONPath.</param>
public sealed record StateSite(string Name, State State, string Pointer, ContainerSite Owner, string QueryLanguage)
{
    /// <inheritdoc />
    public bool Equals(StateSite? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>True when the effective language is JSONata.</summary>
    public bool IsJsonAta => QueryLanguage == QueryLanguages.JsonAta;

    /// <summary>JSON pointer of a field of this state.</summary>
    public string Field(string name) => JsonPointer.Append(Pointer, name);
}

/// <summary>
/// Walks a machine depth-first in declaration order: every container and every state, with pointers and
/// effective query languages. Nested states inherit the machine's QueryLanguage, not the enclosing state's.
/// </summary>
public static class ModelWalker
{
    /// <summary>Every container, the machine first.</summary>
    public static IEnumerable<ContainerSite> Containers(StateMachine machine)
    {
        var root = new ContainerSite(machine, JsonPointer.Root, null, 0);
        return Containers(root, machine.QueryLanguage ?? QueryLanguages.JsonPath);
    }

    /// <summary>Every state of the machine, nested ones included.</summary>
    public static IEnumerable<StateSite> States(StateMachine machine)
    {
        foreach (var container in Containers(machine))
            foreach (var state in StatesOf(container, machine.QueryLanguage ?? QueryLanguages.JsonPath))
                yield return state;
    }

    /// <summary>The states declared directly in <paramref name="container"/>.</summary>
    public static IEnumerable<StateSite> StatesOf(ContainerSite container, string machineQueryLanguage)
    {
        var statesPointer = container.StatesPointer;
        foreach (var named in container.Container.States)
        {
            yield return new StateSite(named.Name, named.State, JsonPointer.Append(statesPointer, named.Name), container,
                named.State.QueryLanguage ?? machineQueryLanguage);
        }
    }

    /// <summary>The containers a state owns directly (Parallel branches, a Map's processor).</summary>
    public static IEnumerable<ContainerSite> ChildContainers(StateSite site)
    {
        var depth = site.Owner.Depth + 1;
        switch (site.State)
        {
            case ParallelState parallel:
                for (var i = 0; i < parallel.Branches.Count; i++)
                    yield return new ContainerSite(parallel.Branches[i], JsonPointer.Append(site.Field("Branches"), i), site, depth);
                break;
            case MapState map:
                if (map.ItemProcessor is { } processor)
                    yield return new ContainerSite(processor, site.Field("ItemProcessor"), site, depth);
                if (map.Iterator is { } iterator)
                    yield return new ContainerSite(iterator, site.Field("Iterator"), site, depth);
                break;
        }
    }

    private static IEnumerable<ContainerSite> Containers(ContainerSite container, string machineQueryLanguage)
    {
        yield return container;
        foreach (var state in StatesOf(container, machineQueryLanguage))
            foreach (var child in ChildContainers(state))
                foreach (var nested in Containers(child, machineQueryLanguage))
                    yield return nested;
    }

    /// <summary>
    /// The transitions out of a state: its Next, every top-level Choice rule's Next, the Choice Default and
    /// every Catcher's Next, each with the pointer of the field that names the target.
    /// </summary>
    public static IEnumerable<(string Target, string Pointer)> Transitions(StateSite site)
    {
        var transitions = new List<Transition>();
        AddTransitions(site.State, transitions);
        foreach (var transition in transitions) yield return (transition.Target, transition.PointerFrom(site));
    }

    /// <summary>
    /// Adds the transitions out of <paramref name="state"/> (as <see cref="Transitions"/> lists them) to
    /// <paramref name="transitions"/>, without building their pointers: the validator needs a pointer only for a
    /// transition it reports.
    /// </summary>
    internal static void AddTransitions(State state, List<Transition> transitions)
    {
        switch (state)
        {
            case FlowState flow when flow.Next is { } next:
                transitions.Add(new Transition(next, TransitionField.Next, 0));
                break;
            case ChoiceState choice:
                for (var i = 0; i < choice.Choices.Count; i++)
                    if (choice.Choices[i].Next is { } ruleNext)
                        transitions.Add(new Transition(ruleNext, TransitionField.ChoiceNext, i));
                if (choice.Default is { } @default)
                    transitions.Add(new Transition(@default, TransitionField.Default, 0));
                break;
        }
        if (state is WorkState work)
            for (var i = 0; i < work.Catch.Count; i++)
                transitions.Add(new Transition(work.Catch[i].Next, TransitionField.CatchNext, i));
    }
}

/// <summary>The field a transition is named in.</summary>
internal enum TransitionField
{
    /// <summary>The state's <c>Next</c>.</summary>
    Next,
    /// <summary>The <c>Next</c> of top-level Choice rule <see cref="Transition.Index"/>.</summary>
    ChoiceNext,
    /// <summary>The Choice state's <c>Default</c>.</summary>
    Default,
    /// <summary>The <c>Next</c> of Catcher <see cref="Transition.Index"/>.</summary>
    CatchNext,
}

/// <summary>A transition out of a state: its target and the field that names it.</summary>
internal readonly record struct Transition(string Target, TransitionField Field, int Index)
{
    /// <summary>The JSON pointer of the field that names the target, for a state at <paramref name="site"/>.</summary>
    public string PointerFrom(StateSite site) => Field switch
    {
        TransitionField.Next => site.Field("Next"),
        TransitionField.Default => site.Field("Default"),
        TransitionField.ChoiceNext => JsonPointer.Append(JsonPointer.Append(site.Field("Choices"), Index), "Next"),
        _ => JsonPointer.Append(JsonPointer.Append(site.Field("Catch"), Index), "Next"),
    };
}
