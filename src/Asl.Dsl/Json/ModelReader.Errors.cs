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
        var retriers = new List<Retrier>();
        foreach (var (node, pointer) in Entries(state, statePointer, "Retry", "a Retrier object"))
        {
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
        var catchers = new List<Catcher>();
        foreach (var (node, pointer) in Entries(state, statePointer, "Catch", "a Catcher object"))
        {
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

    /// <summary>
    /// The object entries of a Retry or Catch array with their pointers. Lazy, so that anything else is
    /// reported in document order among the findings about the entries.
    /// </summary>
    private IEnumerable<(JsonNode Node, string Pointer)> Entries(JsonNode state, string statePointer, string name, string itemKind)
    {
        if (OptionalArray(state, statePointer, name, $"an array of {(name == "Retry" ? "Retrier" : "Catcher")} objects") is not { } array)
            yield break;
        var arrayPointer = Field(statePointer, name);
        for (var i = 0; i < array.ItemCount; i++)
        {
            var pointer = Item(arrayPointer, i);
            var item = array.Item(i);
            if (item.IsObject) yield return (item, pointer);
            else Report(AslRules.WrongJsonType, pointer, JsonValues.Index(i), JsonValues.Describe(item), itemKind);
        }
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
