using Asl.Json;

namespace Asl.Paths;

/// <summary>
/// The condition of a filter selector (<c>[?(@.price &lt; 10 &amp;&amp; !@.soldOut)]</c>). The subtypes are the
/// complete set. Comparison operands are always <see cref="FilterLiteral"/> or <see cref="FilterQuery"/>.
/// </summary>
public abstract record FilterExpression
{
    private protected FilterExpression() { }
}

/// <summary>A JSON literal: a number, a string (single or double quoted), <c>true</c>, <c>false</c> or <c>null</c>.</summary>
/// <param name="Value">The value.</param>
public sealed record FilterLiteral(AslJson Value) : FilterExpression;

/// <summary>
/// A path inside a filter: relative to the node under test (<c>@.price</c>, root <see cref="PathRoot.Current"/>)
/// or absolute (<c>$.limit</c>, <c>$$.Execution.Id</c>, <c>$var</c>). Standing alone as a condition it tests
/// that the path selects something (<c>[?(@.isbn)]</c>).
/// </summary>
/// <param name="Path">The path.</param>
public sealed record FilterQuery(JsonPath Path) : FilterExpression;

/// <summary>A comparison of two operands (<c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>).</summary>
/// <param name="Left">The left operand.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Right">The right operand.</param>
public sealed record FilterComparison(FilterExpression Left, FilterComparisonOperator Operator, FilterExpression Right) : FilterExpression;

/// <summary>Both (<c>&amp;&amp;</c>) or either (<c>||</c>) of two conditions.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left condition.</param>
/// <param name="Right">The right condition.</param>
public sealed record FilterLogical(FilterLogicalOperator Operator, FilterExpression Left, FilterExpression Right) : FilterExpression;

/// <summary>The negation of a condition (<c>!</c>).</summary>
/// <param name="Operand">The negated condition.</param>
public sealed record FilterNot(FilterExpression Operand) : FilterExpression;

/// <summary>Comparison operators of filter expressions.</summary>
public enum FilterComparisonOperator
{
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    LessThan,
    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,
    /// <summary><c>&gt;</c></summary>
    GreaterThan,
    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,
}

/// <summary>Logical operators of filter expressions.</summary>
public enum FilterLogicalOperator
{
    /// <summary><c>&amp;&amp;</c> (binds tighter than <c>||</c>)</summary>
    And,
    /// <summary><c>||</c></summary>
    Or,
}
