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
                CheckTemplate(context, "Parameters", pass.Parameters, site.Field("Parameters"), allowMapContext: false);
                break;
            case WorkState work:
                // A Map's Parameters is the legacy form of ItemSelector, where $$.Map.Item is set.
                CheckTemplate(context, "Parameters", work.Parameters, site.Field("Parameters"), allowMapContext: work is MapState);
                CheckTemplate(context, "ResultSelector", work.ResultSelector, site.Field("ResultSelector"), allowMapContext: false);
                for (var i = 0; i < work.Catch.Count; i++)
                    CheckAssign(context, work.Catch[i].Assign, JsonPointer.Append(JsonPointer.Append(site.Field("Catch"), i), "Assign"));
                break;
        }

        switch (site.State)
        {
            case FlowState flow:
                CheckAssign(context, flow.Assign, site.Field("Assign"));
                break;
            case ChoiceState choice:
                CheckAssign(context, choice.Assign, site.Field("Assign"));
                for (var i = 0; i < choice.Choices.Count; i++)
                    CheckAssign(context, choice.Choices[i].Assign, JsonPointer.Append(JsonPointer.Append(site.Field("Choices"), i), "Assign"));
                break;
        }

        if (site.State is TaskState task)
            CheckTemplate(context, "Credentials", task.Credentials, site.Field("Credentials"), allowMapContext: false);
        else if (site.State is MapState map)
            CheckMapTemplates(context, site, map);
    }

    private static void CheckMapTemplates(ValidationContext context, StateSite site, MapState map)
    {
        CheckTemplate(context, "ItemSelector", map.ItemSelector, site.Field("ItemSelector"), allowMapContext: true);
        if (map.ItemReader is { } reader)
            CheckTemplate(context, "Parameters", reader.Parameters, JsonPointer.Append(site.Field("ItemReader"), "Parameters"), allowMapContext: false);
        if (map.ResultWriter is { } writer)
            CheckTemplate(context, "Parameters", writer.Parameters, JsonPointer.Append(site.Field("ResultWriter"), "Parameters"), allowMapContext: false);
        if (map.ItemBatcher is { } batcher)
            CheckTemplate(context, "BatchInput", batcher.BatchInput, JsonPointer.Append(site.Field("ItemBatcher"), "BatchInput"), allowMapContext: false);
    }

    /// <summary>A payload template field: an object (F08) whose members are checked at every depth.</summary>
    private static void CheckTemplate(ValidationContext context, string field, AslJson? template, string pointer, bool allowMapContext)
    {
        if (template is null || Values.IsPlaceholder(template)) return;
        if (template is AslJsonObject members) CheckTemplateObject(context, members, pointer, allowMapContext);
        else context.Report(AslRules.PayloadTemplateNotObject, pointer, field, JsonText.Describe(template));
    }

    /// <summary>A JSONPath Assign is a payload template too; its shape (I01) belongs to the language rules.</summary>
    private static void CheckAssign(ValidationContext context, AslJson? assign, string pointer)
    {
        if (assign is AslJsonObject members) CheckTemplateObject(context, members, pointer, allowMapContext: false);
    }

    private static void CheckTemplateObject(ValidationContext context, AslJsonObject template, string pointer, bool allowMapContext)
    {
        Dictionary<string, string>? outputKeys = null;
        foreach (var member in template.Properties)
        {
            var key = member.Name;
            var keyPointer = JsonPointer.Append(pointer, key);
            var evaluated = key.Length > 2 && key.EndsWith(".$", System.StringComparison.Ordinal);
            var outputKey = evaluated ? key.Substring(0, key.Length - 2) : key;

            outputKeys ??= new Dictionary<string, string>(System.StringComparer.Ordinal);
            if (outputKeys.TryGetValue(outputKey, out var earlier))
                context.Report(AslRules.DuplicatePayloadField, keyPointer, earlier, key, outputKey);
            else
                outputKeys.Add(outputKey, key);

            if (evaluated) CheckDollarValue(context, key, member.Value, keyPointer, allowMapContext);
            else CheckLiteralValue(context, key, member.Value, keyPointer, allowMapContext);
        }
    }

    /// <summary>A literal member: nested objects and arrays are templates; strings that look evaluable get F09.</summary>
    private static void CheckLiteralValue(ValidationContext context, string? key, AslJson value, string pointer, bool allowMapContext)
    {
        switch (value)
        {
            case AslJsonObject nested:
                CheckTemplateObject(context, nested, pointer, allowMapContext);
                break;
            case AslJsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                    CheckLiteralValue(context, null, array.Items[i], JsonPointer.Append(pointer, i), allowMapContext);
                break;
            case AslJsonString text when key is not null:
                var kind = PathFacts.EvaluableKind(text.Value, context.Parsed);
                if (kind != PayloadExpressionKind.None)
                    context.Report(AslRules.PathValueWithoutDollarKey, pointer, key, text.Value, PathFacts.Describe(kind));
                break;
        }
    }

    /// <summary>The value of a <c>key.$</c> member: a path or an intrinsic call (F06, F01, L01–L07, F11).</summary>
    private static void CheckDollarValue(ValidationContext context, string key, AslJson value, string pointer, bool allowMapContext)
    {
        if (value is not AslJsonString text)
        {
            context.Report(AslRules.InvalidDollarValue, pointer, key, JsonText.Describe(value));
            return;
        }
        if (Values.IsPlaceholder(text.Value) || PlainPath.IsPlainInputPath(text.Value)) return;

        var parsed = context.Parsed.Payload(text.Value);
        switch (parsed.Kind)
        {
            case PayloadExpressionKind.None:
                context.Report(AslRules.InvalidDollarValue, pointer, key, JsonText.Describe(value));
                break;
            case PayloadExpressionKind.IntrinsicCall:
                if (parsed.Call is { } call) CheckCall(context, key, call, pointer, allowMapContext);
                else context.Report(AslRules.InvalidIntrinsicSyntax, pointer, key, ParseErrorText.Describe(text.Value, parsed.Error!, parsed.ErrorOffset));
                break;
            default:
                if (parsed.Path is { } path) CheckMapContext(context, key, path, pointer, allowMapContext);
                else context.Report(AslRules.InvalidPath, pointer, key, ParseErrorText.Describe(text.Value, parsed.Error!, parsed.ErrorOffset));
                break;
        }
    }
}
