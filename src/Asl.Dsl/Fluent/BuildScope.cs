using System.Collections.Generic;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;
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
    private readonly bool _machineJsonAta;

    public BuildScope(string pointer, Dictionary<string, object> origins, bool machineJsonAta)
    {
        _pointer = pointer;
        _origins = origins;
        _machineJsonAta = machineJsonAta;
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

    /// <summary>
    /// A scope for a container nested in a state (a branch or a processor) at <paramref name="containerPointer"/>; its first
    /// state <paramref name="first"/> receives <paramref name="input"/> when the build knows it.
    /// </summary>
    public BuildScope Child(string containerPointer, StateBuilder? first = null, string? input = null) =>
        new(containerPointer, _origins, _machineJsonAta) { MachineInput = MachineInput, Types = Types, First = first, FirstInput = input };

    /// <summary>The machine's input type when the build checks data lambdas against it (compile time), else null.</summary>
    public string? MachineInput { get; init; }

    /// <summary>What the build knows of the types' members (the compilation's at compile time).</summary>
    public DataTypes Types { get; init; } = DataTypes.None;

    /// <summary>The output type of each state that ends this container where the build knows it (compile time).</summary>
    public List<StateOutput> Outputs { get; } = new();

    /// <summary>The input type of <see cref="First"/>: the machine's input for the machine, a branch's when known.</summary>
    public string? FirstInput { get; init; }

    /// <summary>The input type the build knows <paramref name="state"/> of this container receives (compile time), or null.</summary>
    public string? InputTypeOf(StateBuilder state) => _inputTypes is not null && _inputTypes.TryGetValue(state, out var type) ? type : null;

    private Dictionary<StateBuilder, string?>? _inputTypes;

    /// <summary>The container's first state, whose input is <see cref="FirstInput"/>.</summary>
    public StateBuilder? First { get; init; }

    /// <summary>
    /// True when <paramref name="state"/> evaluates JSONata: its own QueryLanguage, else the machine's (nested states
    /// inherit the machine's language, not the enclosing Map's or Parallel's).
    /// </summary>
    public bool IsJsonAta(StateBuilder state) => state.OwnLanguage switch
    {
        QueryLanguage.JsonAta => true,
        QueryLanguage.JsonPath => false,
        _ => _machineJsonAta,
    };

    /// <summary>Records the origin of a state's field under the field the value was written to instead.</summary>
    public void MoveOrigin(string statePointer, string from, string to)
    {
        if (_origins.TryGetValue(statePointer + "/" + from, out var origin)) _origins[statePointer + "/" + to] = origin;
    }

    /// <summary>
    /// Moves the origins of the entries of an array field (<c>Retry/0</c>, <c>Retry/0/ErrorEquals</c>, ...) by
    /// <paramref name="offset"/> places, for entries the builder puts before the ones the workflow gave.
    /// </summary>
    public void ShiftOrigins(string statePointer, string field, int offset)
    {
        var prefix = statePointer + "/" + field + "/";
        var moved = new List<KeyValuePair<string, object>>();
        foreach (var origin in _origins)
            if (origin.Key.StartsWith(prefix, System.StringComparison.Ordinal)) moved.Add(origin);
        foreach (var origin in moved) _origins.Remove(origin.Key);
        foreach (var origin in moved)
        {
            var rest = origin.Key.Substring(prefix.Length);
            var end = rest.IndexOf('/');
            var index = int.Parse(end < 0 ? rest : rest.Substring(0, end), System.Globalization.CultureInfo.InvariantCulture);
            _origins[prefix + (index + offset).ToString(System.Globalization.CultureInfo.InvariantCulture) + (end < 0 ? "" : rest.Substring(end))] = origin.Value;
        }
    }

    /// <summary>
    /// Writes a payload into the field at <paramref name="fieldPointer"/> for a state of the given language, recording
    /// where its members came from. A rejected member carries its origin, else <paramref name="fallbackOrigin"/>.
    /// </summary>
    public AslJson? Render(Template? template, bool jsonAta, string fieldPointer, object? fallbackOrigin) =>
        template?.Render(jsonAta, _origins, fieldPointer, fallbackOrigin);

    /// <summary>Builds every declared state, following references until none is new.</summary>
    public EquatableArray<NamedState> BuildStates()
    {
        var built = new List<NamedState>();
        for (var i = 0; i < _order.Count; i++)
            foreach (var target in _order[i].Targets()) Add(target);
        var inputTypes = _inputTypes = MachineInput is null ? null : InputTypes();
        for (var i = 0; i < _order.Count; i++)
        {
            var builder = _order[i];
            foreach (var target in builder.Targets()) Add(target);
            var statePointer = JsonPointer.Append(JsonPointer.Append(_pointer, "States"), builder.Name);
            foreach (var origin in builder.Origins)
                _origins[origin.Key.Length == 0 ? statePointer : statePointer + "/" + origin.Key] = origin.Value;
            var known = inputTypes is not null && inputTypes.TryGetValue(builder, out var type) ? type : null;
            builder.CheckInputTypes(known, MachineInput is not null);
            if (inputTypes is not null && builder.EndsWithOutput && builder.OutputType(known, Types) is { } output)
                Outputs.Add(new StateOutput(builder.Name, output, builder.OutputOrigin));
            built.Add(new NamedState(builder.Name, builder.Build(this, statePointer)));
        }
        return built.ToEquatableArray();
    }

    /// <summary>
    /// The input type each state of this container is known to receive: the machine's for its first state, a declared
    /// <c>StateInput&lt;T&gt;()</c>, else the one output type every state leading to it produces (see
    /// <see cref="StateBuilder.OutputType"/>). A state reached by a Catch, from a state whose output type is unknown, or
    /// from states that disagree, stays unknown.
    /// </summary>
    private Dictionary<StateBuilder, string?> InputTypes()
    {
        var byName = new Dictionary<string, StateBuilder>();
        foreach (var builder in _order) byName[builder.Name] = builder;
        var predecessors = new Dictionary<StateBuilder, List<(StateBuilder From, bool Error)>>(ReferenceEqualityComparer.Instance);
        foreach (var builder in _order)
        {
            var errors = new List<string>(builder.ErrorSuccessors());
            foreach (var name in builder.Successors())
                if (byName.TryGetValue(name, out var target))
                {
                    if (!predecessors.TryGetValue(target, out var list)) predecessors[target] = list = new();
                    list.Add((builder, errors.Remove(name)));
                }
        }
        var types = new Dictionary<StateBuilder, string?>(ReferenceEqualityComparer.Instance);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var builder in _order)
            {
                var type = builder.DeclaredInputType ?? (ReferenceEquals(builder, First) ? FirstInput : Inherited(builder));
                types.TryGetValue(builder, out var before);
                if (type == before) continue;
                types[builder] = type;
                changed = true;
            }
        }
        return types;

        string? Inherited(StateBuilder builder)
        {
            if (!predecessors.TryGetValue(builder, out var list)) return null;
            string? common = null;
            foreach (var (predecessor, error) in list)
            {
                var type = error || !types.TryGetValue(predecessor, out var input) ? null : predecessor.OutputType(input, Types);
                if (type is null || common is not null && common != type) return null;
                common = type;
            }
            return common;
        }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<StateBuilder>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(StateBuilder? x, StateBuilder? y) => ReferenceEquals(x, y);

        public int GetHashCode(StateBuilder obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>The known output type of a state that ends its container, and where the state (or its Output) was written.</summary>
internal sealed record StateOutput(string State, string Type, object? Origin);
