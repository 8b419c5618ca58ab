using Asl.Collections;
using Asl.Model;

namespace Asl.Writing;

public static partial class AslWriter
{
    // Enum names are the ASL operator names; cached so writing does not allocate per comparison.
    private static readonly string[] OperatorNames = BuildOperatorNames();

    private static void WriteChoices(JsonTextBuilder json, ChoiceState choice)
    {
        json.Name("Choices");
        WriteRules(json, choice.Choices);
    }

    private static void WriteRules(JsonTextBuilder json, EquatableArray<ChoiceRule> rules)
    {
        json.BeginArray();
        for (var i = 0; i < rules.Count; i++) WriteRule(json, rules[i]);
        json.EndArray();
    }

    private static void WriteRule(JsonTextBuilder json, ChoiceRule rule)
    {
        json.BeginObject();
        OptionalString(json, "Comment", rule.Comment);
        OptionalString(json, "Variable", rule.Variable);
        for (var i = 0; i < rule.Comparisons.Count; i++)
        {
            var comparison = rule.Comparisons[i];
            json.Name(OperatorName(comparison.Operator));
            json.Value(comparison.Operand);
        }
        if (rule.And is { } and)
        {
            json.Name("And");
            WriteRules(json, and);
        }
        if (rule.Or is { } or)
        {
            json.Name("Or");
            WriteRules(json, or);
        }
        if (rule.Not is { } not)
        {
            json.Name("Not");
            WriteRule(json, not);
        }
        OptionalValue(json, "Condition", rule.Condition);
        OptionalValue(json, "Assign", rule.Assign);
        OptionalValue(json, "Output", rule.Output);
        OptionalString(json, "Next", rule.Next);
        json.EndObject();
    }

    private static string OperatorName(ComparisonOperator op)
    {
        var index = (int)op;
        return index >= 0 && index < OperatorNames.Length ? OperatorNames[index] : op.ToString();
    }

    private static string[] BuildOperatorNames()
    {
        var values = (ComparisonOperator[])System.Enum.GetValues(typeof(ComparisonOperator));
        var names = new string[values.Length];
        foreach (var value in values) names[(int)value] = value.ToString();
        return names;
    }
}
