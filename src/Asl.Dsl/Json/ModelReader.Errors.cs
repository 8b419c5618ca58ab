using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

internal sealed partial class ModelReader
{
    private static readonly FieldSet RetrierFields = new("Comment", "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
        "MaxDelaySeconds", "JitterStrategy");
    private static readonly FieldSet CatcherFields = new("Comment", "ErrorEquals", "ResultPath", "Output", "Assign", "Next");

    private EquatableArray<Retrier> ReadRetry(JsonNode state, string statePointer)
    {
        if (OptionalArray(state, statePointer, "Retry", "an array of Retrier objects") is not { } array)
            return EquatableArray<Retrier>.UnsafeWrap([]);
        var arrayPointer = Field(statePointer, "Retry");
        var retriers = new List<Retrier>(array.ItemCount);
        for (var i = 0; i < array.ItemCount; i++)
        {
            if (Entry(array, i, arrayPointer, "a Retrier object") is not var (node, pointer)) continue;
            foreach (var member in UnknownMembers(node, RetrierFields))
                Report(AslRules.UnknownRetrierOrCatcherField, Field(pointer, member.Name), member.Name, "Retrier", RetrierFields.ToString());
            retriers.Add(new Retrier(ErrorEquals(node, pointer, "A Retrier"))
            {
                Comment = Comment(node, pointer),
                IntervalSeconds = OptionalValue(node, "IntervalSeconds"),
                MaxAttempts = OptionalValue(node, "MaxAttempts"),
                BackoffRate = OptionalValue(node, "BackoffRate"),
                MaxDelaySeconds = OptionalValue(node, "MaxDelaySeconds"),
                JitterStrategy = OptionalString(node, pointer, "JitterStrategy"),
            });
        }
        return EquatableArray<Retrier>.UnsafeWrap(retriers.ToArray());
    }

    private EquatableArray<Catcher> ReadCatch(JsonNode state, string statePointer)
    {
        if (OptionalArray(state, statePointer, "Catch", "an array of Catcher objects") is not { } array)
            return EquatableArray<Catcher>.UnsafeWrap([]);
        var arrayPointer = Field(statePointer, "Catch");
        var catchers = new List<Catcher>(array.ItemCount);
        for (var i = 0; i < array.ItemCount; i++)
        {
            if (Entry(array, i, arrayPointer, "a Catcher object") is not var (node, pointer)) continue;
            foreach (var member in UnknownMembers(node, CatcherFields))
                Report(AslRules.UnknownRetrierOrCatcherField, Field(pointer, member.Name), member.Name, "Catcher", CatcherFields.ToString());
            var errors = ErrorEquals(node, pointer, "A Catcher");
            var next = RequiredString(node, pointer, "Next", "A Catcher", "the name of the state to go to when one of its errors is caught");
            catchers.Add(new Catcher(errors, next)
            {
                Comment = Comment(node, pointer),
                ResultPath = OptionalPath(node, pointer, "ResultPath"),
                Output = OptionalValue(node, "Output"),
                Assign = OptionalValue(node, "Assign"),
            });
        }
        return EquatableArray<Catcher>.UnsafeWrap(catchers.ToArray());
    }

    /// <summary>Item <paramref name="i"/> of a Retry or Catch array with its pointer; null (and reported) when it is no object.</summary>
    private (JsonNode Node, string Pointer)? Entry(JsonNode array, int i, string arrayPointer, string itemKind)
    {
        var pointer = Item(arrayPointer, i);
        var item = array.Item(i);
        if (item.IsObject) return (item, pointer);
        Report(AslRules.WrongJsonType, pointer, JsonValues.Index(i), JsonValues.Describe(item), itemKind);
        return null;
    }

    private EquatableArray<string> ErrorEquals(JsonNode node, string pointer, string owner)
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
