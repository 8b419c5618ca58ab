using System.Collections.Generic;

namespace Asl;

/// <summary>
/// A sequence of states. <see cref="Then"/> adds a state and, when the previous state is still open (no Next,
/// no End, not a Choice/Succeed/Fail), makes it the previous state's Next. After a Choice, <see cref="Then"/>
/// only declares the state, which the Choice's rules can then name.
/// </summary>
public sealed class Chain : IChainable
{
    private readonly List<StateBuilder> _states = new();

    private Chain() { }

    /// <summary>The states added, in order.</summary>
    internal IReadOnlyList<StateBuilder> States => _states;

    /// <summary>The first state, or null for an empty chain.</summary>
    internal StateBuilder? First => _states.Count == 0 ? null : _states[0];

    /// <summary>Starts a chain with <paramref name="first"/>.</summary>
    public static Chain StartWith(IChainable first) => new Chain().Then(first);

    /// <summary>Continues the chain with a state or another chain.</summary>
    public Chain Then(IChainable next)
    {
        switch (next)
        {
            case StateBuilder state:
                Append(state);
                break;
            case Chain chain:
                foreach (var state in chain._states) Append(state);
                break;
            case Workflow workflow:
                Then(workflow.Chain);
                break;
        }
        return this;
    }

    private void Append(StateBuilder state)
    {
        if (_states.Count > 0 && _states[_states.Count - 1] is { IsOpen: true } tail && !ReferenceEquals(tail, state))
            tail.LinkTo(state);
        _states.Add(state);
    }

    /// <summary>Declares every state of the chain in <paramref name="scope"/>.</summary>
    internal void DeclareIn(BuildScope scope)
    {
        foreach (var state in _states) scope.Add(state);
    }

    /// <summary>Turns any chainable into a chain.</summary>
    internal static Chain Of(IChainable chainable) => chainable switch
    {
        Chain chain => chain,
        Workflow workflow => workflow.Chain,
        _ => StartWith(chainable),
    };
}

/// <summary>What a lambda given to <see cref="ParallelBuilder.Branch(System.Func{ChainBuilder, IChainable})"/> or
/// <see cref="MapBuilder.ItemProcessor(System.Func{ChainBuilder, IChainable}, ProcessorMode?, StateMachineType)"/> starts its chain with.</summary>
public sealed class ChainBuilder
{
    internal ChainBuilder() { }

    /// <summary>Starts the nested chain with <paramref name="first"/>.</summary>
    public Chain StartWith(IChainable first) => Chain.StartWith(first);
}
