using System.Collections.Generic;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl;

/// <summary>
/// Builds one container (the machine, a Parallel branch, a Map processor): collects the states in the
/// order they were added, then the ones reached only through references, and records where each field came from.
/// </summary>
internal sealed class BuildScope
{
    private readonly List<StateBuilder> _order = new();
    private readonly HashSet<StateBuilder> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly string _pointer;
    private readonly Dictionary<string, object> _origins;

    public BuildScope(string pointer, Dictionary<string, object> origins)
    {
        _pointer = pointer;
        _origins = origins;
    }

    /// <summary>The JSON pointer of the container being built.</summary>
    public string Pointer => _pointer;

    /// <summary>All origins recorded so far, by absolute JSON pointer.</summary>
    public Dictionary<string, object> Origins => _origins;

    /// <summary>Declares a state of this container (idempotent per builder).</summary>
    public void Add(StateBuilder state)
    {
        if (_seen.Add(state)) _order.Add(state);
    }

    /// <summary>Resolves a target to a state name, declaring the target's builder in this container.</summary>
    public string Resolve(Target target)
    {
        if (target.State is { } state) Add(state);
        return target.Name;
    }

    /// <summary>A scope for a container nested in a state (a branch or a processor) at <paramref name="containerPointer"/>.</summary>
    public BuildScope Child(string containerPointer) => new(containerPointer, _origins);

    /// <summary>Builds every declared state, following references until none is new.</summary>
    public EquatableArray<NamedState> BuildStates()
    {
        var built = new List<NamedState>();
        for (var i = 0; i < _order.Count; i++)
        {
            var builder = _order[i];
            foreach (var target in builder.Targets()) Add(target);
            var statePointer = JsonPointer.Append(JsonPointer.Append(_pointer, "States"), builder.Name);
            foreach (var origin in builder.Origins)
                _origins[origin.Key.Length == 0 ? statePointer : statePointer + "/" + origin.Key] = origin.Value;
            built.Add(new NamedState(builder.Name, builder.Build(this, statePointer)));
        }
        return built.ToEquatableArray();
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<StateBuilder>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(StateBuilder? x, StateBuilder? y) => ReferenceEquals(x, y);

        public int GetHashCode(StateBuilder obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
