using Asl.Collections;
using Asl.Json;

namespace Asl.Local.Json;

/// <summary>Builds an <see cref="AslJsonObject"/> member by member; a repeated name replaces the earlier value in place.</summary>
public sealed class JsonObjectBuilder
{
    private readonly List<AslJsonProperty> _members;

    /// <summary>Creates an empty builder.</summary>
    public JsonObjectBuilder() => _members = new List<AslJsonProperty>();

    /// <summary>Creates a builder with room for <paramref name="capacity"/> members.</summary>
    public JsonObjectBuilder(int capacity) => _members = new List<AslJsonProperty>(capacity);

    /// <summary>Creates a builder that starts with the members of <paramref name="source"/>.</summary>
    public JsonObjectBuilder(AslJsonObject source) => _members = new List<AslJsonProperty>(source.Properties);

    /// <summary>Number of members so far.</summary>
    public int Count => _members.Count;

    /// <summary>Sets a member, replacing an existing member of the same name.</summary>
    public JsonObjectBuilder Set(string name, AslJson value)
    {
        for (var i = 0; i < _members.Count; i++)
        {
            if (_members[i].Name != name) continue;
            _members[i] = new AslJsonProperty(name, value);
            return this;
        }
        _members.Add(new AslJsonProperty(name, value));
        return this;
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
        _members.Add(new AslJsonProperty(name, value));
        return this;
    }

    /// <summary>Creates the object.</summary>
    public AslJsonObject Build() => new(EquatableArray<AslJsonProperty>.UnsafeWrap(_members.ToArray()));
}
