using Asl.Model;

namespace Asl.Validation;

/// <summary>The operand families of Choice comparison operators (M01–M05).</summary>
internal enum ComparisonFamily
{
    String,
    Numeric,
    Boolean,
    Timestamp,
    TypeTest,
}

/// <summary>Facts about <see cref="ComparisonOperator"/> values.</summary>
internal static class ComparisonOperators
{
    /// <summary>The operator as written in ASL.</summary>
    public static string Name(ComparisonOperator op) => op.ToString();

    /// <summary>True for the operators whose operand is a path (<c>StringEqualsPath</c>, ...).</summary>
    public static bool TakesPath(ComparisonOperator op) => Name(op).EndsWith("Path", System.StringComparison.Ordinal);

    /// <summary>The literal form of a <c>*Path</c> operator (<c>NumericEqualsPath</c> → <c>NumericEquals</c>).</summary>
    public static string LiteralForm(ComparisonOperator op)
    {
        var name = Name(op);
        return TakesPath(op) ? name.Substring(0, name.Length - "Path".Length) : name;
    }

    /// <summary>True when the operator has a <c>*Path</c> form (every operator but StringMatches and the type tests).</summary>
    public static bool HasPathForm(ComparisonOperator op) => op != ComparisonOperator.StringMatches && Family(op) != ComparisonFamily.TypeTest;

    public static ComparisonFamily Family(ComparisonOperator op)
    {
        var name = Name(op);
        if (name.StartsWith("String", System.StringComparison.Ordinal)) return ComparisonFamily.String;
        if (name.StartsWith("Numeric", System.StringComparison.Ordinal)) return ComparisonFamily.Numeric;
        if (name.StartsWith("Boolean", System.StringComparison.Ordinal)) return ComparisonFamily.Boolean;
        if (name.StartsWith("Timestamp", System.StringComparison.Ordinal)) return ComparisonFamily.Timestamp;
        return ComparisonFamily.TypeTest;
    }
}
