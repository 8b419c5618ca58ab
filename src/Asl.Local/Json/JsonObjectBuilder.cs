using Asl.Collections;
using Asl.Json;

namespace Asl.Local.Json;

/// <summary>Builds an <see cref="AslJsonObject"/> member by member; a repeated name replaces the earlier value in place.</summary>
public sealed class JsonObjectBuilder
{
    // A plain array rather than a List: when the capacity given is exact (the usual case), Build wraps it
    // without copying.
    private AslJsonProperty[] _members;
    private int _count;
    private bool _built; // _members is shared with a built object: copy it before any change

    /// <summary>Creates an empty builder.</summary>
    public JsonObjectBuilder() : this(4) { }

    /// <summary>Creates a builder with room for <paramref name="capacity"/> members.</summary>
    public JsonObjectBuilder(int capacity) => _members = capacity > 0 ? new AslJsonProperty[capacity] : Array.Empty<AslJsonProperty>();

    /// <summary>Creates a builder that starts with the members of <paramref name="source"/>.</summary>
    public JsonObjectBuilder(AslJsonObject source)
    {
        var properties = source.Properties;
        _members = new AslJsonProperty[properties.Count + 1];
        for (var i = 0; i < properties.Count; i++) _members[i] = properties[i];
        _count = properties.Count;
    }

    /// <summary>Number of members so far.</summary>
    public int Count => _count;

    /// <summary>Sets a member, replacing an existing member of the same name.</summary>
    public JsonObjectBuilder Set(string name, AslJson value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_members[i].Name != name) continue;
            Unshare();
            _members[i] = new AslJsonProperty(name, value);
            return this;
        }
        return AddUnique(name, value);
    }

    /// <summary>Sets a string member.</summary>
    public JsonObjectBuilder Set(string name, string value) => Set(name, new AslJsonString(value));

    /// <summary>Sets a string member when the value is not null.</summary>
    public JsonObjectBuilder SetIfNotNull(string name, string? value) => value is null ? this : Set(name, new AslJsonString(value));

    /// <summary>Sets a member when the value is not null.</summary>
    public JsonObjectBuilder SetIfNotNull(string name, AslJson? value) => value is null ? this : Set(name, value);

    /// <summary>Sets a number member.</summary>
    public JsonObjectBuilder Set(string name, long value) => Set(name, AslJson.Of(value));

    /// <summary>Sets a boolean member.</summary>
    public JsonObjectBuilder Set(string name, bool value) => Set(name, AslJson.Of(value));

    /// <summary>Appends a member without checking for an earlier one of the same name (the caller knows names are distinct).</summary>
    public JsonObjectBuilder AddUnique(string name, AslJson value)
    {
        Unshare();
        if (_count == _members.Length) Array.Resize(ref _members, Math.Max(4, _count * 2));
        _members[_count++] = new AslJsonProperty(name, value);
        return this;
    }

    /// <summary>Creates the object.</summary>
    public AslJsonObject Build()
    {
        if (_count != _members.Length) Array.Resize(ref _members, _count);
        _built = true;
        return new(EquatableArray<AslJsonProperty>.UnsafeWrap(_members));
    }

    private void Unshare()
    {
        if (!_built) return;
        _members = (AslJsonProperty[])_members.Clone();
        _built = false;
    }
}
