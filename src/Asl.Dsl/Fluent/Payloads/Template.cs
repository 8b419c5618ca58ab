using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;

namespace Asl;

/// <summary>
/// A payload as the workflow gave it: the C# value converted to JSON when the builder method is called, with its
/// dynamic values still marked, and where each member came from in the C# source (compile time only). It is
/// rendered when the state is built, because only then is the state's query language known: a dynamic member
/// becomes <c>"Key.$": expression</c> in JSONPath and <c>"Key": "{% ... %}"</c> in JSONata.
/// </summary>
internal sealed class Template
{
    private const int MaxDepth = 64;

    private readonly AslJson _value;
    private readonly Dictionary<string, object>? _origins;
    private readonly bool _dynamic;

    private Template(AslJson value, Dictionary<string, object>? origins, bool dynamic)
    {
        _value = value;
        _origins = origins;
        _dynamic = dynamic;
    }

    /// <summary>The JSON with dynamic values still marked.</summary>
    public AslJson Value => _value;

    /// <summary>True when a string of the payload holds a dynamic value.</summary>
    public bool IsDynamic => _dynamic;

    /// <summary>Converts <paramref name="value"/>: objects (records, anonymous objects, dictionaries), arrays and primitives.</summary>
    /// <exception cref="WorkflowDefinitionException">The value cannot be expressed in JSON.</exception>
    public static Template Capture(object? value)
    {
        Dictionary<string, object>? origins = null;
        var dynamic = false;
        var json = Convert(value, JsonPointer.Root, 0, ref origins, ref dynamic);
        return new Template(json, origins, dynamic);
    }

    /// <summary>
    /// An object of <paramref name="members"/>, in order: each member keeps the origins inside its value, and the
    /// member's own origin (when given) becomes the origin of the member.
    /// </summary>
    public static Template Object(IReadOnlyList<(string Name, Template Value, object? Origin)> members)
    {
        Dictionary<string, object>? origins = null;
        var dynamic = false;
        var properties = new AslJsonProperty[members.Count];
        for (var i = 0; i < properties.Length; i++)
        {
            var (name, value, origin) = members[i];
            properties[i] = new AslJsonProperty(name, value._value);
            dynamic |= value._dynamic;
            var pointer = JsonPointer.Append(JsonPointer.Root, name);
            if (origin is not null) (origins ??= new())[pointer] = origin;
            if (value._origins is not null)
                foreach (var inner in value._origins)
                    if (inner.Key.Length > 0 || origin is null) (origins ??= new())[pointer + inner.Key] = inner.Value;
        }
        return new Template(new AslJsonObject(EquatableArray<AslJsonProperty>.UnsafeWrap(properties)), origins, dynamic);
    }

    /// <summary>The members of this object payload, each with the origins inside it and its own origin.</summary>
    /// <exception cref="WorkflowDefinitionException">The payload is not an object.</exception>
    public IEnumerable<(string Name, Template Value, object? Origin)> Members(string owner, object? fallbackOrigin)
    {
        if (_value is not AslJsonObject obj)
            throw new WorkflowDefinitionException($"{owner} needs an object, but was given {Describe(_value)}.") { Origin = OriginAt(JsonPointer.Root) ?? fallbackOrigin };
        foreach (var property in obj.Properties)
        {
            var pointer = JsonPointer.Append(JsonPointer.Root, property.Name);
            Dictionary<string, object>? inner = null;
            if (_origins is not null)
                foreach (var origin in _origins)
                    if (origin.Key.StartsWith(pointer + "/", StringComparison.Ordinal))
                        (inner ??= new())[origin.Key.Substring(pointer.Length)] = origin.Value;
            yield return (property.Name, new Template(property.Value, inner, ContainsDynamic(property.Value)), OriginAt(pointer) ?? fallbackOrigin);
        }
    }

    private object? OriginAt(string pointer) => _origins is not null && _origins.TryGetValue(pointer, out var origin) ? origin : null;

    private static bool ContainsDynamic(AslJson value) => value switch
    {
        AslJsonString s => DynamicValue.IsDynamic(s.Value),
        AslJsonObject o => o.Properties.Any(p => ContainsDynamic(p.Value)),
        AslJsonArray a => a.Items.Any(ContainsDynamic),
        _ => false,
    };

    /// <summary>This object payload with one more member (replacing a member of that name).</summary>
    public Template With(string name, object? value, string owner)
    {
        if (_value is not AslJsonObject obj)
            throw new WorkflowDefinitionException($"{owner} needs an object here, but the value is {Describe(_value)}.");
        var member = Capture(value);
        var properties = obj.Properties.Where(p => p.Name != name && p.Name != name + ".$").Append(new AslJsonProperty(name, member.Value));
        return new Template(new AslJsonObject(properties.ToEquatableArray()), _origins, _dynamic || member._dynamic);
    }

    /// <summary>
    /// Renders the payload for a state of the given query language. Origins of members are added to
    /// <paramref name="origins"/> under <paramref name="pointer"/> (the field's absolute JSON pointer).
    /// </summary>
    /// <exception cref="WorkflowDefinitionException">A dynamic value cannot be written in this language; carries the member's origin.</exception>
    public AslJson Render(bool jsonAta, Dictionary<string, object>? origins, string pointer, object? fallbackOrigin)
    {
        if (!_dynamic)
        {
            // The field itself keeps the origin of the call that set it; the payload adds its members'.
            if (origins is not null && _origins is not null)
                foreach (var origin in _origins)
                    if (origin.Key.Length > 0) origins[pointer + origin.Key] = origin.Value;
            return _value;
        }
        return Render(_value, JsonPointer.Root, JsonPointer.Root, jsonAta, origins, pointer, fallbackOrigin);
    }

    private AslJson Render(AslJson value, string neutral, string rendered, bool jsonAta, Dictionary<string, object>? origins, string pointer, object? fallback)
    {
        if (origins is not null && _origins is not null && neutral.Length > 0 && _origins.TryGetValue(neutral, out var origin)) origins[pointer + rendered] = origin;
        switch (value)
        {
            case AslJsonString text when DynamicValue.IsDynamic(text.Value):
                if (!jsonAta)
                    throw Fail(neutral, fallback, $"The dynamic value \"{DynamicText.Describe(text.Value)}\" stands "
                        + (neutral.Length == 0 ? "on its own" : "inside an array")
                        + ", where JSONPath evaluates nothing: ASL evaluates only object members whose key ends in '.$'. "
                        + "Make it the value of an object member (new { Value = ... }), build arrays with Intrinsic.Array(...), or make the state JSONata.");
                return AslJson.Of(Translate(text.Value, neutral, fallback, jsonAta));
            case AslJsonObject obj:
                var properties = new List<AslJsonProperty>(obj.Properties.Count);
                foreach (var property in obj.Properties)
                {
                    var memberNeutral = JsonPointer.Append(neutral, property.Name);
                    if (!jsonAta && property.Value is AslJsonString member && DynamicValue.IsDynamic(member.Value))
                    {
                        var key = property.Name.EndsWith(".$", StringComparison.Ordinal) ? property.Name : property.Name + ".$";
                        if (origins is not null && _origins is not null && _origins.TryGetValue(memberNeutral, out var memberOrigin))
                            origins[pointer + JsonPointer.Append(rendered, key)] = memberOrigin;
                        properties.Add(new AslJsonProperty(key, AslJson.Of(Translate(member.Value, memberNeutral, fallback, jsonAta))));
                    }
                    else
                    {
                        properties.Add(new AslJsonProperty(property.Name,
                            Render(property.Value, memberNeutral, JsonPointer.Append(rendered, property.Name), jsonAta, origins, pointer, fallback)));
                    }
                }
                return new AslJsonObject(properties.ToEquatableArray());
            case AslJsonArray array:
                var items = new AslJson[array.Items.Count];
                for (var i = 0; i < items.Length; i++)
                    items[i] = Render(array.Items[i], JsonPointer.Append(neutral, i), JsonPointer.Append(rendered, i), jsonAta, origins, pointer, fallback);
                return new AslJsonArray(EquatableArray<AslJson>.UnsafeWrap(items));
            default:
                return value;
        }
    }

    private string Translate(string text, string neutral, object? fallback, bool jsonAta)
    {
        try
        {
            return jsonAta ? DynamicText.ToJsonAta(text) : DynamicText.ToJsonPath(text);
        }
        catch (WorkflowDefinitionException e)
        {
            throw Fail(neutral, fallback, e.Message);
        }
    }

    /// <summary>The exception for a member, carrying the origin of the member or of its nearest ancestor.</summary>
    private WorkflowDefinitionException Fail(string neutral, object? fallback, string message)
    {
        object? origin = null;
        for (var current = neutral; _origins is not null; current = current.Substring(0, current.LastIndexOf('/')))
        {
            if (_origins.TryGetValue(current, out origin) || current.Length == 0) break;
        }
        return new WorkflowDefinitionException(message) { Origin = origin ?? fallback };
    }

    private static AslJson Convert(object? value, string pointer, int depth, ref Dictionary<string, object>? origins, ref bool dynamic)
    {
        if (depth > MaxDepth) throw new WorkflowDefinitionException("The payload is nested more than " + MaxDepth + " levels deep.");
        switch (value)
        {
            case null: return AslJson.Null;
            case AslJson json:
                dynamic |= ContainsDynamic(json);
                return json;
            case IEvaluatedValue evaluated: return Convert(evaluated.PayloadValue, pointer, depth, ref origins, ref dynamic);
            case string s:
                if (DynamicValue.IsDynamic(s)) dynamic = true;
                return AslJson.Of(s);
            case bool b: return AslJson.Of(b);
            case Enum e: return AslJson.Of(e.ToString());
            case float f: return AslJson.Of((double)f);
            case double d: return AslJson.Of(d);
            case decimal m: return AslJson.Of(m);
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                return new AslJsonNumber(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
            case char c: return AslJson.Of(c.ToString());
            case IDictionary dictionary:
                return FromMembers(dictionary.Keys.Cast<object>().Select(k => (System.Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", (object?)dictionary[k])),
                    value as ISourcedMembers, pointer, depth, ref origins, ref dynamic);
            case IEnumerable sequence:
                var items = new List<AslJson>();
                foreach (var item in sequence) items.Add(Convert(item, JsonPointer.Append(pointer, items.Count), depth + 1, ref origins, ref dynamic));
                return new AslJsonArray(items.ToEquatableArray());
            default:
                if (value.GetType().FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true)
                    throw new WorkflowDefinitionException("A tuple has no member names in JSON; use an anonymous object (new { Name = ..., Value = ... }) or a record instead.");
                return FromMembers(ReadableMembers(value), null, pointer, depth, ref origins, ref dynamic);
        }
    }

    private static AslJsonObject FromMembers(IEnumerable<(string Name, object? Value)> members, ISourcedMembers? sourced, string pointer, int depth,
        ref Dictionary<string, object>? origins, ref bool dynamic)
    {
        var properties = new List<AslJsonProperty>();
        if (sourced?.Origin is { } whole) (origins ??= new())[pointer] = whole;
        foreach (var (name, value) in members)
        {
            if (value is null) continue;
            var memberPointer = JsonPointer.Append(pointer, name);
            if (sourced?.OriginOf(name) is { } origin) (origins ??= new())[memberPointer] = origin;
            properties.Add(new AslJsonProperty(name, Convert(value, memberPointer, depth + 1, ref origins, ref dynamic)));
        }
        return new AslJsonObject(properties.ToEquatableArray());
    }

    private static IEnumerable<(string, object?)> ReadableMembers(object value)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead) continue;
            if (property.Name == "EqualityContract") continue;
            yield return (JsonName(property), property.GetValue(value));
        }
    }

    // Honours [JsonPropertyName] by name, without a compile-time dependency on System.Text.Json.
    private static string JsonName(PropertyInfo property)
    {
        foreach (var attribute in property.GetCustomAttributes(true))
        {
            var type = attribute.GetType();
            if (type.Name == "JsonPropertyNameAttribute" && type.GetProperty("Name")?.GetValue(attribute) is string name)
                return name;
        }
        return property.Name;
    }

    private static string Describe(AslJson value) => value.Kind switch
    {
        AslJsonKind.Array => "an array",
        AslJsonKind.String => "a string",
        AslJsonKind.Number => "a number",
        AslJsonKind.Boolean => "a boolean",
        AslJsonKind.Null => "null",
        _ => "an object",
    };
}

/// <summary>
/// An object the source generator built while evaluating C# (an anonymous object, a record): its members in order,
/// and where each came from, so a finding inside a payload lands on the member's own C# expression.
/// </summary>
internal interface ISourcedMembers
{
    /// <summary>The origin of the whole object, or null.</summary>
    object? Origin { get; }

    /// <summary>The origin of a member's value, or null.</summary>
    object? OriginOf(string member);
}

/// <summary>A value the source generator models with its own type (an enum of the user's), as a payload writes it.</summary>
internal interface IEvaluatedValue
{
    /// <summary>The value a payload writes: what the run-time value gives (an enum member's name).</summary>
    object? PayloadValue { get; }
}
