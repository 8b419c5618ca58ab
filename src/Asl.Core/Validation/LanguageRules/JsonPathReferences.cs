using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// I05 input: the $name references of a JSONPath state, in its paths, payload templates and Choice rules.
internal sealed partial class LanguageRules
{
    /// <summary>Records every variable the state's JSONPath fields reference. ResultPath may not reference variables (F03).</summary>
    private static void CollectJsonPathReferences(StateSite site, VariableUses variables)
    {
        void Path(string? text, string pointer)
        {
            foreach (var name in JsonPathVariables(text))
                variables.References.Add(new VariableReference(site, name, pointer, InJsonAta: false, IsCall: false));
        }
        void Template(AslJson? value, string pointer) => CollectTemplateReferences(value, pointer, Path);

        var state = site.State;
        var (inputPath, outputPath) = state switch
        {
            FlowState flow => (flow.InputPath, flow.OutputPath),
            ChoiceState choice => (choice.InputPath, choice.OutputPath),
            SucceedState succeed => (succeed.InputPath, succeed.OutputPath),
            _ => (null, null),
        };
        Path(inputPath?.Path, site.Field("InputPath"));
        Path(outputPath?.Path, site.Field("OutputPath"));
        Template(AssignOf(state), site.Field("Assign"));

        switch (state)
        {
            case PassState pass:
                Template(pass.Parameters, site.Field("Parameters"));
                break;
            case TaskState task:
                Path(task.TimeoutSecondsPath, site.Field("TimeoutSecondsPath"));
                Path(task.HeartbeatSecondsPath, site.Field("HeartbeatSecondsPath"));
                Template(task.Credentials, site.Field("Credentials"));
                break;
            case WaitState wait:
                Path(wait.SecondsPath, site.Field("SecondsPath"));
                Path(wait.TimestampPath, site.Field("TimestampPath"));
                break;
            case FailState fail:
                Path(fail.ErrorPath, site.Field("ErrorPath"));
                Path(fail.CausePath, site.Field("CausePath"));
                break;
            case MapState map:
                Path(map.ItemsPath, site.Field("ItemsPath"));
                Path(map.MaxConcurrencyPath, site.Field("MaxConcurrencyPath"));
                Path(map.ToleratedFailureCountPath, site.Field("ToleratedFailureCountPath"));
                Path(map.ToleratedFailurePercentagePath, site.Field("ToleratedFailurePercentagePath"));
                Template(map.ItemSelector, site.Field("ItemSelector"));
                var reader = site.Field("ItemReader");
                Template(map.ItemReader?.Parameters, JsonPointer.Append(reader, "Parameters"));
                Path(map.ItemReader?.ReaderConfig?.MaxItemsPath, JsonPointer.Append(JsonPointer.Append(reader, "ReaderConfig"), "MaxItemsPath"));
                var batcher = site.Field("ItemBatcher");
                Path(map.ItemBatcher?.MaxItemsPerBatchPath, JsonPointer.Append(batcher, "MaxItemsPerBatchPath"));
                Path(map.ItemBatcher?.MaxInputBytesPerBatchPath, JsonPointer.Append(batcher, "MaxInputBytesPerBatchPath"));
                Template(map.ItemBatcher?.BatchInput, JsonPointer.Append(batcher, "BatchInput"));
                Template(map.ResultWriter?.Parameters, JsonPointer.Append(site.Field("ResultWriter"), "Parameters"));
                break;
            case ChoiceState choice:
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    var rulePointer = JsonPointer.Append(site.Field("Choices"), i);
                    Template(choice.Choices[i].Assign, JsonPointer.Append(rulePointer, "Assign"));
                    ForEachRule(choice.Choices[i], rulePointer, (rule, pointer) =>
                    {
                        Path(rule.Variable, JsonPointer.Append(pointer, "Variable"));
                        foreach (var comparison in rule.Comparisons)
                        {
                            var op = comparison.Operator.ToString();
                            if (op.EndsWith("Path", System.StringComparison.Ordinal) && comparison.Operand is AslJsonString operand)
                                Path(operand.Value, JsonPointer.Append(pointer, op));
                        }
                    });
                }
                break;
        }

        if (state is WorkState work)
        {
            Template(work.Parameters, site.Field("Parameters"));
            Template(work.ResultSelector, site.Field("ResultSelector"));
            for (var i = 0; i < work.Catch.Count; i++)
                Template(work.Catch[i].Assign, JsonPointer.Append(JsonPointer.Append(site.Field("Catch"), i), "Assign"));
        }
    }

    /// <summary>The values of <c>.$</c> keys of a payload template, nested objects included, are paths or intrinsics.</summary>
    private static void CollectTemplateReferences(AslJson? value, string pointer, System.Action<string?, string> path)
    {
        if (value is not AslJsonObject obj) return;
        foreach (var property in obj.Properties)
        {
            var propertyPointer = JsonPointer.Append(pointer, property.Name);
            if (property.Name.EndsWith(".$", System.StringComparison.Ordinal) && property.Value is AslJsonString text)
                path(text.Value, propertyPointer);
            else
                CollectTemplateReferences(property.Value, propertyPointer, path);
        }
    }

    /// <summary>
    /// The variables a JSONPath path or intrinsic call names: <c>$name</c> not inside a quoted string, not the
    /// context object <c>$$</c>, and not preceded by a name character, a dot or @.
    /// </summary>
    internal static IEnumerable<string> JsonPathVariables(string? text)
    {
        if (text is null) yield break;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c is '\'' or '"')
            {
                quote = c;
                continue;
            }
            if (c != '$') continue;
            if (i + 1 < text.Length && text[i + 1] == '$')
            {
                i++;
                continue;
            }
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '.' or '@')) continue;

            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || char.IsSurrogate(text[end])
                                         || char.GetUnicodeCategory(text[end]) is System.Globalization.UnicodeCategory.NonSpacingMark
                                             or System.Globalization.UnicodeCategory.SpacingCombiningMark
                                             or System.Globalization.UnicodeCategory.ConnectorPunctuation
                                             or System.Globalization.UnicodeCategory.LetterNumber))
                end++;
            if (end > i + 1 && !char.IsDigit(text[i + 1])) yield return text.Substring(i + 1, end - i - 1);
            i = end - 1;
        }
    }
}
