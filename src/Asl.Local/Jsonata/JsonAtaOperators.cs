using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Jsonata;

/// <summary>JSONata's binary operators and truthiness.</summary>
internal static class JsonAtaOperators
{
    public static AslJson? Apply(JsonAtaEvaluator evaluator, BinaryNode node, AslJson? context)
    {
        switch (node.Operator)
        {
            case "and":
                return AslJson.Of(IsTruthy(evaluator.Evaluate(node.Left, context)) && IsTruthy(evaluator.Evaluate(node.Right, context)));
            case "or":
                return AslJson.Of(IsTruthy(evaluator.Evaluate(node.Left, context)) || IsTruthy(evaluator.Evaluate(node.Right, context)));
        }

        var left = evaluator.Evaluate(node.Left, context);
        var right = evaluator.Evaluate(node.Right, context);
        switch (node.Operator)
        {
            case "&":
                return new AslJsonString(JsonAtaBuiltIns.ToText(left) + JsonAtaBuiltIns.ToText(right));
            case "=":
                return AslJson.Of(left is not null && right is not null && JsonValues.DeepEquals(left, right));
            case "!=":
                return AslJson.Of(left is not null && right is not null && !JsonValues.DeepEquals(left, right));
            case "in":
                if (left is null || right is null) return AslJsonBool.False;
                if (right is AslJsonArray array)
                {
                    foreach (var item in array.Items)
                        if (JsonValues.DeepEquals(item, left)) return AslJsonBool.True;
                    return AslJsonBool.False;
                }
                return AslJson.Of(JsonValues.DeepEquals(left, right));
            case "<" or "<=" or ">" or ">=":
                return Compare(evaluator, node, left, right);
            case "+" or "-" or "*" or "/" or "%":
                return Arithmetic(evaluator, node, left, right);
            default:
                throw evaluator.Error(node, "S0201", $"the operator '{node.Operator}' is not supported");
        }
    }

    private static AslJson? Compare(JsonAtaEvaluator evaluator, BinaryNode node, AslJson? left, AslJson? right)
    {
        if (left is null || right is null) return null;
        int order;
        if (left is AslJsonNumber ln && right is AslJsonNumber rn) order = ln.Value.CompareTo(rn.Value);
        else if (left is AslJsonString ls && right is AslJsonString rs) order = string.CompareOrdinal(ls.Value, rs.Value);
        else throw evaluator.Error(node, "T2010", $"the operator '{node.Operator}' compares two numbers or two strings, not {JsonValues.KindName(left)} and {JsonValues.KindName(right)}");
        return AslJson.Of(node.Operator switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        });
    }

    private static AslJson? Arithmetic(JsonAtaEvaluator evaluator, BinaryNode node, AslJson? left, AslJson? right)
    {
        if (left is not null and not AslJsonNumber)
            throw evaluator.Error(node, "T2001", $"the left side of the '{node.Operator}' operator must evaluate to a number");
        if (right is not null and not AslJsonNumber)
            throw evaluator.Error(node, "T2002", $"the right side of the '{node.Operator}' operator must evaluate to a number");
        if (left is null || right is null) return null;
        var a = ((AslJsonNumber)left).Value;
        var b = ((AslJsonNumber)right).Value;
        var result = node.Operator switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a / b,
            _ => a % b,
        };
        if (double.IsNaN(result) || double.IsInfinity(result))
            throw evaluator.Error(node, "D1001", "the result is not a finite number (division by zero?)");
        return JsonValues.Number(result);
    }

    /// <summary>JSONata's $boolean: false for no value, null, false, 0, "", empty arrays and objects.</summary>
    public static bool IsTruthy(AslJson? value) => value switch
    {
        null or AslJsonNull => false,
        AslJsonBool b => b.Value,
        AslJsonNumber n => n.Value != 0,
        AslJsonString s => s.Value.Length > 0,
        AslJsonArray a => a.Items.Any(IsTruthy),
        AslJsonObject o => o.Properties.Count > 0,
        _ => false,
    };
}
