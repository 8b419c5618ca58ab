using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// D07, D08, E18, H02, H03 and H05: fields that exist in only one query language, reported at the field.
internal sealed partial class LanguageRules
{
    private const string ConditionFix = "\"Condition\" with a JSONata expression, for example \"{% $states.input.status = 'DONE' %}\"";

    /// <summary>H02 (or H05 when the state wrongly expects its Map or Parallel's language): JSONata fields in a JSONPath state.</summary>
    private static void CheckJsonAtaOnlyFields(ValidationContext context, StateSite site)
    {
        var ignoredParent = JsonAtaParentIgnored(site);
        void Report(string field, LazyPointer pointer, string fix)
        {
            if (ignoredParent is not null)
                context.Report(AslRules.NestedStateInheritsMachineLanguage, pointer, field, site.Name, DescribeContainer(site.Owner), ignoredParent.Name);
            else
                context.Report(AslRules.JsonAtaFieldInJsonPathState, pointer, field, site.Name, fix);
        }

        var state = site.State;
        if (OutputOf(state) is not null) Report("Output", site.FieldPointer("Output"), OutputFix(state));

        switch (state)
        {
            case TaskState { Arguments: not null }:
            case ParallelState { Arguments: not null }:
                Report("Arguments", site.FieldPointer("Arguments"), "\"Parameters\"");
                break;
            case MapState map:
                if (map.Items is not null) Report("Items", site.FieldPointer("Items"), "\"ItemsPath\"");
                if (map.ItemReader?.Arguments is not null)
                    Report("Arguments", site.FieldPointer("ItemReader").Member("Arguments"), "\"Parameters\"");
                if (map.ResultWriter?.Arguments is not null)
                    Report("Arguments", site.FieldPointer("ResultWriter").Member("Arguments"), "\"Parameters\"");
                break;
            case ChoiceState choice:
                var choices = site.FieldPointer("Choices");
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    var rulePointer = choices.Item(i);
                    if (choice.Choices[i].Output is not null)
                        Report("Output", rulePointer.Member("Output"), "\"OutputPath\" on the Choice state");
                    ForEachRule(choice.Choices[i], rulePointer, (rule, pointer) =>
                    {
                        if (rule.Condition is not null)
                            Report("Condition", pointer.Member("Condition"), "\"Variable\" with a comparison operator such as \"StringEquals\"");
                    });
                }
                break;
        }

        if (state is WorkState work)
            for (var i = 0; i < work.Catch.Count; i++)
                if (work.Catch[i].Output is not null)
                    Report("Output", site.FieldPointer("Catch").Item(i).Member("Output"), "\"ResultPath\"");
    }

    private static string OutputFix(State state) => state switch
    {
        WorkState => "\"ResultSelector\", \"ResultPath\" and \"OutputPath\"",
        PassState => "\"Result\", \"Parameters\", \"ResultPath\" and \"OutputPath\"",
        _ => "\"OutputPath\"",
    };

    private static Json.AslJson? OutputOf(State state) => state switch
    {
        FlowState flow => flow.Output,
        ChoiceState choice => choice.Output,
        SucceedState succeed => succeed.Output,
        _ => null,
    };

    /// <summary>H03: JSONPath fields in a JSONata state.</summary>
    private static void CheckJsonPathOnlyFields(ValidationContext context, StateSite site)
    {
        void Report(string field, LazyPointer pointer, string fix) =>
            context.Report(AslRules.JsonPathFieldInJsonAtaState, pointer, field, site.Name, fix);
        void ReportIfSet(object? value, string field, string fix)
        {
            if (value is not null) Report(field, site.FieldPointer(field), fix);
        }

        var state = site.State;
        var (inputPath, outputPath) = state switch
        {
            FlowState flow => (flow.InputPath, flow.OutputPath),
            ChoiceState choice => (choice.InputPath, choice.OutputPath),
            SucceedState succeed => (succeed.InputPath, succeed.OutputPath),
            _ => (null, null),
        };
        ReportIfSet(inputPath, "InputPath", "$states.input in \"Arguments\" or \"Output\"");
        ReportIfSet(outputPath, "OutputPath", "\"Output\"");

        const string resultPathFix = "\"Output\" or \"Assign\" (for example \"Output\": \"{% $merge([$states.input, {'result': $states.result}]) %}\")";
        switch (state)
        {
            case PassState pass:
                ReportIfSet(pass.Parameters, "Parameters", "\"Output\"");
                ReportIfSet(pass.ResultPath, "ResultPath", "\"Output\" or \"Assign\"");
                break;
            case WorkState work:
                ReportIfSet(work.Parameters, "Parameters", work is MapState ? "\"ItemSelector\"" : "\"Arguments\"");
                ReportIfSet(work.ResultSelector, "ResultSelector", "\"Output\" with $states.result");
                ReportIfSet(work.ResultPath, "ResultPath", resultPathFix);
                for (var i = 0; i < work.Catch.Count; i++)
                    if (work.Catch[i].ResultPath is not null)
                        Report("ResultPath", site.FieldPointer("Catch").Item(i).Member("ResultPath"),
                            "\"Output\" with $states.errorOutput");
                break;
        }

        switch (state)
        {
            case TaskState task:
                ReportIfSet(task.TimeoutSecondsPath, "TimeoutSecondsPath", "\"TimeoutSeconds\" with a JSONata expression");
                ReportIfSet(task.HeartbeatSecondsPath, "HeartbeatSecondsPath", "\"HeartbeatSeconds\" with a JSONata expression");
                break;
            case WaitState wait:
                ReportIfSet(wait.SecondsPath, "SecondsPath", "\"Seconds\" with a JSONata expression");
                ReportIfSet(wait.TimestampPath, "TimestampPath", "\"Timestamp\" with a JSONata expression");
                break;
            case FailState fail:
                ReportIfSet(fail.ErrorPath, "ErrorPath", "\"Error\" with a JSONata expression");
                ReportIfSet(fail.CausePath, "CausePath", "\"Cause\" with a JSONata expression");
                break;
            case MapState map:
                CheckJsonPathOnlyMapFields(map, site, Report, ReportIfSet);
                break;
            case ChoiceState choice:
                var rules = site.FieldPointer("Choices");
                for (var i = 0; i < choice.Choices.Count; i++)
                    CheckJsonPathChoiceRule(choice.Choices[i], rules.Item(i), Report);
                break;
        }
    }

    private static void CheckJsonPathOnlyMapFields(MapState map, StateSite site, System.Action<string, LazyPointer, string> report,
        System.Action<object?, string, string> reportIfSet)
    {
        reportIfSet(map.ItemsPath, "ItemsPath", "\"Items\"");
        reportIfSet(map.MaxConcurrencyPath, "MaxConcurrencyPath", "\"MaxConcurrency\" with a JSONata expression");
        reportIfSet(map.ToleratedFailureCountPath, "ToleratedFailureCountPath", "\"ToleratedFailureCount\" with a JSONata expression");
        reportIfSet(map.ToleratedFailurePercentagePath, "ToleratedFailurePercentagePath", "\"ToleratedFailurePercentage\" with a JSONata expression");

        var reader = site.FieldPointer("ItemReader");
        if (map.ItemReader?.Parameters is not null) report("Parameters", reader.Member("Parameters"), "\"Arguments\"");
        if (map.ItemReader?.ReaderConfig?.MaxItemsPath is not null)
            report("MaxItemsPath", reader.Member("ReaderConfig").Member("MaxItemsPath"), "\"MaxItems\" with a JSONata expression");

        var batcher = site.FieldPointer("ItemBatcher");
        if (map.ItemBatcher?.MaxItemsPerBatchPath is not null)
            report("MaxItemsPerBatchPath", batcher.Member("MaxItemsPerBatchPath"), "\"MaxItemsPerBatch\" with a JSONata expression");
        if (map.ItemBatcher?.MaxInputBytesPerBatchPath is not null)
            report("MaxInputBytesPerBatchPath", batcher.Member("MaxInputBytesPerBatchPath"), "\"MaxInputBytesPerBatch\" with a JSONata expression");

        if (map.ResultWriter?.Parameters is not null)
            report("Parameters", site.FieldPointer("ResultWriter").Member("Parameters"), "\"Arguments\"");
    }

    /// <summary>A JSONata rule has only Condition, Next, Assign, Output and Comment; JSONPath tests are reported field by field.</summary>
    private static void CheckJsonPathChoiceRule(ChoiceRule rule, LazyPointer pointer, System.Action<string, LazyPointer, string> report)
    {
        if (rule.Variable is not null) report("Variable", pointer.Member("Variable"), ConditionFix);
        foreach (var comparison in rule.Comparisons)
        {
            var name = ComparisonOperators.Name(comparison.Operator);
            report(name, pointer.Member(name), ConditionFix);
        }
        if (rule.And is not null) report("And", pointer.Member("And"), "\"Condition\" with the 'and' operator");
        if (rule.Or is not null) report("Or", pointer.Member("Or"), "\"Condition\" with the 'or' operator");
        if (rule.Not is not null) report("Not", pointer.Member("Not"), "\"Condition\" with $not(...)");
    }

    /// <summary>
    /// Visits a Choice rule and every rule nested in its And, Or and Not, with pointers that are written out only
    /// when a visitor reports.
    /// </summary>
    private static void ForEachRule(ChoiceRule rule, LazyPointer pointer, System.Action<ChoiceRule, LazyPointer> visit)
    {
        visit(rule, pointer);
        VisitAll(rule.And, pointer.Member("And"), visit);
        VisitAll(rule.Or, pointer.Member("Or"), visit);
        if (rule.Not is { } not) ForEachRule(not, pointer.Member("Not"), visit);
    }

    private static void VisitAll(EquatableArray<ChoiceRule>? rules, LazyPointer listPointer, System.Action<ChoiceRule, LazyPointer> visit)
    {
        if (rules is not { } list) return;
        for (var i = 0; i < list.Count; i++) ForEachRule(list[i], listPointer.Item(i), visit);
    }
}
