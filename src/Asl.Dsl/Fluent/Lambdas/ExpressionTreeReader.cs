using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace Asl;

/// <summary>
/// Reads a C# lambda's expression tree into the intermediate form, at run time: member access on the parameters becomes
/// a path of JSON names, C# that does not read the parameters is evaluated once (a captured local, a constant), and
/// operators, string members, LINQ operators and object creations become their nodes. The source generator reads the
/// compiler's bound operations of the same lambda into the same form.
/// </summary>
internal static class ExpressionTreeReader
{
    /// <summary>Reads a lambda whose first parameter is the state input.</summary>
    /// <exception cref="WorkflowDefinitionException">Part of the lambda has no translation.</exception>
    public static DataLambda Read(LambdaExpression lambda)
    {
        var input = lambda.Parameters[0];
        return new DataLambda(input.Name ?? "input", DataMethods.TypeName(input.Type), Read(lambda.Body), null);
    }

    private static DataExpression Read(Expression node)
    {
        var text = node.ToString();
        var kind = DataMethods.KindOf(node.Type);
        if (!ReadsParameter(node) && node is not (NewExpression or MemberInitExpression)) return Constant(Expression.Lambda(node).Compile().DynamicInvoke(), node.Type, text);
        switch (node)
        {
            case ParameterExpression parameter:
                return new DataPath(parameter.Name ?? "", Array.Empty<string>(), kind, text, null);
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Quote } convert:
                return Read(convert.Operand);
            case UnaryExpression { NodeType: ExpressionType.ArrayLength } length:
                return new DataCall("Length", Read(length.Operand), Array.Empty<DataExpression>(), DataKind.Integer, text, null);
            case UnaryExpression { NodeType: ExpressionType.Not or ExpressionType.Negate or ExpressionType.NegateChecked } unary when unary.Method is null || unary.Method.DeclaringType == typeof(decimal):
                return new DataUnary(unary.NodeType == ExpressionType.Not ? DataOperator.Not : DataOperator.Negate, Read(unary.Operand), kind, text, null);
            case MemberExpression { Expression: { } owner } member:
                if (DataMethods.IsMemberCall(member.Member.Name, owner.Type))
                    return new DataCall(member.Member.Name, Read(owner), Array.Empty<DataExpression>(), kind, text, null);
                return DataMethods.Member(Read(owner), JsonName(member.Member), kind, text, null);
            case BinaryExpression binary when Operator(binary) is { } op:
                return new DataBinary(op, Read(binary.Left), Read(binary.Right), kind, text, null);
            case ConditionalExpression conditional:
                return new DataConditional(Read(conditional.Test), Read(conditional.IfTrue), Read(conditional.IfFalse), kind, text, null);
            case MethodCallExpression call:
                return Call(call, kind, text);
            case NewExpression creation:
                return Object(creation, Array.Empty<MemberBinding>(), text);
            case MemberInitExpression init:
                return Object(init.NewExpression, init.Bindings, text);
            case LambdaExpression function when function.Parameters.Count == 1:
                return new DataFunction(function.Parameters[0].Name ?? "", Read(function.Body), text, null);
            default:
                throw Untranslatable(text, "a data lambda reads members, and uses operators, ?:, ??, string members, LINQ operators and object creation");
        }
    }

    private static DataOperator? Operator(BinaryExpression binary) => binary.NodeType switch
    {
        ExpressionType.Add or ExpressionType.AddChecked => binary.Type == typeof(string) ? DataOperator.Concat : DataOperator.Add,
        ExpressionType.Subtract or ExpressionType.SubtractChecked => DataOperator.Subtract,
        ExpressionType.Multiply or ExpressionType.MultiplyChecked => DataOperator.Multiply,
        ExpressionType.Divide => DataOperator.Divide,
        ExpressionType.Modulo => DataOperator.Remainder,
        ExpressionType.Equal => DataOperator.Equal,
        ExpressionType.NotEqual => DataOperator.NotEqual,
        ExpressionType.LessThan => DataOperator.LessThan,
        ExpressionType.LessThanOrEqual => DataOperator.LessThanOrEqual,
        ExpressionType.GreaterThan => DataOperator.GreaterThan,
        ExpressionType.GreaterThanOrEqual => DataOperator.GreaterThanOrEqual,
        ExpressionType.AndAlso => DataOperator.And,
        ExpressionType.OrElse => DataOperator.Or,
        ExpressionType.Coalesce => DataOperator.Coalesce,
        _ => null,
    };

    private static DataExpression Call(MethodCallExpression call, DataKind kind, string text)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(string) && method.IsStatic && method.Name is "Concat" or "Format")
            return Concat(call, text);
        if (method.DeclaringType == typeof(Enumerable) && DataMethods.IsLinq(method.Name))
            return new DataCall(method.Name, Read(call.Arguments[0]), call.Arguments.Skip(1).Select(Read).ToArray(), kind, text, null);
        if (call.Object is { } target && DataMethods.IsInstanceCall(method.Name, target.Type, call.Arguments.Count))
            return new DataCall(method.Name, Read(target), call.Arguments.Select(Read).ToArray(), kind, text, null);
        throw Untranslatable(text, $"'{method.DeclaringType?.Name}.{method.Name}' has no ASL form");
    }

    /// <summary><c>a + b</c> on strings, <c>string.Concat</c> and an interpolated string (<c>string.Format</c> with a constant format).</summary>
    private static DataExpression Concat(MethodCallExpression call, string text)
    {
        var arguments = call.Arguments.Count == 1 && call.Arguments[0] is NewArrayExpression array ? array.Expressions.ToList() : call.Arguments.ToList();
        var parts = new List<DataExpression>();
        if (call.Method.Name == "Format")
        {
            if (arguments[0] is not ConstantExpression { Value: string format }) throw Untranslatable(text, "the format is not a constant");
            var values = arguments.Skip(1).ToList();
            if (values.Count == 1 && values[0] is NewArrayExpression items) values = items.Expressions.ToList();
            foreach (var (literal, index) in DataMethods.SplitFormat(format, text))
            {
                if (literal.Length > 0) parts.Add(new DataConstant(literal, DataKind.String, literal, null));
                if (index >= 0) parts.Add(Read(values[index]));
            }
        }
        else parts.AddRange(arguments.Select(Read));
        return DataMethods.JoinConcat(parts, text, null);
    }

    private static DataObject Object(NewExpression creation, IEnumerable<MemberBinding> bindings, string text)
    {
        var members = new List<DataMember>();
        var properties = creation.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var parameters = creation.Constructor?.GetParameters() ?? Array.Empty<ParameterInfo>();
        for (var i = 0; i < creation.Arguments.Count; i++)
        {
            MemberInfo? target = creation.Members?[i];
            target ??= properties.FirstOrDefault(p => string.Equals(p.Name, parameters[i].Name, StringComparison.OrdinalIgnoreCase))
                ?? throw Untranslatable(text, $"the constructor parameter '{parameters[i].Name}' sets no property of the same name, so its JSON name is unknown");
            members.Add(new DataMember(JsonName(target), Read(creation.Arguments[i])));
        }
        foreach (var binding in bindings)
        {
            if (binding is not MemberAssignment assignment) throw Untranslatable(text, "only member assignments initialise an object");
            members.RemoveAll(m => m.Name == JsonName(assignment.Member));
            members.Add(new DataMember(JsonName(assignment.Member), Read(assignment.Expression)));
        }
        return new DataObject(members, text, null);
    }

    private static DataConstant Constant(object? value, Type type, string text)
    {
        if (value is string s && DynamicValue.IsDynamic(s))
            throw Untranslatable(text, "a dynamic value (Input.At, Context.*) is a string of the DSL, not data; read the lambda's parameter instead");
        return new DataConstant(DataMethods.Normalize(value), DataMethods.KindOf(type), text, null);
    }

    private static bool ReadsParameter(Expression node)
    {
        var finder = new ParameterFinder();
        finder.Visit(node);
        return finder.Found;
    }

    private static string JsonName(MemberInfo member)
    {
        foreach (var attribute in member.GetCustomAttributes(true))
        {
            var type = attribute.GetType();
            if (type.Name == "JsonPropertyNameAttribute" && type.GetProperty("Name")?.GetValue(attribute) is string name) return name;
        }
        return member.Name;
    }

    private static WorkflowDefinitionException Untranslatable(string text, string reason) =>
        DataLambdaErrors.Untranslatable(new DataConstant(null, DataKind.Other, text, null), reason);

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found = true;
            return node;
        }
    }
}

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
    public static DataPath Member(DataExpression owner, string name, DataKind kind, string text, object? origin) => owner is DataPath { Source: null } path
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
