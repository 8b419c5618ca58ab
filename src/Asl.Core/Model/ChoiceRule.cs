using Asl.Collections;
using Asl.Json;

namespace Asl.Model;

/// <summary>
/// A Choice rule. At the top level of <c>Choices</c> it has <see cref="Next"/>; nested inside
/// And/Or/Not it must not. A JSONPath rule is either boolean (exactly one of And/Or/Not) or a data test
/// (<see cref="Variable"/> plus exactly one comparison); a JSONata rule has <see cref="Condition"/>.
/// </summary>
public sealed record ChoiceRule
{
    /// <summary>The state to go to when the rule matches (top-level rules only).</summary>
    public string? Next { get; init; }

    /// <summary>An optional description.</summary>
    public string? Comment { get; init; }

    /// <summary>JSONPath: the path whose value is tested.</summary>
    public string? Variable { get; init; }

    /// <summary>JSONPath: the comparisons (exactly one in a valid data-test rule).</summary>
    public EquatableArray<Comparison> Comparisons { get; init; }

    /// <summary>All of these rules must match.</summary>
    public EquatableArray<ChoiceRule>? And { get; init; }

    /// <summary>Any of these rules must match.</summary>
    public EquatableArray<ChoiceRule>? Or { get; init; }

    /// <summary>This rule must not match.</summary>
    public ChoiceRule? Not { get; init; }

    /// <summary>JSONata: a boolean or a JSONata string.</summary>
    public AslJson? Condition { get; init; }

    /// <summary>Variables to assign when this rule is chosen (top-level rules only).</summary>
    public AslJson? Assign { get; init; }

    /// <summary>JSONata: the output when this rule is chosen (top-level rules only).</summary>
    public AslJson? Output { get; init; }
}

/// <summary>One comparison of a data-test rule: the operator and its operand.</summary>
public sealed record Comparison(ComparisonOperator Operator, AslJson Operand);

/// <summary>Every JSONPath Choice comparison operator.</summary>
public enum ComparisonOperator
{
    /// <summary>StringEquals</summary>
    StringEquals,
    /// <summary>StringEqualsPath</summary>
    StringEqualsPath,
    /// <summary>StringLessThan</summary>
    StringLessThan,
    /// <summary>StringLessThanPath</summary>
    StringLessThanPath,
    /// <summary>StringGreaterThan</summary>
    StringGreaterThan,
    /// <summary>StringGreaterThanPath</summary>
    StringGreaterThanPath,
    /// <summary>StringLessThanEquals</summary>
    StringLessThanEquals,
    /// <summary>StringLessThanEqualsPath</summary>
    StringLessThanEqualsPath,
    /// <summary>StringGreaterThanEquals</summary>
    StringGreaterThanEquals,
    /// <summary>StringGreaterThanEqualsPath</summary>
    StringGreaterThanEqualsPath,
    /// <summary>StringMatches (<c>*</c> wildcard)</summary>
    StringMatches,
    /// <summary>NumericEquals</summary>
    NumericEquals,
    /// <summary>NumericEqualsPath</summary>
    NumericEqualsPath,
    /// <summary>NumericLessThan</summary>
    NumericLessThan,
    /// <summary>NumericLessThanPath</summary>
    NumericLessThanPath,
    /// <summary>NumericGreaterThan</summary>
    NumericGreaterThan,
    /// <summary>NumericGreaterThanPath</summary>
    NumericGreaterThanPath,
    /// <summary>NumericLessThanEquals</summary>
    NumericLessThanEquals,
    /// <summary>NumericLessThanEqualsPath</summary>
    NumericLessThanEqualsPath,
    /// <summary>NumericGreaterThanEquals</summary>
    NumericGreaterThanEquals,
    /// <summary>NumericGreaterThanEqualsPath</summary>
    NumericGreaterThanEqualsPath,
    /// <summary>BooleanEquals</summary>
    BooleanEquals,
    /// <summary>BooleanEqualsPath</summary>
    BooleanEqualsPath,
    /// <summary>TimestampEquals</summary>
    TimestampEquals,
    /// <summary>TimestampEqualsPath</summary>
    TimestampEqualsPath,
    /// <summary>TimestampLessThan</summary>
    TimestampLessThan,
    /// <summary>TimestampLessThanPath</summary>
    TimestampLessThanPath,
    /// <summary>TimestampGreaterThan</summary>
    TimestampGreaterThan,
    /// <summary>TimestampGreaterThanPath</summary>
    TimestampGreaterThanPath,
    /// <summary>TimestampLessThanEquals</summary>
    TimestampLessThanEquals,
    /// <summary>TimestampLessThanEqualsPath</summary>
    TimestampLessThanEqualsPath,
    /// <summary>TimestampGreaterThanEquals</summary>
    TimestampGreaterThanEquals,
    /// <summary>TimestampGreaterThanEqualsPath</summary>
    TimestampGreaterThanEqualsPath,
    /// <summary>IsNull</summary>
    IsNull,
    /// <summary>IsPresent</summary>
    IsPresent,
    /// <summary>IsNumeric</summary>
    IsNumeric,
    /// <summary>IsString</summary>
    IsString,
    /// <summary>IsBoolean</summary>
    IsBoolean,
    /// <summary>IsTimestamp</summary>
    IsTimestamp,
}
