using System;
using System.Collections.Generic;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

/// <summary>
/// Builds the model from a read JSON tree, reporting every field the model has no place for and every
/// structural field of the wrong JSON type. A field that cannot be read is left out; a missing required
/// field is reported and replaced by an empty value, so the rest of the definition is still checked.
/// </summary>
internal sealed partial class ModelReader(List<AslDiagnostic> diagnostics)
{
    // Pointers are written out only for findings: a pointer per state and entry was most of the strings a read made.
    private void Report(AslRule rule, LazyPointer pointer, params object?[] args) => diagnostics.Add(rule.At(pointer.Text, args));

    private static LazyPointer Field(LazyPointer pointer, string name) => pointer.Member(name);

    private static LazyPointer Item(LazyPointer pointer, int index) => pointer.Item(index);

    /// <summary>
    /// The pointer of a list or object whose entries are read next, written out once: each entry's pointer then
    /// stays pending (two steps) instead of writing out this part again for every entry.
    /// </summary>
    private static LazyPointer Written(LazyPointer pointer) => pointer.Text;

    /// <summary>The members of <paramref name="node"/> not in <paramref name="allowed"/>, each key once.</summary>
    private static UnknownMemberList UnknownMembers(JsonNode node, FieldSet allowed) => new(node, allowed);

    /// <summary>
    /// The members a state or container has no place for, as a struct enumerable: every object read goes
    /// through it, and an iterator object per object read was a visible share of the reader's allocations.
    /// </summary>
    private readonly struct UnknownMemberList(JsonNode node, FieldSet allowed)
    {
        public Enumerator GetEnumerator() => new(node, allowed);

        public struct Enumerator(JsonNode node, FieldSet allowed)
        {
            private int _index = -1;

            public readonly JsonMember Current => node.Member(_index);

            public bool MoveNext()
            {
                var count = node.MemberCount;
                while (++_index < count)
                    if (!allowed.Contains(node.Member(_index).Name) && !node.IsShadowed(_index)) return true;
                return false;
            }
        }
    }

    private void ReportUnknownObjectFields(JsonNode node, LazyPointer pointer, FieldSet allowed, string owner)
    {
        foreach (var member in UnknownMembers(node, allowed))
            Report(AslRules.UnknownObjectField, Field(pointer, member.Name), member.Name, owner, allowed.ToString());
    }

    private void WrongType(LazyPointer pointer, string name, JsonNode value, string expected) =>
        Report(AslRules.WrongJsonType, Field(pointer, name), name, JsonValues.Describe(value), expected);

    private string? OptionalString(JsonNode node, LazyPointer pointer, string name)
    {
        if (node.Find(name) is not { } member) return null;
        if (member.Value.IsString) return member.Value.Text;
        WrongType(pointer, name, member.Value, "a string");
        return null;
    }

    /// <summary>A required string; when missing or not a string it is reported and read as "".</summary>
    private string RequiredString(JsonNode node, LazyPointer pointer, string name, string owner, string hint)
    {
        if (node.Find(name) is not { } member)
        {
            Report(AslRules.RequiredFieldMissing, pointer, owner, name, hint);
            return "";
        }
        if (member.Value.IsString) return member.Value.Text!;
        WrongType(pointer, name, member.Value, "a string");
        return "";
    }

    /// <summary>A path field that may be JSON null (InputPath, OutputPath, ResultPath).</summary>
    private PathOrNull? OptionalPath(JsonNode node, LazyPointer pointer, string name)
    {
        if (node.Find(name) is not { } member) return null;
        if (member.Value.IsString) return new PathOrNull(member.Value.Text);
        if (member.Value.Kind == JsonNodeKind.Null) return PathOrNull.Null;
        WrongType(pointer, name, member.Value, "a path string or null");
        return null;
    }

    /// <summary>A field that may hold any JSON (a literal, a JSONata string, a payload or a placeholder).</summary>
    private static AslJson? OptionalValue(JsonNode node, string name) =>
        node.Find(name) is { } member ? JsonValues.ToAslJson(member.Value) : null;

    private JsonNode? OptionalObject(JsonNode node, LazyPointer pointer, string name)
    {
        if (node.Find(name) is not { } member) return null;
        if (member.Value.IsObject) return member.Value;
        WrongType(pointer, name, member.Value, "an object");
        return null;
    }

    /// <summary>An array field; null (and reported) when it is not an array.</summary>
    private JsonNode? OptionalArray(JsonNode node, LazyPointer pointer, string name, string expected)
    {
        if (node.Find(name) is not { } member) return null;
        if (member.Value.IsArray) return member.Value;
        WrongType(pointer, name, member.Value, expected);
        return null;
    }

    /// <summary>The strings of an array; other items are reported and skipped.</summary>
    private EquatableArray<string> Strings(JsonNode array, LazyPointer pointer)
    {
        var count = array.ItemCount;
        var values = new string[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var item = array.Item(i);
            if (item.IsString) values[kept++] = item.Text!;
            else Report(AslRules.WrongJsonType, Item(pointer, i), JsonValues.Index(i), JsonValues.Describe(item), "a string");
        }
        if (kept < count) Array.Resize(ref values, kept);
        return EquatableArray<string>.UnsafeWrap(values);
    }

    /// <summary><c>Comment</c> of anything but the top level (D06).</summary>
    private string? Comment(JsonNode node, LazyPointer pointer)
    {
        if (node.Find("Comment") is not { } member) return null;
        if (member.Value.IsString) return member.Value.Text;
        Report(AslRules.CommentNotString, Field(pointer, "Comment"), JsonValues.Describe(member.Value));
        return null;
    }
}
