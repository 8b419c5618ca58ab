using Asl.Json;

namespace Asl.Local.Execution;

/// <summary>
/// Workflow variables (<c>Assign</c>). The top-level states share one scope; each Parallel branch and Map
/// iteration gets its own, which can read the enclosing scopes. New values become visible when the assigning
/// state exits, so every expression of a state reads the values as they were when it entered.
/// </summary>
internal sealed class VariableScope
{
    private Dictionary<string, AslJson>? _values;

    public VariableScope(VariableScope? parent) => Parent = parent;

    public VariableScope? Parent { get; }

    public bool TryGet(string name, out AslJson value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
            if (scope._values is not null && scope._values.TryGetValue(name, out value!)) return true;
        value = AslJson.Null;
        return false;
    }

    /// <summary>Sets all values at once (in this scope).</summary>
    public void SetAll(IReadOnlyList<KeyValuePair<string, AslJson>> values)
    {
        if (values.Count == 0) return;
        _values ??= new Dictionary<string, AslJson>(StringComparer.Ordinal);
        foreach (var (name, value) in values) _values[name] = value;
    }
}
