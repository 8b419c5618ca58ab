using System;
using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;

namespace Asl.Permissions;

/// <summary>What a Task's arguments say about one field: missing, a literal, a value computed at run time, or other JSON.</summary>
internal enum FieldKind
{
    Missing,
    Text,
    Dynamic,
    Json,
}

/// <summary>
/// One field of a Task's Parameters (JSONPath) or Arguments (JSONata), read the way Step Functions reads it: a
/// <c>"Key.$"</c> member or a <c>{% ... %}</c> string is decided at run time; a string is a literal, possibly
/// holding <c>${Placeholder}</c>s that the template fills.
/// </summary>
internal readonly struct FieldValue
{
    private readonly bool _jsonAta;

    private FieldValue(FieldKind kind, string name, string pointer, AslJson? json, string text, bool jsonAta)
    {
        Kind = kind;
        Name = name;
        Pointer = pointer;
        Json = json;
        Text = text;
        _jsonAta = jsonAta;
    }

    public FieldKind Kind { get; }

    /// <summary>The field's name, for messages.</summary>
    public string Name { get; }

    /// <summary>JSON pointer of the field (or of the nearest member that exists).</summary>
    public string Pointer { get; }

    /// <summary>The value, when there is one.</summary>
    public AslJson? Json { get; }

    /// <summary>The literal string, or for <see cref="FieldKind.Dynamic"/> why the value is decided at run time.</summary>
    public string Text { get; }

    public bool IsMissing => Kind == FieldKind.Missing;

    public bool IsText => Kind == FieldKind.Text;

    public bool IsDynamic => Kind == FieldKind.Dynamic;

    /// <summary>The root of a Task's arguments: its Parameters or Arguments value.</summary>
    public static FieldValue Root(AslJson? arguments, string name, string pointer, bool jsonAta)
    {
        if (arguments is null) return new FieldValue(FieldKind.Missing, name, pointer, null, "", jsonAta);
        return Of(arguments, name, pointer, jsonAta);
    }

    private static FieldValue Of(AslJson value, string name, string pointer, bool jsonAta)
    {
        if (value is AslJsonString text)
        {
            if (jsonAta && IsJsonAta(text.Value))
                return new FieldValue(FieldKind.Dynamic, name, pointer, value, $"computes its {name} with a JSONata expression at run time", jsonAta);
            return new FieldValue(FieldKind.Text, name, pointer, value, text.Value, jsonAta);
        }
        return new FieldValue(FieldKind.Json, name, pointer, value, "", jsonAta);
    }

    private static bool IsJsonAta(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith("{%", StringComparison.Ordinal) && trimmed.EndsWith("%}", StringComparison.Ordinal);
    }

    /// <summary>The member <paramref name="key"/> of this object; dynamic when this object, or the member, is computed at run time.</summary>
    public FieldValue Field(string key)
    {
        switch (Kind)
        {
            case FieldKind.Dynamic:
                return new FieldValue(FieldKind.Dynamic, key, Pointer, Json, Text, _jsonAta);
            case FieldKind.Json when Json is AslJsonObject members:
                var pointer = JsonPointer.Append(Pointer, key);
                if (members[key] is { } value) return Of(value, key, pointer, _jsonAta);
                if (!_jsonAta && members[key + ".$"] is not null)
                    return new FieldValue(FieldKind.Dynamic, key, JsonPointer.Append(Pointer, key + ".$"), null, $"takes its {key} from a path at run time", _jsonAta);
                return new FieldValue(FieldKind.Missing, key, Pointer, null, "", _jsonAta);
            default:
                return new FieldValue(FieldKind.Missing, key, Pointer, null, "", _jsonAta);
        }
    }

    /// <summary>The member at a path of keys.</summary>
    public FieldValue Path(params string[] keys)
    {
        var current = this;
        foreach (var key in keys) current = current.Field(key);
        return current;
    }

    /// <summary>The items of this array (none when it is no array).</summary>
    public IEnumerable<FieldValue> Items()
    {
        if (Kind != FieldKind.Json || Json is not AslJsonArray array) yield break;
        for (var i = 0; i < array.Items.Count; i++)
            yield return Of(array.Items[i], Name, JsonPointer.Append(Pointer, i), _jsonAta);
    }

    /// <summary>The member names of this object (none when it is no object).</summary>
    public IEnumerable<string> Keys()
    {
        if (Kind != FieldKind.Json || Json is not AslJsonObject members) yield break;
        foreach (var member in members.Properties) yield return member.Name;
    }

    /// <summary>True when the literal text is one whole <c>${Placeholder}</c>.</summary>
    public bool IsPlaceholder => IsText && Arns.IsWholePlaceholder(Text);
}
