using System.Linq;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>
/// Choice conditions. JSONPath data tests compare the value at a path with a literal or (the <c>*Path</c>
/// forms) with the value at another path; And / Or / Not combine them; <see cref="JsonAta"/> is a JSONata condition.
/// </summary>
public sealed class Condition
{
    private Condition(ChoiceRule rule) => Rule = rule;

    /// <summary>The rule, without Next.</summary>
    public ChoiceRule Rule { get; }

    /// <summary>All of <paramref name="conditions"/> hold.</summary>
    public static Condition And(params Condition[] conditions) => new(new ChoiceRule { And = conditions.Select(c => c.Rule).ToEquatableArray() });

    /// <summary>Any of <paramref name="conditions"/> holds.</summary>
    public static Condition Or(params Condition[] conditions) => new(new ChoiceRule { Or = conditions.Select(c => c.Rule).ToEquatableArray() });

    /// <summary><paramref name="condition"/> does not hold.</summary>
    public static Condition Not(Condition condition) => new(new ChoiceRule { Not = condition.Rule });

    /// <summary>JSONata: a <c>{% ... %}</c> expression that yields a boolean.</summary>
    public static Condition JsonAta(string expression) => new(new ChoiceRule { Condition = AslJson.Of(FixedText.Check(expression, "A JSONata condition")) });

    /// <summary>Any comparison by operator, for operators without a dedicated helper.</summary>
    public static Condition Compare(string variable, ComparisonOperator op, object? operand) =>
        new(new ChoiceRule { Variable = FixedText.Path(variable, "A condition's variable"), Comparisons = EquatableArray.Create(new Comparison(op, Operand(op, operand))) });

    private static AslJson Operand(ComparisonOperator op, object? operand)
    {
        if (operand is string text && DynamicValue.IsDynamic(text))
        {
            if (op.ToString().EndsWith("Path", System.StringComparison.Ordinal)) return AslJson.Of(FixedText.Path(text, "A *Path comparison")!);
            throw new WorkflowDefinitionException($"Condition.{op} compares with a fixed value, not with \"{DynamicText.Describe(text)}\". "
                + $"To compare with a value of the input, use Condition.{op}Path(variable, \"$.path\").");
        }
        return Payload.FromTemplate(operand);
    }

    /// <summary>StringEquals.</summary>
    public static Condition StringEquals(string variable, string value) => Compare(variable, ComparisonOperator.StringEquals, value);
    /// <summary>StringEqualsPath.</summary>
    public static Condition StringEqualsPath(string variable, string path) => Compare(variable, ComparisonOperator.StringEqualsPath, path);
    /// <summary>StringLessThan.</summary>
    public static Condition StringLessThan(string variable, string value) => Compare(variable, ComparisonOperator.StringLessThan, value);
    /// <summary>StringGreaterThan.</summary>
    public static Condition StringGreaterThan(string variable, string value) => Compare(variable, ComparisonOperator.StringGreaterThan, value);
    /// <summary>StringLessThanEquals.</summary>
    public static Condition StringLessThanEquals(string variable, string value) => Compare(variable, ComparisonOperator.StringLessThanEquals, value);
    /// <summary>StringGreaterThanEquals.</summary>
    public static Condition StringGreaterThanEquals(string variable, string value) => Compare(variable, ComparisonOperator.StringGreaterThanEquals, value);
    /// <summary>StringMatches (<c>*</c> is the wildcard; escape with <c>\</c>).</summary>
    public static Condition StringMatches(string variable, string pattern) => Compare(variable, ComparisonOperator.StringMatches, pattern);
    /// <summary>NumericEquals.</summary>
    public static Condition NumericEquals(string variable, double value) => Compare(variable, ComparisonOperator.NumericEquals, value);
    /// <summary>NumericEqualsPath.</summary>
    public static Condition NumericEqualsPath(string variable, string path) => Compare(variable, ComparisonOperator.NumericEqualsPath, path);
    /// <summary>NumericLessThan.</summary>
    public static Condition NumericLessThan(string variable, double value) => Compare(variable, ComparisonOperator.NumericLessThan, value);
    /// <summary>NumericGreaterThan.</summary>
    public static Condition NumericGreaterThan(string variable, double value) => Compare(variable, ComparisonOperator.NumericGreaterThan, value);
    /// <summary>NumericLessThanEquals.</summary>
    public static Condition NumericLessThanEquals(string variable, double value) => Compare(variable, ComparisonOperator.NumericLessThanEquals, value);
    /// <summary>NumericGreaterThanEquals.</summary>
    public static Condition NumericGreaterThanEquals(string variable, double value) => Compare(variable, ComparisonOperator.NumericGreaterThanEquals, value);
    /// <summary>BooleanEquals.</summary>
    public static Condition BooleanEquals(string variable, bool value) => Compare(variable, ComparisonOperator.BooleanEquals, value);
    /// <summary>BooleanEqualsPath.</summary>
    public static Condition BooleanEqualsPath(string variable, string path) => Compare(variable, ComparisonOperator.BooleanEqualsPath, path);
    /// <summary>TimestampEquals (RFC 3339).</summary>
    public static Condition TimestampEquals(string variable, string timestamp) => Compare(variable, ComparisonOperator.TimestampEquals, timestamp);
    /// <summary>TimestampLessThan (RFC 3339).</summary>
    public static Condition TimestampLessThan(string variable, string timestamp) => Compare(variable, ComparisonOperator.TimestampLessThan, timestamp);
    /// <summary>TimestampGreaterThan (RFC 3339).</summary>
    public static Condition TimestampGreaterThan(string variable, string timestamp) => Compare(variable, ComparisonOperator.TimestampGreaterThan, timestamp);
    /// <summary>IsNull.</summary>
    public static Condition IsNull(string variable, bool value = true) => Compare(variable, ComparisonOperator.IsNull, value);
    /// <summary>IsPresent.</summary>
    public static Condition IsPresent(string variable, bool value = true) => Compare(variable, ComparisonOperator.IsPresent, value);
    /// <summary>IsNumeric.</summary>
    public static Condition IsNumeric(string variable, bool value = true) => Compare(variable, ComparisonOperator.IsNumeric, value);
    /// <summary>IsString.</summary>
    public static Condition IsString(string variable, bool value = true) => Compare(variable, ComparisonOperator.IsString, value);
    /// <summary>IsBoolean.</summary>
    public static Condition IsBoolean(string variable, bool value = true) => Compare(variable, ComparisonOperator.IsBoolean, value);
    /// <summary>IsTimestamp.</summary>
    public static Condition IsTimestamp(string variable, bool value = true) => Compare(variable, ComparisonOperator.IsTimestamp, value);
}
