using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Asl.Collections;
using Asl.Json;

namespace Asl;

/// <summary>
/// Turns C# values (anonymous objects, records, dictionaries, arrays, primitives) into model JSON.
/// Members whose value is a dynamic value (<see cref="Input"/>, <see cref="Variables"/>, <see cref="Context"/>, <see cref="Intrinsic"/>)
/// become <c>"Name.$"</c> entries. Null members are left out, so optional record members can stay unset.
/// </summary>
public static class Payload
{
    private const int MaxDepth = 64;

    /// <summary>Converts <paramref name="value"/> to JSON.</summary>
    /// <exception cref="WorkflowDefinitionException">The value cannot be expressed in ASL.</exception>
    public static AslJson From(object? value) => Convert(value, 0);

    /// <summary>
    /// Converts a value that stands on its own (not as an object member); a dynamic value is not allowed
    /// here because only object members can carry <c>.$</c>.
    /// </summary>
    public static AslJson FromTemplate(object? value)
    {
        if (value is string s && DynamicValue.TryDecode(s, out var expression))
            throw new WorkflowDefinitionException($"The dynamic value '{expression}' must be the value of an object member, for example new {{ Value = ... }}.");
        return From(value);
    }

    private static AslJson Convert(object? value, int depth)
    {
        if (depth > MaxDepth) throw new WorkflowDefinitionException("The payload is nested more than " + MaxDepth + " levels deep.");
        switch (value)
        {
            case null: return AslJson.Null;
            case AslJson json: return json;
            case string s when DynamicValue.TryDecode(s, out var expression):
                throw new WorkflowDefinitionException($"The dynamic value '{expression}' cannot stand inside an array; ASL only evaluates paths in object members ending in '.$'.");
            case string s: return AslJson.Of(s);
            case bool b: return AslJson.Of(b);
            case Enum e: return AslJson.Of(e.ToString());
            case float f: return AslJson.Of((double)f);
            case double d: return AslJson.Of(d);
            case decimal m: return AslJson.Of(m);
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                return new AslJsonNumber(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
            case IDictionary dictionary: return FromMembers(dictionary.Keys.Cast<object>().Select(k => (System.Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", (object?)dictionary[k])), depth);
            case IEnumerable sequence: return new AslJsonArray(sequence.Cast<object?>().Select(item => Convert(item, depth + 1)).ToEquatableArray());
            default: return FromMembers(ReadableMembers(value), depth);
        }
    }

    private static AslJsonObject FromMembers(IEnumerable<(string Name, object? Value)> members, int depth)
    {
        var properties = new List<AslJsonProperty>();
        foreach (var (name, value) in members)
        {
            if (value is null) continue;
            if (value is string s && DynamicValue.TryDecode(s, out var expression))
                properties.Add(new AslJsonProperty(name + ".$", AslJson.Of(expression)));
            else
                properties.Add(new AslJsonProperty(name, Convert(value, depth + 1)));
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
}

/// <summary>A workflow definition that cannot be turned into ASL (thrown by the fluent API at run time).</summary>
public sealed class WorkflowDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowDefinitionException(string message) : base(message) { }
}
