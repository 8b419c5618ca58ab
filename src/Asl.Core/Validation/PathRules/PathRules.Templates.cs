using Asl.Collections;
using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Paths;

namespace Asl.Validation;

// Payload templates of JSONPath states: Parameters, ResultSelector, ItemSelector, ItemBatcher.BatchInput,
// ItemReader.Parameters, ResultWriter.Parameters, Credentials and Assign (state, top-level Choice rule, Catcher).
// Nested objects and arrays are templates too, so every key at any depth is checked (F06–F09, F11, L01–L07).
internal sealed partial class PathRules
{
    private static void CheckPayloadTemplates(ValidationContext context, StateSite site)
    {
        switch (site.State)
        {
            case PassState pass:
                CheckTemplate(context, "Parameters", pass.Parameters, LazyPointer.To(site), "Parameters", allowMapContext: false);
                break;
            case WorkState work:
                // A Map's Parameters is the legacy form of ItemSelector, where $$.Map.Item is set.
                CheckTemplate(context, "Parameters", work.Parameters, LazyPointer.To(site), "Parameters", allowMapContext: work is MapState);
                CheckTemplate(context, "ResultSelector", work.ResultSelector, LazyPointer.To(site), "ResultSelector", allowMapContext: false);
                for (var i = 0; i < work.Catch.Count; i++)
                    if (work.Catch[i].Assign is AslJsonObject)
                        CheckAssign(context, work.Catch[i].Assign, site.FieldPointer("Catch").Item(i), "Assign");
                break;
        }

        switch (site.State)
        {
            case FlowState flow:
                CheckAssign(context, flow.Assign, LazyPointer.To(site), "Assign");
                break;
            case ChoiceState choice:
                CheckAssign(context, choice.Assign, LazyPointer.To(site), "Assign");
                for (var i = 0; i < choice.Choices.Count; i++)
                    if (choice.Choices[i].Assign is AslJsonObject)
                        CheckAssign(context, choice.Choices[i].Assign, site.FieldPointer("Choices").Item(i), "Assign");
                break;
        }

        if (site.State is TaskState task)
            CheckTemplate(context, "Credentials", task.Credentials, LazyPointer.To(site), "Credentials", allowMapContext: false);
        else if (site.State is MapState map)
            CheckMapTemplates(context, site, map);
    }

    private static void CheckMapTemplates(ValidationContext context, StateSite site, MapState map)
    {
        CheckTemplate(context, "ItemSelector", map.ItemSelector, LazyPointer.To(site), "ItemSelector", allowMapContext: true);
        if (map.ItemReader is { Parameters: not null } reader)
            CheckTemplate(context, "Parameters", reader.Parameters, site.FieldPointer("ItemReader"), "Parameters", allowMapContext: false);
        if (map.ResultWriter is { Parameters: not null } writer)
            CheckTemplate(context, "Parameters", writer.Parameters, site.FieldPointer("ResultWriter"), "Parameters", allowMapContext: false);
        if (map.ItemBatcher is { BatchInput: not null } batcher)
            CheckTemplate(context, "BatchInput", batcher.BatchInput, site.FieldPointer("ItemBatcher"), "BatchInput", allowMapContext: false);
    }

    /// <summary>
    /// A payload template field (at <paramref name="parent"/> + <paramref name="token"/>, a pointer built only when
    /// needed): an object (F08) whose members are checked at every depth.
    /// </summary>
    private static void CheckTemplate(ValidationContext context, string field, AslJson? template, LazyPointer parent, string token, bool allowMapContext)
    {
        if (template is null || Values.IsPlaceholder(template)) return;
        var pointer = LazyPointer.Child(parent, token);
        if (template is AslJsonObject members) CheckTemplateObject(context, members, pointer, allowMapContext);
        else context.Report(AslRules.PayloadTemplateNotObject, pointer, field, JsonText.Describe(template));
    }

    /// <summary>A JSONPath Assign is a payload template too; its shape (I01) belongs to the language rules.</summary>
    private static void CheckAssign(ValidationContext context, AslJson? assign, LazyPointer parent, string token)
    {
        if (assign is AslJsonObject members) CheckTemplateObject(context, members, LazyPointer.Child(parent, token), allowMapContext: false);
    }

    /// <summary>
    /// The members of a template object. A member's pointer is built only when something is reported there or a
    /// nested object or array needs it as its parent: templates are mostly plain paths and literals.
    /// </summary>
    private static void CheckTemplateObject(ValidationContext context, AslJsonObject template, LazyPointer pointer, bool allowMapContext)
    {
        var properties = template.Properties;
        context.Charge(1 + properties.Count);
        // Small objects compare keys pairwise; large ones index the output keys, so the check stays linear.
        var outputKeys = properties.Count > 16 ? new Dictionary<string, string>(properties.Count, System.StringComparer.Ordinal) : null;
        for (var i = 0; i < properties.Count; i++)
        {
            var member = properties[i];
            var key = member.Name;
            var evaluated = IsEvaluatedKey(key);

            if (EarlierKeyWithSameOutput(properties, i, outputKeys) is { } earlier)
                context.Report(AslRules.DuplicatePayloadField, pointer.Member(key), earlier, key, OutputKey(key));

            switch (member.Value)
            {
                case AslJsonString text when evaluated && PlainPath.IsPlainInputPath(text.Value):
                    break;
                case var value when evaluated:
                    CheckDollarValue(context, key, value, pointer.Member(key), allowMapContext);
                    break;
                case AslJsonObject or AslJsonArray:
                    CheckLiteralValue(context, key, member.Value, pointer.Member(key), allowMapContext);
                    break;
                case AslJsonString text:
                    ReportEvaluableLiteral(context, key, text, pointer);
                    break;
            }
        }
    }

    private static bool IsEvaluatedKey(string key) => key.Length > 2 && key.EndsWith(".$", System.StringComparison.Ordinal);

    /// <summary>The key a member has in the output (without its <c>.$</c>).</summary>
    private static string OutputKey(string key) => IsEvaluatedKey(key) ? key.Substring(0, key.Length - 2) : key;

    /// <summary>The first earlier key of the object that yields the same output key as member <paramref name="index"/>, or null.</summary>
    private static string? EarlierKeyWithSameOutput(EquatableArray<AslJsonProperty> properties, int index, Dictionary<string, string>? outputKeys)
    {
        var key = properties[index].Name;
        if (outputKeys is not null)
        {
            var outputKey = OutputKey(key);
            if (outputKeys.TryGetValue(outputKey, out var first)) return first;
            outputKeys.Add(outputKey, key);
            return null;
        }
        var length = IsEvaluatedKey(key) ? key.Length - 2 : key.Length;
        for (var j = 0; j < index; j++)
        {
            var other = properties[j].Name;
            var otherLength = IsEvaluatedKey(other) ? other.Length - 2 : other.Length;
            if (otherLength == length && string.CompareOrdinal(key, 0, other, 0, length) == 0) return other;
        }
        return null;
    }

    /// <summary>F09 for a literal string member that would be evaluated if its key ended in <c>.$</c>.</summary>
    private static void ReportEvaluableLiteral(ValidationContext context, string key, AslJsonString text, LazyPointer parentPointer)
    {
        var kind = PathFacts.EvaluableKind(text.Value, context.Parsed);
        if (kind != PayloadExpressionKind.None)
            context.Report(AslRules.PathValueWithoutDollarKey, parentPointer.Member(key), key, text.Value, PathFacts.Describe(kind));
    }

    /// <summary>A literal member: nested objects and arrays are templates; strings that look evaluable get F09.</summary>
    private static void CheckLiteralValue(ValidationContext context, string? key, AslJson value, LazyPointer pointer, bool allowMapContext)
    {
        switch (value)
        {
            case AslJsonObject nested:
                CheckTemplateObject(context, nested, pointer, allowMapContext);
                break;
            case AslJsonArray array:
                context.Charge(1 + array.Items.Count);
                for (var i = 0; i < array.Items.Count; i++)
                    CheckLiteralValue(context, null, array.Items[i], pointer.Item(i), allowMapContext);
                break;
            case AslJsonString text when key is not null:
                var kind = PathFacts.EvaluableKind(text.Value, context.Parsed);
                if (kind != PayloadExpressionKind.None)
                    context.Report(AslRules.PathValueWithoutDollarKey, pointer, key, text.Value, PathFacts.Describe(kind));
                break;
        }
    }

    /// <summary>The value of a <c>key.$</c> member: a path or an intrinsic call (F06, F01, L01–L07, F11).</summary>
    private static void CheckDollarValue(ValidationContext context, string key, AslJson value, LazyPointer pointer, bool allowMapContext)
    {
        if (value is not AslJsonString text)
        {
            context.Report(AslRules.InvalidDollarValue, pointer, key, JsonText.Describe(value));
            return;
        }
        if (Values.IsPlaceholder(text.Value) || PlainPath.IsPlainInputPath(text.Value)) return;

        var parsed = context.Parsed.Payload(text.Value);
        if (!parsed.Success && ReportedAsUnquotedFilterWord(context, key, text.Value, parsed.Error, parsed.ErrorOffset, pointer)) return;
        switch (parsed.Kind)
        {
            case PayloadExpressionKind.None:
                context.Report(AslRules.InvalidDollarValue, pointer, key, JsonText.Describe(value));
                break;
            case PayloadExpressionKind.IntrinsicCall:
                if (parsed.Call is { } call) CheckCall(context, key, call, pointer, allowMapContext);
                else ReportUnparsedCall(context, key, text.Value, parsed.Error!, parsed.ErrorOffset, parsed.NestingTooDeep, pointer);
                break;
            default:
                if (parsed.Path is { } path) CheckMapContext(context, key, path, pointer, allowMapContext);
                else context.Report(AslRules.InvalidPath, pointer, key, ParseErrorText.Describe(text.Value, parsed.Error!, parsed.ErrorOffset));
                break;
        }
    }
}
