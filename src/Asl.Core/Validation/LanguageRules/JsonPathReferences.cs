using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// I05 input: the $name references of a JSONPath state, in its paths, payload templates and Choice rules.
internal sealed partial class LanguageRules
{
    /// <summary>Records every variable the state's JSONPath fields reference. ResultPath may not reference variables (F03).</summary>
    /// <remarks>
    /// Most fields reference no variable, so a field's pointer is built only once a variable is found in it
    /// (<c>parent</c> plus <c>token</c>); building every pointer up front was the validator's largest source of garbage.
    /// </remarks>
    private static void CollectJsonPathReferences(StateSite site, VariableUses variables)
    {
        void Path(string? text, LazyPointer parent, string token)
        {
            if (!MayNameVariable(text)) return;
            var pointer = parent.Member(token);
            foreach (var name in JsonPathVariables(text))
                variables.References.Add(new VariableReference(site, name, pointer, InJsonAta: false, IsCall: false));
        }
        void StatePath(string? text, string field) => Path(text, LazyPointer.To(site), field);
        void Template(AslJson? value, LazyPointer parent, string token)
        {
            if (value is AslJsonObject) CollectTemplateReferences(value, parent.Member(token), Path);
        }
        void StateTemplate(AslJson? value, string field) => Template(value, LazyPointer.To(site), field);

        var state = site.State;
        var (inputPath, outputPath) = state switch
        {
            FlowState flow => (flow.InputPath, flow.OutputPath),
            ChoiceState choice => (choice.InputPath, choice.OutputPath),
            SucceedState succeed => (succeed.InputPath, succeed.OutputPath),
            _ => (null, null),
        };
        StatePath(inputPath?.Path, "InputPath");
        StatePath(outputPath?.Path, "OutputPath");
        StateTemplate(AssignOf(state), "Assign");

        switch (state)
        {
            case PassState pass:
                StateTemplate(pass.Parameters, "Parameters");
                break;
            case TaskState task:
                StatePath(task.TimeoutSecondsPath, "TimeoutSecondsPath");
                StatePath(task.HeartbeatSecondsPath, "HeartbeatSecondsPath");
                StateTemplate(task.Credentials, "Credentials");
                break;
            case WaitState wait:
                StatePath(wait.SecondsPath, "SecondsPath");
                StatePath(wait.TimestampPath, "TimestampPath");
                break;
            case FailState fail:
                StatePath(fail.ErrorPath, "ErrorPath");
                StatePath(fail.CausePath, "CausePath");
                break;
            case MapState map:
                StatePath(map.ItemsPath, "ItemsPath");
                StatePath(map.MaxConcurrencyPath, "MaxConcurrencyPath");
                StatePath(map.ToleratedFailureCountPath, "ToleratedFailureCountPath");
                StatePath(map.ToleratedFailurePercentagePath, "ToleratedFailurePercentagePath");
                StateTemplate(map.ItemSelector, "ItemSelector");
                if (map.ItemReader is { } reader)
                {
                    var readerPointer = site.FieldPointer("ItemReader");
                    Template(reader.Parameters, readerPointer, "Parameters");
                    Path(reader.ReaderConfig?.MaxItemsPath, readerPointer.Member("ReaderConfig"), "MaxItemsPath");
                }
                if (map.ItemBatcher is { } batcher)
                {
                    var batcherPointer = site.FieldPointer("ItemBatcher");
                    Path(batcher.MaxItemsPerBatchPath, batcherPointer, "MaxItemsPerBatchPath");
                    Path(batcher.MaxInputBytesPerBatchPath, batcherPointer, "MaxInputBytesPerBatchPath");
                    Template(batcher.BatchInput, batcherPointer, "BatchInput");
                }
                if (map.ResultWriter?.Parameters is AslJsonObject writerParameters)
                    Template(writerParameters, site.FieldPointer("ResultWriter"), "Parameters");
                break;
            case ChoiceState choice:
                var choices = site.FieldPointer("Choices");
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    var rulePointer = choices.Item(i);
                    if (choice.Choices[i].Assign is AslJsonObject ruleAssign) Template(ruleAssign, rulePointer, "Assign");
                    ForEachRule(choice.Choices[i], rulePointer, (rule, pointer) =>
                    {
                        Path(rule.Variable, pointer, "Variable");
                        foreach (var comparison in rule.Comparisons)
                        {
                            if (ComparisonOperators.TakesPath(comparison.Operator) && comparison.Operand is AslJsonString operand)
                                Path(operand.Value, pointer, ComparisonOperators.Name(comparison.Operator));
                        }
                    });
                }
                break;
        }

        if (state is WorkState work)
        {
            StateTemplate(work.Parameters, "Parameters");
            StateTemplate(work.ResultSelector, "ResultSelector");
            for (var i = 0; i < work.Catch.Count; i++)
                if (work.Catch[i].Assign is AslJsonObject catchAssign)
                    Template(catchAssign, site.FieldPointer("Catch").Item(i), "Assign");
        }
    }

    /// <summary>
    /// The values of <c>.$</c> keys of a payload template, nested objects included, are paths or intrinsics;
    /// <paramref name="path"/> gets each with the pointer of its parent object and its key.
    /// </summary>
    private static void CollectTemplateReferences(AslJson? value, LazyPointer pointer, System.Action<string?, LazyPointer, string> path)
    {
        if (value is not AslJsonObject obj) return;
        foreach (var property in obj.Properties)
        {
            if (property.Name.EndsWith(".$", System.StringComparison.Ordinal) && property.Value is AslJsonString text)
                path(text.Value, pointer, property.Name);
            else if (property.Value is AslJsonObject)
                CollectTemplateReferences(property.Value, pointer.Member(property.Name), path);
        }
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot name a variable (no <c>$</c> followed by a character that can start
    /// a name): a quick test before <see cref="JsonPathVariables"/>, which most paths do not need.
    /// </summary>
    private static bool MayNameVariable(string? text)
    {
        if (text is null) return false;
        for (var i = text.IndexOf('$'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('$', i + 1))
        {
            var next = text[i + 1];
            if (next is not ('.' or '$' or '[' or ')' or ',' or ' ' or '\'' or '"')) return true;
        }
        return false;
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
