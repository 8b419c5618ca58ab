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

/// <summary>
/// Facts about <see cref="ComparisonOperator"/> values, worked out once per operator: every Choice rule of every
/// validation asks, and deriving them from the name each time boxed the value and cut strings.
/// </summary>
internal static class ComparisonOperators
{
    private static readonly string[] Names = System.Enum.GetNames(typeof(ComparisonOperator));
    private static readonly string[] LiteralForms = new string[Names.Length];
    private static readonly ComparisonFamily[] Families = new ComparisonFamily[Names.Length];

    static ComparisonOperators()
    {
        // The enum's values are 0, 1, 2, ... in declaration order, as GetNames lists them.
        for (var i = 0; i < Names.Length; i++)
        {
            var name = Names[i];
            LiteralForms[i] = name.EndsWith("Path", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Path".Length) : name;
            Families[i] =
                name.StartsWith("String", System.StringComparison.Ordinal) ? ComparisonFamily.String
                : name.StartsWith("Numeric", System.StringComparison.Ordinal) ? ComparisonFamily.Numeric
                : name.StartsWith("Boolean", System.StringComparison.Ordinal) ? ComparisonFamily.Boolean
                : name.StartsWith("Timestamp", System.StringComparison.Ordinal) ? ComparisonFamily.Timestamp
                : ComparisonFamily.TypeTest;
        }
    }

    /// <summary>The operator as written in ASL.</summary>
    public static string Name(ComparisonOperator op) => Names[(int)op];

    /// <summary>True for the operators whose operand is a path (<c>StringEqualsPath</c>, ...).</summary>
    public static bool TakesPath(ComparisonOperator op) => !ReferenceEquals(LiteralForms[(int)op], Names[(int)op]);

    /// <summary>The literal form of a <c>*Path</c> operator (<c>NumericEqualsPath</c> → <c>NumericEquals</c>).</summary>
    public static string LiteralForm(ComparisonOperator op) => LiteralForms[(int)op];

    /// <summary>True when the operator has a <c>*Path</c> form (every operator but StringMatches and the type tests).</summary>
    public static bool HasPathForm(ComparisonOperator op) => op != ComparisonOperator.StringMatches && Family(op) != ComparisonFamily.TypeTest;

    public static ComparisonFamily Family(ComparisonOperator op) => Families[(int)op];
}
