using Asl.Json;
using Asl.Local.Json;
using Asl.Paths;

namespace Asl.Local.Paths;

/// <summary>Evaluates the condition of a filter selector for one candidate node.</summary>
internal static class FilterEvaluator
{
    public static bool Test(FilterExpression expression, AslJson current, IPathScope scope)
    {
        switch (expression)
        {
            case FilterLogical logical:
                return logical.Operator == FilterLogicalOperator.And
                    ? Test(logical.Left, current, scope) && Test(logical.Right, current, scope)
                    : Test(logical.Left, current, scope) || Test(logical.Right, current, scope);
            case FilterNot not:
                return !Test(not.Operand, current, scope);
            case FilterQuery query:
                return Resolve(query, current, scope, out var found) && IsPresent(found, query);
            case FilterLiteral literal:
                return literal.Value is AslJsonBool { Value: true };
            case FilterComparison comparison:
                if (!Resolve(comparison.Left, current, scope, out var left)) return comparison.Operator == FilterComparisonOperator.NotEqual;
                if (!Resolve(comparison.Right, current, scope, out var right)) return comparison.Operator == FilterComparisonOperator.NotEqual;
                return Compare(left, comparison.Operator, right);
            default:
                return false;
        }
    }

    private static bool IsPresent(AslJson value, FilterQuery query)
        => PathEvaluator.IsDefinite(query.Path) || value is not AslJsonArray { Items.Count: 0 };

    private static bool Resolve(FilterExpression operand, AslJson current, IPathScope scope, out AslJson value)
    {
        switch (operand)
        {
            case FilterLiteral literal:
                value = literal.Value;
                return true;
            case FilterQuery query:
                return PathEvaluator.TryEvaluate(query.Path, scope, current, out value, out _);
            default:
                value = AslJson.Null;
                return false;
        }
    }

    private static bool Compare(AslJson left, FilterComparisonOperator op, AslJson right)
    {
        if (op is FilterComparisonOperator.Equal) return JsonValues.DeepEquals(left, right);
        if (op is FilterComparisonOperator.NotEqual) return !JsonValues.DeepEquals(left, right);
        int order;
        if (left is AslJsonNumber ln && right is AslJsonNumber rn) order = NumberOrder.Compare(ln, rn);
        else if (left is AslJsonString ls && right is AslJsonString rs) order = string.CompareOrdinal(ls.Value, rs.Value);
        else return false;
        return op switch
        {
            FilterComparisonOperator.LessThan => order < 0,
            FilterComparisonOperator.LessThanOrEqual => order <= 0,
            FilterComparisonOperator.GreaterThan => order > 0,
            _ => order >= 0,
        };
    }
}
