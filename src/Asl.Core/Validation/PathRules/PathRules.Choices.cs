using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Model;
using Asl.Paths;

namespace Asl.Validation;

// Choice rules: top-level Next (E31) and Default (E40) in both query languages; in JSONPath the shape of each
// rule (E32–E34), its Variable (E35) and its comparisons (E36, E37, M01–M05), at every nesting level.
// Comment is allowed on every rule (E42), so it is never reported.
internal sealed partial class PathRules
{
    private static void CheckChoiceTransitions(ValidationContext context, StateSite site, ChoiceState choice)
    {
        var choices = site.FieldPointer("Choices");
        for (var i = 0; i < choice.Choices.Count; i++)
            if (choice.Choices[i].Next is null) context.Report(AslRules.ChoiceRuleWithoutNext, choices.Item(i));
        if (choice.Default is null && !HasAlwaysTrueRule(choice)) context.Report(AslRules.ChoiceWithoutDefault, site.Pointer, site.Name);
    }

    /// <summary>A JSONata rule whose Condition is the literal true (or <c>{% true %}</c>) always matches, so no input can fall through.</summary>
    private static bool HasAlwaysTrueRule(ChoiceState choice)
    {
        foreach (var rule in choice.Choices)
        {
            switch (rule.Condition)
            {
                case Json.AslJsonBool { Value: true }:
                    return true;
                case Json.AslJsonString text when Values.IsJsonAta(text.Value)
                    && text.Value.Trim().Substring(2, text.Value.Trim().Length - 4).Trim() == "true":
                    return true;
            }
        }
        return false;
    }

    private static void CheckChoiceRules(ValidationContext context, StateSite site, ChoiceState choice)
    {
        var choices = site.FieldPointer("Choices");
        for (var i = 0; i < choice.Choices.Count; i++)
            CheckRule(context, choice.Choices[i], LazyPointer.Child(choices, i), topLevel: true);
    }

    private static void CheckRule(ValidationContext context, ChoiceRule rule, LazyPointer pointer, bool topLevel)
    {
        if (!topLevel)
        {
            if (rule.Next is not null) context.Report(AslRules.NestedRuleField, pointer.Member("Next"), "Next", "chooses the next state");
            if (rule.Assign is not null) context.Report(AslRules.NestedRuleField, pointer.Member("Assign"), "Assign", "assigns variables");
            if (rule.Output is not null) context.Report(AslRules.NestedRuleField, pointer.Member("Output"), "Output", "sets the output");
        }

        CheckRuleShape(context, rule, pointer);
        if (rule.And is { IsEmpty: true }) context.Report(AslRules.EmptyBooleanRule, pointer.Member("And"), "And");
        if (rule.Or is { IsEmpty: true }) context.Report(AslRules.EmptyBooleanRule, pointer.Member("Or"), "Or");
        if (rule.Variable is { } variable) CheckVariable(context, variable, pointer.Member("Variable"));
        foreach (var comparison in rule.Comparisons)
            CheckComparison(context, comparison, pointer.Member(ComparisonOperators.Name(comparison.Operator)));

        if (rule.And is { } and) CheckNestedRules(context, and, pointer.Member("And"));
        if (rule.Or is { } or) CheckNestedRules(context, or, pointer.Member("Or"));
        if (rule.Not is { } not) CheckRule(context, not, pointer.Member("Not"), topLevel: false);
    }

    private static void CheckNestedRules(ValidationContext context, Asl.Collections.EquatableArray<ChoiceRule> rules, LazyPointer pointer)
    {
        for (var i = 0; i < rules.Count; i++) CheckRule(context, rules[i], pointer.Item(i), topLevel: false);
    }

    /// <summary>E33: a data test (Variable plus exactly one comparison) or exactly one of And, Or, Not.</summary>
    private static void CheckRuleShape(ValidationContext context, ChoiceRule rule, LazyPointer pointer)
    {
        var combinators = new List<string>(3);
        if (rule.And is not null) combinators.Add("\"And\"");
        if (rule.Or is not null) combinators.Add("\"Or\"");
        if (rule.Not is not null) combinators.Add("\"Not\"");
        var comparisons = rule.Comparisons;
        var hasVariable = rule.Variable is not null;

        if (combinators.Count > 1)
        {
            context.Report(AslRules.ChoiceRuleShape, pointer, $"has both {string.Join(" and ", combinators)}; keep exactly one of them and nest the others inside it");
        }
        else if (combinators.Count == 1 && (hasVariable || !comparisons.IsEmpty))
        {
            var test = hasVariable ? "\"Variable\"" : "\"" + ComparisonOperators.Name(comparisons[0].Operator) + "\"";
            context.Report(AslRules.ChoiceRuleShape, pointer, $"has {combinators[0]} and also {test}; move the data test into a rule of its own inside {combinators[0]}");
        }
        else if (combinators.Count == 0)
        {
            // A Condition here is a JSONata field in a JSONPath state (H02), reported by the language rules.
            if (!hasVariable && comparisons.IsEmpty && rule.Condition is null)
                context.Report(AslRules.ChoiceRuleShape, pointer, "has neither \"Variable\" with a comparison operator nor \"And\", \"Or\" or \"Not\"");
            else if (!hasVariable && !comparisons.IsEmpty)
                context.Report(AslRules.ChoiceRuleShape, pointer,
                    $"has \"{ComparisonOperators.Name(comparisons[0].Operator)}\" but no \"Variable\" naming the value to compare; add \"Variable\", for example \"$.status\"");
            else if (hasVariable && comparisons.IsEmpty)
                context.Report(AslRules.ChoiceRuleShape, pointer, "has \"Variable\" but no comparison operator; add one, such as \"StringEquals\" or \"IsPresent\"");
            else if (comparisons.Count > 1)
                context.Report(AslRules.ChoiceRuleShape, pointer.Member(ComparisonOperators.Name(comparisons[1].Operator)),
                    $"has {comparisons.Count} comparison operators; a rule holds exactly one, so combine several tests with \"And\" or \"Or\"");
        }
    }

    /// <summary>E35: Variable is a path (an intrinsic call is L08).</summary>
    private static void CheckVariable(ValidationContext context, string variable, LazyPointer pointer)
    {
        if (Values.IsPlaceholder(variable)) return;
        if (PayloadExpressions.Classify(variable) == PayloadExpressionKind.IntrinsicCall)
        {
            context.Report(AslRules.IntrinsicNotAllowedHere, pointer, "Variable", CallName(variable));
            return;
        }
        if (PlainPath.IsPlainInputPath(variable)) return;
        var parsed = context.Parsed.Path(variable);
        if (parsed.Success)
            CheckMapContext(context, "Variable", parsed.Path, pointer, allowed: false);
        else if (!ReportedAsUnquotedFilterWord(context, "Variable", variable, parsed.Error, parsed.ErrorOffset, pointer))
            context.Report(AslRules.InvalidChoiceVariable, pointer, variable,
                "is not a valid path " + ParseErrorText.Describe(variable, parsed.Error, parsed.ErrorOffset));
    }
}
