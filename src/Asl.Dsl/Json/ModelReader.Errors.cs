using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

internal sealed partial class ModelReader
{
    private static readonly FieldSet RetrierFields = new("Comment", "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
        "MaxDelaySeconds", "JitterStrategy");
    private static readonly FieldSet CatcherFields = new("Comment", "ErrorEquals", "ResultPath", "Output", "Assign", "Next");

    /// <summary>What a Retry or Catch array holds, for its type checks and messages.</summary>
    private sealed record EntryKind(string Field, string Name, string ArrayDescription, string ItemDescription, FieldSet Fields);

    private static readonly EntryKind RetrierKind = new("Retry", "Retrier", "an array of Retrier objects", "a Retrier object", RetrierFields);
    private static readonly EntryKind CatcherKind = new("Catch", "Catcher", "an array of Catcher objects", "a Catcher object", CatcherFields);

    private EquatableArray<Retrier> ReadRetry(JsonNode state, LazyPointer statePointer) =>
        ReadEntries(state, statePointer, RetrierKind, static (reader, node, pointer) => new Retrier(reader.ErrorEquals(node, pointer, "A Retrier"))
        {
            Comment = reader.Comment(node, pointer),
            IntervalSeconds = OptionalValue(node, "IntervalSeconds"),
            MaxAttempts = OptionalValue(node, "MaxAttempts"),
            BackoffRate = OptionalValue(node, "BackoffRate"),
            MaxDelaySeconds = OptionalValue(node, "MaxDelaySeconds"),
            JitterStrategy = reader.OptionalString(node, pointer, "JitterStrategy"),
        });

    private EquatableArray<Catcher> ReadCatch(JsonNode state, LazyPointer statePointer) =>
        ReadEntries(state, statePointer, CatcherKind, static (reader, node, pointer) =>
        {
            var errors = reader.ErrorEquals(node, pointer, "A Catcher");
            var next = reader.RequiredString(node, pointer, "Next", "A Catcher", "the name of the state to go to when one of its errors is caught");
            return new Catcher(errors, next)
            {
                Comment = reader.Comment(node, pointer),
                ResultPath = reader.OptionalPath(node, pointer, "ResultPath"),
                Output = OptionalValue(node, "Output"),
                Assign = OptionalValue(node, "Assign"),
            };
        });

    /// <summary>
    /// The entries of a state's Retry or Catch array: every item that is an object, with its unknown members reported,
    /// read by <paramref name="read"/> (static, so no delegate is allocated per state).
    /// </summary>
    private EquatableArray<T> ReadEntries<T>(JsonNode state, LazyPointer statePointer, EntryKind kind, Func<ModelReader, JsonNode, LazyPointer, T> read)
    {
        if (OptionalArray(state, statePointer, kind.Field, kind.ArrayDescription) is not { } array)
            return EquatableArray<T>.UnsafeWrap([]);
        var arrayPointer = Written(Field(statePointer, kind.Field));
        var entries = new List<T>(array.ItemCount);
        for (var i = 0; i < array.ItemCount; i++)
        {
            if (Entry(array, i, arrayPointer, kind.ItemDescription) is not var (node, pointer)) continue;
            foreach (var member in UnknownMembers(node, kind.Fields))
                Report(AslRules.UnknownRetrierOrCatcherField, Field(pointer, member.Name), member.Name, kind.Name, kind.Fields.ToString());
            entries.Add(read(this, node, pointer));
        }
        return EquatableArray<T>.UnsafeWrap(entries.ToArray());
    }

    /// <summary>Item <paramref name="i"/> of a Retry or Catch array with its pointer; null (and reported) when it is no object.</summary>
    private (JsonNode Node, LazyPointer Pointer)? Entry(JsonNode array, int i, LazyPointer arrayPointer, string itemKind)
    {
        var pointer = Item(arrayPointer, i);
        var item = array.Item(i);
        if (item.IsObject) return (item, pointer);
        Report(AslRules.WrongJsonType, pointer, JsonValues.Index(i), JsonValues.Describe(item), itemKind);
        return null;
    }

    private EquatableArray<string> ErrorEquals(JsonNode node, LazyPointer pointer, string owner)
    {
        if (node.Find("ErrorEquals") is null)
        {
            Report(AslRules.RequiredFieldMissing, pointer, owner, "ErrorEquals", "a non-empty array of error names, for example [\"States.ALL\"]");
            return default;
        }
        return OptionalArray(node, pointer, "ErrorEquals", "an array of error name strings") is { } array
            ? Strings(array, Field(pointer, "ErrorEquals"))
            : default;
    }
}
