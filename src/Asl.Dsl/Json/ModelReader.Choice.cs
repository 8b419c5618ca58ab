using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Json;

internal sealed partial class ModelReader
{
    // Exact, case-sensitive names (Enum.TryParse would also accept numbers and other casings).
    private static readonly Dictionary<string, ComparisonOperator> Operators = BuildOperators();

    private ChoiceState ReadChoice(JsonNode node, LazyPointer pointer) => new(ReadChoices(node, pointer))
    {
        Comment = Comment(node, pointer),
        QueryLanguage = OptionalString(node, pointer, "QueryLanguage"),
        InputPath = OptionalPath(node, pointer, "InputPath"),
        Default = OptionalString(node, pointer, "Default"),
        OutputPath = OptionalPath(node, pointer, "OutputPath"),
        Output = OptionalValue(node, "Output"),
        Assign = OptionalValue(node, "Assign"),
    };

    private EquatableArray<ChoiceRule> ReadChoices(JsonNode node, LazyPointer pointer)
    {
        if (node.Find("Choices") is not { } member)
        {
            Report(AslRules.ChoicesShape, pointer, "is missing");
            return default;
        }
        var choicesPointer = Field(pointer, "Choices");
        if (!member.Value.IsArray)
        {
            Report(AslRules.ChoicesShape, choicesPointer, "is " + JsonValues.Describe(member.Value));
            return default;
        }
        var array = member.Value;
        // An empty list is the validator's finding (it checks every model, whatever produced it).
        choicesPointer = Written(choicesPointer);
        var rules = new List<ChoiceRule>(array.ItemCount);
        for (var i = 0; i < array.ItemCount; i++)
        {
            var itemPointer = Item(choicesPointer, i);
            var item = array.Item(i);
            if (item.IsObject) rules.Add(ReadRule(item, itemPointer));
            else Report(AslRules.ChoicesShape, itemPointer, $"item {i} is {JsonValues.Describe(item)}");
        }
        return EquatableArray<ChoiceRule>.UnsafeWrap(rules.ToArray());
    }

    /// <summary>
    /// A rule at any level. Fields are read in text order so comparisons keep their order; fields that are
    /// legal only at the top level (Next, Assign, Output) are kept for the validator to judge.
    /// </summary>
    private ChoiceRule ReadRule(JsonNode node, LazyPointer pointer)
    {
        var comparisons = new List<Comparison>(1);
        string? next = null, comment = null, variable = null;
        EquatableArray<ChoiceRule>? and = null, or = null;
        ChoiceRule? not = null;
        AslJson? condition = null, assign = null, output = null;
        for (var i = 0; i < node.MemberCount; i++)
        {
            if (node.IsShadowed(i)) continue;
            var member = node.Member(i);
            var name = member.Name;
            var value = member.Value;
            switch (name)
            {
                case "Next": next = StringValue(pointer, name, value); break;
                case "Variable": variable = StringValue(pointer, name, value); break;
                case "Comment":
                    if (value.IsString) comment = value.Text;
                    else Report(AslRules.CommentNotString, Field(pointer, name), JsonValues.Describe(value));
                    break;
                case "And": and = ReadRuleList(pointer, name, value); break;
                case "Or": or = ReadRuleList(pointer, name, value); break;
                case "Not":
                    if (value.IsObject) not = ReadRule(value, Field(pointer, name));
                    else WrongType(pointer, name, value, "a Choice rule object");
                    break;
                case "Condition": condition = JsonValues.ToAslJson(value); break;
                case "Assign": assign = JsonValues.ToAslJson(value); break;
                case "Output": output = JsonValues.ToAslJson(value); break;
                default:
                    if (Operators.TryGetValue(name, out var op)) comparisons.Add(new Comparison(op, JsonValues.ToAslJson(value)));
                    else Report(AslRules.UnknownChoiceOperator, Field(pointer, name), name);
                    break;
            }
        }
        return new ChoiceRule
        {
            Next = next,
            Comment = comment,
            Variable = variable,
            Comparisons = EquatableArray<Comparison>.UnsafeWrap(comparisons.ToArray()),
            And = and,
            Or = or,
            Not = not,
            Condition = condition,
            Assign = assign,
            Output = output,
        };
    }

    private EquatableArray<ChoiceRule>? ReadRuleList(LazyPointer pointer, string name, JsonNode value)
    {
        if (!value.IsArray)
        {
            WrongType(pointer, name, value, "an array of Choice rule objects");
            return null;
        }
        var listPointer = Written(Field(pointer, name));
        var rules = new List<ChoiceRule>(value.ItemCount);
        for (var i = 0; i < value.ItemCount; i++)
        {
            var item = value.Item(i);
            if (item.IsObject) rules.Add(ReadRule(item, Item(listPointer, i)));
            else Report(AslRules.WrongJsonType, Item(listPointer, i), JsonValues.Index(i), JsonValues.Describe(item), "a Choice rule object");
        }
        return EquatableArray<ChoiceRule>.UnsafeWrap(rules.ToArray());
    }

    private string? StringValue(LazyPointer pointer, string name, JsonNode value)
    {
        if (value.IsString) return value.Text;
        WrongType(pointer, name, value, "a string");
        return null;
    }

    private static Dictionary<string, ComparisonOperator> BuildOperators()
    {
        var operators = new Dictionary<string, ComparisonOperator>(StringComparer.Ordinal);
#if NET
        foreach (var op in Enum.GetValues<ComparisonOperator>()) operators.Add(op.ToString(), op);
#else
        foreach (var op in (ComparisonOperator[])Enum.GetValues(typeof(ComparisonOperator))) operators.Add(op.ToString(), op); // the generator's netstandard2.0
#endif
        return operators;
    }
}
