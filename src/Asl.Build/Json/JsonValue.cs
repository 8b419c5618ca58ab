using System.Collections.Generic;

namespace Asl.Build.Json;

/// <summary>A parsed JSON value: just enough structure for the task to walk a definition's states.</summary>
internal abstract class JsonValue
{
    /// <summary>The string's text, or null for any other kind of value.</summary>
    public virtual string? AsString => null;
}

/// <summary>A JSON object; member order is kept, and a repeated key keeps its last value.</summary>
internal sealed class JsonObject : JsonValue
{
    private readonly Dictionary<string, JsonValue> _members = new();

    public List<KeyValuePair<string, JsonValue>> Members { get; } = new();

    public JsonValue? this[string name] => _members.TryGetValue(name, out var value) ? value : null;

    public void Add(string name, JsonValue value)
    {
        Members.Add(new KeyValuePair<string, JsonValue>(name, value));
        _members[name] = value;
    }
}

/// <summary>A JSON array.</summary>
internal sealed class JsonArray : JsonValue
{
    public List<JsonValue> Items { get; } = new();
}

/// <summary>A JSON string.</summary>
internal sealed class JsonString(string value) : JsonValue
{
    public string Value { get; } = value;

    public override string? AsString => Value;
}

/// <summary>A number, true, false or null: the task never needs their values.</summary>
internal sealed class JsonLiteral(string raw) : JsonValue
{
    public string Raw { get; } = raw;
}
