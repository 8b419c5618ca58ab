namespace Asl.Json;

/// <summary>The field names an ASL object allows, for lookups and (in their canonical order) for messages.</summary>
internal sealed class FieldSet
{
    private readonly string[] _names;
    private readonly HashSet<string> _set;

    public FieldSet(params string[] names)
    {
        _names = names;
        _set = new HashSet<string>(names, StringComparer.Ordinal);
    }

    public bool Contains(string name) => _set.Contains(name);

    /// <summary>A set with these names added.</summary>
    public FieldSet With(params string[] names) => new([.. _names, .. names]);

    /// <summary>The names, comma-separated.</summary>
    public override string ToString() => string.Join(", ", _names);
}
