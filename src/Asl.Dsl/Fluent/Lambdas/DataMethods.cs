using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Asl;

/// <summary>What both readers share: the members and LINQ operators data lambdas translate, JSON kinds, constants.</summary>
internal static class DataMethods
{
    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
    {
        "ToUpper", "ToUpperInvariant", "ToLower", "ToLowerInvariant", "Trim", "Contains", "StartsWith", "EndsWith", "Substring", "ToString",
    };

    private static readonly HashSet<string> LinqMethods = new(StringComparer.Ordinal)
    {
        "Select", "Where", "Sum", "Count", "Min", "Max", "Average", "Any", "All", "First", "Contains",
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "Distinct", "Reverse", "Concat",
    };

    /// <summary>The text of the one string comparer the sorting operators take: JSONata compares strings by UTF-16 code unit.</summary>
    public const string OrdinalComparer = "StringComparer.Ordinal";

    /// <summary>A System.Math function data lambdas translate, with its number of arguments.</summary>
    public static bool IsMath(string name, int arguments) => name switch
    {
        "Floor" or "Ceiling" or "Abs" => arguments == 1,
        "Round" => arguments is 1 or 2,
        "Max" or "Min" => arguments == 2,
        _ => false,
    };

    /// <summary>A LINQ operator (System.Linq.Enumerable) data lambdas translate.</summary>
    public static bool IsLinq(string name) => LinqMethods.Contains(name);

    /// <summary>An instance method data lambdas translate: string members with one overload's worth of arguments, and ToString().</summary>
    public static bool IsInstanceCall(string name, Type type, int arguments) =>
        name == "ToString" ? arguments == 0 : type == typeof(string) && StringMethods.Contains(name) && IsStringArity(name, arguments);

    /// <summary>Same, by the names the compiler gives (the generator has no CLR types of the user's).</summary>
    public static bool IsInstanceCall(string name, bool onString, int arguments) =>
        name == "ToString" ? arguments == 0 : onString && StringMethods.Contains(name) && IsStringArity(name, arguments);

    private static bool IsStringArity(string name, int arguments) => name switch
    {
        "Contains" or "StartsWith" or "EndsWith" => arguments == 1,
        "Substring" => arguments is 1 or 2,
        _ => arguments == 0,
    };

    /// <summary>A property that is a computation: a string's or array's <c>Length</c>, a collection's <c>Count</c>.</summary>
    public static bool IsMemberCall(string name, Type owner) =>
        name == "Length" && (owner == typeof(string) || owner.IsArray) || name == "Count" && typeof(ICollection).IsAssignableFrom(owner);

    /// <summary>
    /// The member a typed accessor of the context object reads: <c>ContextExecution.Input&lt;T&gt;()</c> is
    /// <c>Execution.Input</c>, <c>ContextMapItem.Value&lt;T&gt;()</c> is <c>Map.Item.Value</c>; null for any other method.
    /// </summary>
    public static string? ContextAccessor(string declaringType, string method, int arguments) => (declaringType, method, arguments) switch
    {
        ("Asl.ContextExecution", "Input", 0) => "Input",
        ("Asl.ContextMapItem", "Value", 0) => "Value",
        _ => null,
    };

    /// <summary>
    /// The name of a member a lambda reads or sets: its <c>[JsonPropertyName]</c> as it is; a member of the context object
    /// (whose names are the context's fields) as it is; any other member by its C# name, which the naming policy converts.
    /// </summary>
    public static DataName MemberName(string declaringType, string name, string? jsonPropertyName) =>
        jsonPropertyName is not null ? DataName.Exact(jsonPropertyName)
        : declaringType == "Asl.Ctx" || declaringType.StartsWith("Asl.Ctx`", StringComparison.Ordinal) || declaringType.StartsWith("Asl.Ctx<", StringComparison.Ordinal)
            || declaringType.StartsWith("Asl.Context", StringComparison.Ordinal) ? DataName.Exact(name)
        : DataName.Member(name);

    /// <summary>True for the members that hold the input or item when a lambda runs as C#, which are not context fields.</summary>
    public static bool IsContextHolder(string declaringType, string member) =>
        declaringType == "Asl.ContextExecution" && member == "InputValue" || declaringType == "Asl.ContextMapItem" && member == "ValueObject";

    /// <summary>Why a context holder cannot be read.</summary>
    public const string ContextHolderAdvice = "it holds the value for running the lambda as C#; read the context field with Input<T>() or Value<T>()";

    /// <summary>The JSON kind of a CLR type.</summary>
    public static DataKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(char) || type.IsEnum) return DataKind.String;
        if (type == typeof(bool)) return DataKind.Boolean;
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return DataKind.Real;
        if (type.IsPrimitive && type != typeof(IntPtr) && type != typeof(UIntPtr)) return DataKind.Integer;
        return typeof(IEnumerable).IsAssignableFrom(type) ? DataKind.Array : DataKind.Other;
    }

    /// <summary>A constant as the writers take it: integers as long, float as double, enums and chars as text.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null or string or bool or double or decimal or long => value,
        IEvaluatedValue evaluated => Normalize(evaluated.PayloadValue),
        Enum e => e.ToString(),
        char c => c.ToString(),
        float f => (double)f,
        ulong u => (decimal)u,
        IConvertible number when value.GetType().IsPrimitive => number.ToInt64(CultureInfo.InvariantCulture),
        _ => throw new WorkflowDefinitionException($"The value {value} of type {value.GetType().Name} has no JSON form in a data lambda; use a string, number or bool."),
    };

    /// <summary>The C# name of the state input type as a lambda declares it (for the input-type check).</summary>
    public static string TypeName(Type type) => type.FullName?.Replace('+', '.') ?? type.Name;

    /// <summary>The literal text and argument index of each placeholder of a composite format (<c>"a {0} b"</c>); -1 after the last text.</summary>
    public static IEnumerable<(string Literal, int Index)> SplitFormat(string format, string text)
    {
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }
            if (c == '}') throw DataLambdaErrors.Untranslatable(new DataConstant(null, DataKind.Other, text, null), "the format is not valid");
            if (c != '{')
            {
                literal.Append(c);
                continue;
            }
            var end = format.IndexOf('}', i);
            var hole = end < 0 ? "" : format.Substring(i + 1, end - i - 1);
            if (!int.TryParse(hole, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                throw DataLambdaErrors.Untranslatable(new DataConstant(null, DataKind.Other, text, null), "an interpolation hole has an alignment or a format ('" + hole + "'), which ASL cannot apply");
            yield return (literal.ToString(), index);
            literal.Clear();
            i = end;
        }
        yield return (literal.ToString(), -1);
    }

    /// <summary>A member of a value: a longer path, or a path from a computed value.</summary>
    public static DataPath Member(DataExpression owner, DataName name, DataKind kind, string text, object? origin) => owner is DataPath { Source: null } path
        ? new DataPath(path.Parameter, path.Segments.Concat(new[] { name }).ToArray(), kind, text, origin)
        : new DataPath("", new[] { name }, kind, text, origin, owner);

    /// <summary>Parts of a text joined left to right with <see cref="DataOperator.Concat"/>.</summary>
    public static DataExpression JoinConcat(IReadOnlyList<DataExpression> parts, string text, object? origin)
    {
        if (parts.Count == 0) return new DataConstant("", DataKind.String, text, origin);
        var joined = parts[0];
        for (var i = 1; i < parts.Count; i++) joined = new DataBinary(DataOperator.Concat, joined, parts[i], DataKind.String, i == parts.Count - 1 ? text : joined.Text, i == parts.Count - 1 ? origin : null);
        return joined.Kind == DataKind.String ? joined : new DataBinary(DataOperator.Concat, new DataConstant("", DataKind.String, "", null), joined, DataKind.String, text, origin);
    }
}
