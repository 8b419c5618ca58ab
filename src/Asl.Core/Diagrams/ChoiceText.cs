using System.Text;
using Asl.Json;
using Asl.Model;

namespace Asl.Diagrams;

/// <summary>
/// Writes a Choice rule as a short condition a reader takes in at a glance: <c>$.total &gt; 100</c>,
/// <c>$.status == "done"</c>, <c>$.tags is present</c>, <c>$.a &gt; 1 and not ($.b == true)</c>; a JSONata
/// condition as its expression without the <c>{% %}</c> delimiters.
/// </summary>
internal static class ChoiceText
{
    /// <summary>The longest label, in characters; longer conditions end in "…".</summary>
    public const int MaxLength = 60;

    public static string Describe(ChoiceRule rule) => Shorten(Condition(rule, nested: false));

    /// <summary><paramref name="text"/> on one line, cut at <see cref="MaxLength"/> characters.</summary>
    public static string Shorten(string text, int maxLength = MaxLength)
    {
        var line = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = line.Length > 0;
                continue;
            }
            if (space) line.Append(' ');
            space = false;
            line.Append(c);
        }
        if (line.Length <= maxLength) return line.ToString();
        var cut = maxLength - 1;
        if (char.IsHighSurrogate(line[cut - 1])) cut--;
        return line.ToString(0, cut).TrimEnd() + "…";
    }

    private static string Condition(ChoiceRule rule, bool nested)
    {
        if (rule.Condition is { } condition) return JsonAtaCondition(condition);
        if (rule.Not is { } not) return "not (" + Condition(not, nested: false) + ")";
        if (rule.And is { } and) return Join(and, " and ", nested);
        if (rule.Or is { } or) return Join(or, " or ", nested);
        if (rule.Comparisons.Count > 0) return Comparison(rule.Variable ?? "$", rule.Comparisons[0]);
        return rule.Variable ?? "?";
    }

    private static string Join(Collections.EquatableArray<ChoiceRule> rules, string separator, bool nested)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rules.Count; i++)
        {
            if (i > 0) text.Append(separator);
            text.Append(Condition(rules[i], nested: true));
        }
        return nested && rules.Count > 1 ? "(" + text + ")" : text.ToString();
    }

    private static string JsonAtaCondition(AslJson condition)
    {
        if (condition is not AslJsonString { Value: var text }) return Literal(condition);
        var trimmed = text.Trim();
        if (trimmed.StartsWith("{%", System.StringComparison.Ordinal) && trimmed.EndsWith("%}", System.StringComparison.Ordinal) && trimmed.Length >= 4)
            return trimmed.Substring(2, trimmed.Length - 4).Trim();
        return text;
    }

    private static string Comparison(string variable, Comparison comparison)
    {
        var op = comparison.Operator;
        var operand = comparison.Operand;
        switch (op)
        {
            case ComparisonOperator.IsNull: return Test(variable, operand, "null");
            case ComparisonOperator.IsPresent: return Test(variable, operand, "present");
            case ComparisonOperator.IsNumeric: return Test(variable, operand, "numeric");
            case ComparisonOperator.IsString: return Test(variable, operand, "a string");
            case ComparisonOperator.IsBoolean: return Test(variable, operand, "a boolean");
            case ComparisonOperator.IsTimestamp: return Test(variable, operand, "a timestamp");
            case ComparisonOperator.StringMatches: return variable + " matches " + Literal(operand);
        }
        var name = op.ToString();
        var isPath = name.EndsWith("Path", System.StringComparison.Ordinal);
        if (isPath) name = name.Substring(0, name.Length - 4);
        var symbol = name.EndsWith("GreaterThanEquals", System.StringComparison.Ordinal) ? ">="
            : name.EndsWith("LessThanEquals", System.StringComparison.Ordinal) ? "<="
            : name.EndsWith("GreaterThan", System.StringComparison.Ordinal) ? ">"
            : name.EndsWith("LessThan", System.StringComparison.Ordinal) ? "<"
            : "==";
        var value = isPath && operand is AslJsonString path ? path.Value : Literal(operand);
        return variable + " " + symbol + " " + value;
    }

    private static string Test(string variable, AslJson operand, string what) =>
        variable + (operand is AslJsonBool { Value: false } ? " is not " : " is ") + what;

    /// <summary>A JSON value as it reads in a condition: strings in double quotes, other values as JSON.</summary>
    private static string Literal(AslJson value) => value switch
    {
        AslJsonString text => "\"" + text.Value + "\"",
        AslJsonNumber number => number.Raw,
        AslJsonBool boolean => boolean.Value ? "true" : "false",
        AslJsonNull => "null",
        _ => Writing.AslWriter.WriteValue(value),
    };
}
