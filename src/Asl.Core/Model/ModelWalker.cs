using System.Collections.Generic;
using Asl.Diagnostics;

namespace Asl.Model;

/// <summary>A container of states as seen during a walk: where it is and how deep it is nested.</summary>
/// <remarks>
/// A walk writes no pointers: a site's <see cref="Pointer"/> is written the first time it is read, from its
/// parent's. Every pointer repeats the names of all enclosing states, so writing them all up front would cost the
/// number of states times the nesting (quadratic in the definition's size when names are long).
/// </remarks>
public sealed record ContainerSite
{
    private string? _pointer;
    private readonly string? _field;
    private readonly int _index;

    /// <summary>Creates a site with its pointer written out.</summary>
    /// <param name="Container">The machine, a Parallel branch or a Map processor.</param>
    /// <param name="Pointer">JSON pointer of the container object (<c>""</c> for the machine).</param>
    /// <param name="Parent">The state that owns this container, or null for the machine.</param>
    /// <param name="Depth">0 for the machine, 1 for a branch of a top-level Parallel, and so on.</param>
    public ContainerSite(IStateContainer Container, string Pointer, StateSite? Parent, int Depth)
    {
        this.Container = Container;
        _pointer = Pointer;
        this.Parent = Parent;
        this.Depth = Depth;
    }

    /// <summary>A container held by <paramref name="parent"/> in its field <paramref name="field"/> (item <paramref name="index"/> of it when not negative).</summary>
    internal ContainerSite(IStateContainer container, StateSite parent, string field, int index)
    {
        Container = container;
        Parent = parent;
        Depth = parent.Owner.Depth + 1;
        _field = field;
        _index = index;
    }

    /// <summary>The machine, a Parallel branch or a Map processor.</summary>
    public IStateContainer Container { get; init; }

    /// <summary>JSON pointer of the container object (<c>""</c> for the machine).</summary>
    public string Pointer
    {
        get => _pointer ??= _index < 0 ? Parent!.Field(_field!) : JsonPointer.Append(Parent!.Field(_field!), _index);
        init => _pointer = value;
    }

    /// <summary>The state that owns this container, or null for the machine.</summary>
    public StateSite? Parent { get; init; }

    /// <summary>0 for the machine, 1 for a branch of a top-level Parallel, and so on.</summary>
    public int Depth { get; init; }

    // Sites are positions in one walk: identity, not content, so hashing never walks the machine.
    /// <inheritdoc />
    public bool Equals(ContainerSite? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>JSON pointer of the container's <c>States</c> object.</summary>
    public string StatesPointer => JsonPointer.Append(Pointer, "States");

    /// <summary>Deconstructs the site.</summary>
    public void Deconstruct(out IStateContainer Container, out string Pointer, out StateSite? Parent, out int Depth)
    {
        Container = this.Container;
        Pointer = this.Pointer;
        Parent = this.Parent;
        Depth = this.Depth;
    }
}

/// <summary>A state as seen during a walk.</summary>
/// <remarks>Its <see cref="Pointer"/> is written the first time it is read (see <see cref="ContainerSite"/>).</remarks>
public sealed record StateSite
{
    private string? _pointer;

    /// <summary>Creates a site with its pointer written out.</summary>
    /// <param name="Name">The state's name.</param>
    /// <param name="State">The state.</param>
    /// <param name="Pointer">JSON pointer of the state object, for example <c>/States/Start</c>.</param>
    /// <param name="Owner">The container the state is declared in.</param>
    /// <param name="QueryLanguage">The effective query language: the state's own, else the machine's, else JSONPath.</param>
    public StateSite(string Name, State State, string Pointer, ContainerSite Owner, string QueryLanguage)
        : this(Name, State, Owner, QueryLanguage)
    {
        _pointer = Pointer;
    }

    /// <summary>A state of <paramref name="owner"/>, whose pointer is written when first read.</summary>
    internal StateSite(string name, State state, ContainerSite owner, string queryLanguage)
    {
        Name = name;
        State = state;
        Owner = owner;
        QueryLanguage = queryLanguage;
    }

    /// <summary>The state's name.</summary>
    public string Name { get; init; }

    /// <summary>The state.</summary>
    public State State { get; init; }

    /// <summary>JSON pointer of the state object, for example <c>/States/Start</c>.</summary>
    public string Pointer
    {
        get => _pointer ??= JsonPointer.Append(Owner.StatesPointer, Name);
        init => _pointer = value;
    }

    /// <summary>The container the state is declared in.</summary>
    public ContainerSite Owner { get; init; }

    /// <summary>The effective query language: the state's own, else the machine's, else JSONPath.</summary>
    public string QueryLanguage { get; init; }

    /// <inheritdoc />
    public bool Equals(StateSite? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>True when the effective language is JSONata.</summary>
    public bool IsJsonAta => QueryLanguage == QueryLanguages.JsonAta;

    /// <summary>JSON pointer of a field of this state.</summary>
    public string Field(string name) => JsonPointer.Append(Pointer, name);

    /// <summary>The pointer of a field of this state, written out only when needed.</summary>
    public LazyPointer FieldPointer(string name) => LazyPointer.To(this).Member(name);

    /// <summary>Deconstructs the site.</summary>
    public void Deconstruct(out string Name, out State State, out string Pointer, out ContainerSite Owner, out string QueryLanguage)
    {
        Name = this.Name;
        State = this.State;
        Pointer = this.Pointer;
        Owner = this.Owner;
        QueryLanguage = this.QueryLanguage;
    }
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
        foreach (var named in container.Container.States)
            yield return new StateSite(named.Name, named.State, container, named.State.QueryLanguage ?? machineQueryLanguage);
    }

    /// <summary>The containers a state owns directly (Parallel branches, a Map's processor).</summary>
    public static IEnumerable<ContainerSite> ChildContainers(StateSite site)
    {
        switch (site.State)
        {
            case ParallelState parallel:
                for (var i = 0; i < parallel.Branches.Count; i++)
                    yield return new ContainerSite(parallel.Branches[i], site, "Branches", i);
                break;
            case MapState map:
                if (map.ItemProcessor is { } processor)
                    yield return new ContainerSite(processor, site, "ItemProcessor", -1);
                if (map.Iterator is { } iterator)
                    yield return new ContainerSite(iterator, site, "Iterator", -1);
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
