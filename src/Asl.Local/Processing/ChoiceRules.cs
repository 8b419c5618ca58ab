using System.Globalization;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Model;

namespace Asl.Local.Processing;

/// <summary>Evaluates JSONPath Choice rules: And/Or/Not and every comparison operator, with AWS's type rules.</summary>
internal static class ChoiceRules
{
    public static bool Matches(ChoiceRule rule, StateScope scope)
    {
        if (rule.And is { } all)
        {
            foreach (var inner in all)
                if (!Matches(inner, scope)) return false;
            return true;
        }
        if (rule.Or is { } any)
        {
            foreach (var inner in any)
                if (Matches(inner, scope)) return true;
            return false;
        }
        if (rule.Not is { } not) return !Matches(not, scope);
        if (rule.Variable is null || rule.Comparisons.Count == 0)
            throw StatesError.Runtime("A Choice rule needs And, Or, Not, or a Variable with one comparison operator.");

        var path = PathCache.GetPath(rule.Variable, "Variable");
        var found = PathEvaluator.TryEvaluate(path, scope, out var value, out var missingVariable);
        if (missingVariable is not null)
            throw StatesError.Runtime($"The Choice rule's Variable '{rule.Variable}' refers to the variable '${missingVariable}', which is not defined.");
        var comparison = rule.Comparisons[0];
        if (comparison.Operator == ComparisonOperator.IsPresent) return found == IsTrue(comparison.Operand, "IsPresent");
        if (!found) throw StatesError.Runtime($"Invalid path '{rule.Variable}': The choice state's condition path references an invalid value.");
        return Compare(value, comparison, scope);
    }

    private static bool Compare(AslJson value, Comparison comparison, StateScope scope)
    {
        var op = comparison.Operator;
        switch (op)
        {
            case ComparisonOperator.IsNull: return (value is AslJsonNull) == IsTrue(comparison.Operand, "IsNull");
            case ComparisonOperator.IsNumeric: return (value is AslJsonNumber) == IsTrue(comparison.Operand, "IsNumeric");
            case ComparisonOperator.IsString: return (value is AslJsonString) == IsTrue(comparison.Operand, "IsString");
            case ComparisonOperator.IsBoolean: return (value is AslJsonBool) == IsTrue(comparison.Operand, "IsBoolean");
            case ComparisonOperator.IsTimestamp: return (value is AslJsonString s && TryTimestamp(s.Value, out _)) == IsTrue(comparison.Operand, "IsTimestamp");
            case ComparisonOperator.StringMatches:
                return value is AslJsonString text && comparison.Operand is AslJsonString pattern && WildcardMatch(text.Value, pattern.Value);
        }

        var (family, relation, isPath) = Describe(op);
        var operand = isPath ? ResolvePath(comparison.Operand, op, scope) : comparison.Operand;
        switch (family)
        {
            case Family.String:
                if (value is not AslJsonString sv || operand is not AslJsonString so) return false;
                return Holds(relation, string.CompareOrdinal(sv.Value, so.Value));
            case Family.Numeric:
                if (value is not AslJsonNumber nv || operand is not AslJsonNumber no) return false;
                return Holds(relation, NumberOrder.Compare(nv, no));
            case Family.Boolean:
                return value is AslJsonBool bv && operand is AslJsonBool bo && bv.Value == bo.Value;
            default:
                if (value is not AslJsonString tv || operand is not AslJsonString to) return false;
                if (!TryTimestamp(tv.Value, out var left) || !TryTimestamp(to.Value, out var right)) return false;
                return Holds(relation, left.CompareTo(right));
        }
    }

    private enum Family { String, Numeric, Boolean, Timestamp }

    private enum Relation { Equal, Less, Greater, LessOrEqual, GreaterOrEqual }

    private static (Family Family, Relation Relation, bool IsPath) Describe(ComparisonOperator op) => op switch
    {
        ComparisonOperator.StringEquals => (Family.String, Relation.Equal, false),
        ComparisonOperator.StringEqualsPath => (Family.String, Relation.Equal, true),
        ComparisonOperator.StringLessThan => (Family.String, Relation.Less, false),
        ComparisonOperator.StringLessThanPath => (Family.String, Relation.Less, true),
        ComparisonOperator.StringGreaterThan => (Family.String, Relation.Greater, false),
        ComparisonOperator.StringGreaterThanPath => (Family.String, Relation.Greater, true),
        ComparisonOperator.StringLessThanEquals => (Family.String, Relation.LessOrEqual, false),
        ComparisonOperator.StringLessThanEqualsPath => (Family.String, Relation.LessOrEqual, true),
        ComparisonOperator.StringGreaterThanEquals => (Family.String, Relation.GreaterOrEqual, false),
        ComparisonOperator.StringGreaterThanEqualsPath => (Family.String, Relation.GreaterOrEqual, true),
        ComparisonOperator.NumericEquals => (Family.Numeric, Relation.Equal, false),
        ComparisonOperator.NumericEqualsPath => (Family.Numeric, Relation.Equal, true),
        ComparisonOperator.NumericLessThan => (Family.Numeric, Relation.Less, false),
        ComparisonOperator.NumericLessThanPath => (Family.Numeric, Relation.Less, true),
        ComparisonOperator.NumericGreaterThan => (Family.Numeric, Relation.Greater, false),
        ComparisonOperator.NumericGreaterThanPath => (Family.Numeric, Relation.Greater, true),
        ComparisonOperator.NumericLessThanEquals => (Family.Numeric, Relation.LessOrEqual, false),
        ComparisonOperator.NumericLessThanEqualsPath => (Family.Numeric, Relation.LessOrEqual, true),
        ComparisonOperator.NumericGreaterThanEquals => (Family.Numeric, Relation.GreaterOrEqual, false),
        ComparisonOperator.NumericGreaterThanEqualsPath => (Family.Numeric, Relation.GreaterOrEqual, true),
        ComparisonOperator.BooleanEquals => (Family.Boolean, Relation.Equal, false),
        ComparisonOperator.BooleanEqualsPath => (Family.Boolean, Relation.Equal, true),
        ComparisonOperator.TimestampEquals => (Family.Timestamp, Relation.Equal, false),
        ComparisonOperator.TimestampEqualsPath => (Family.Timestamp, Relation.Equal, true),
        ComparisonOperator.TimestampLessThan => (Family.Timestamp, Relation.Less, false),
        ComparisonOperator.TimestampLessThanPath => (Family.Timestamp, Relation.Less, true),
        ComparisonOperator.TimestampGreaterThan => (Family.Timestamp, Relation.Greater, false),
        ComparisonOperator.TimestampGreaterThanPath => (Family.Timestamp, Relation.Greater, true),
        ComparisonOperator.TimestampLessThanEquals => (Family.Timestamp, Relation.LessOrEqual, false),
        ComparisonOperator.TimestampLessThanEqualsPath => (Family.Timestamp, Relation.LessOrEqual, true),
        ComparisonOperator.TimestampGreaterThanEquals => (Family.Timestamp, Relation.GreaterOrEqual, false),
        _ => (Family.Timestamp, Relation.GreaterOrEqual, true),
    };

    private static bool Holds(Relation relation, int order) => relation switch
    {
        Relation.Equal => order == 0,
        Relation.Less => order < 0,
        Relation.Greater => order > 0,
        Relation.LessOrEqual => order <= 0,
        _ => order >= 0,
    };

    private static AslJson ResolvePath(AslJson operand, ComparisonOperator op, StateScope scope)
    {
        if (operand is not AslJsonString text)
            throw StatesError.Runtime($"The operand of {op} must be a path string, but it is {JsonValues.KindName(operand)}.");
        var path = PathCache.GetPath(text.Value, op.ToString());
        if (PathEvaluator.TryEvaluate(path, scope, out var value, out var missingVariable)) return value;
        if (missingVariable is not null)
            throw StatesError.Runtime($"The {op} path '{text.Value}' refers to the variable '${missingVariable}', which is not defined.");
        throw StatesError.Runtime($"Invalid path '{text.Value}': The choice state's condition path references an invalid value.");
    }

    private static bool IsTrue(AslJson operand, string op)
        => operand is AslJsonBool b ? b.Value : throw StatesError.Runtime($"The operand of {op} must be true or false.");

    /// <summary>An RFC 3339 timestamp (date, 'T', time, offset or 'Z').</summary>
    public static bool TryTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || (text[10] != 'T' && text[10] != 't')) return false;
        var last = text[^1];
        if (last is not ('Z' or 'z') && text[^6] is not ('+' or '-')) return false;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>StringMatches: '*' matches any run of characters; '\*' and '\\' are literal.</summary>
    public static bool WildcardMatch(string text, string pattern)
    {
        var tokens = new List<(bool Star, char Literal)>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\') tokens.Add((false, pattern[++i]));
            else tokens.Add((c == '*', c));
        }
        // Greedy matching with backtracking to the last star.
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < tokens.Count && !tokens[p].Star && tokens[p].Literal == text[t]) { t++; p++; }
            else if (p < tokens.Count && tokens[p].Star) { starP = p++; starT = t; }
            else if (starP >= 0) { p = starP + 1; t = ++starT; }
            else return false;
        }
        while (p < tokens.Count && tokens[p].Star) p++;
        return p == tokens.Count;
    }
}
