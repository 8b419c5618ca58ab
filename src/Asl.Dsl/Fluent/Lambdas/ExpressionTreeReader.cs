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
    /// <summary>Reads a lambda whose first parameter is the state input and whose second, if any, the context object.</summary>
    /// <exception cref="WorkflowDefinitionException">Part of the lambda has no translation.</exception>
    public static DataLambda Read(LambdaExpression lambda)
    {
        var input = lambda.Parameters[0];
        var context = lambda.Parameters.Count > 1 ? lambda.Parameters[1].Name ?? "context" : null;
        return new DataLambda(input.Name ?? "input", DataMethods.TypeName(input.Type), Read(lambda.Body), null, context) { ResultType = DataMethods.TypeName(lambda.ReturnType) };
    }

    private static DataExpression Read(Expression node)
    {
        var text = node.ToString();
        var kind = DataMethods.KindOf(node.Type);
        if (!ReadsParameter(node) && node is not (NewExpression or MemberInitExpression)) return Constant(Expression.Lambda(node).Compile().DynamicInvoke(), node.Type, text);
        switch (node)
        {
            case ParameterExpression parameter:
                return new DataPath(parameter.Name ?? "", Array.Empty<DataName>(), kind, text, null);
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Quote } convert:
                return Read(convert.Operand);
            case UnaryExpression { NodeType: ExpressionType.ArrayLength } length:
                return new DataCall("Length", Read(length.Operand), Array.Empty<DataExpression>(), DataKind.Integer, text, null);
            case UnaryExpression { NodeType: ExpressionType.Not or ExpressionType.Negate or ExpressionType.NegateChecked } unary when unary.Method is null || unary.Method.DeclaringType == typeof(decimal):
                return new DataUnary(unary.NodeType == ExpressionType.Not ? DataOperator.Not : DataOperator.Negate, Read(unary.Operand), kind, text, null);
            case MemberExpression { Expression: { } owner } member:
                if (DataMethods.IsContextHolder(DataMethods.TypeName(member.Member.DeclaringType!), member.Member.Name))
                    throw Untranslatable(text, DataMethods.ContextHolderAdvice);
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
            return new DataCall(method.Name, Read(call.Arguments[0]), call.Arguments.Skip(1).Select(LinqArgument).ToArray(), kind, text, null);
        if (method.DeclaringType == typeof(Math) && DataMethods.IsMath(method.Name, call.Arguments.Count))
            return new DataCall("Math." + method.Name, Read(call.Arguments[0]), call.Arguments.Skip(1).Select(Read).ToArray(), kind, text, null);
        if (method.DeclaringType == typeof(string) && method.Name == "Join" && call.Arguments.Count == 2 && call.Arguments[1] is not NewArrayExpression)
            return new DataCall("Join", Read(call.Arguments[1]), new[] { Read(call.Arguments[0]) }, kind, text, null);
        if (call.Object is { } owner && DataMethods.ContextAccessor(DataMethods.TypeName(method.DeclaringType!), method.Name, call.Arguments.Count) is { } accessor)
            return DataMethods.Member(Read(owner), DataName.Exact(accessor), kind, text, null);
        if (call.Object is { } target && DataMethods.IsInstanceCall(method.Name, target.Type, call.Arguments.Count))
            return new DataCall(method.Name, Read(target), call.Arguments.Select(Read).ToArray(), kind, text, null);
        throw Untranslatable(text, $"'{method.DeclaringType?.Name}.{method.Name}' has no ASL form");
    }

    /// <summary>An argument of a LINQ operator; a string comparer must be <see cref="StringComparer.Ordinal"/>, JSONata's order.</summary>
    private static DataExpression LinqArgument(Expression argument)
    {
        if (!typeof(IComparer<string>).IsAssignableFrom(argument.Type)) return Read(argument);
        if (!ReadsParameter(argument) && ReferenceEquals(Expression.Lambda(argument).Compile().DynamicInvoke(), StringComparer.Ordinal))
            return new DataConstant(DataMethods.OrdinalComparer, DataKind.Other, argument.ToString(), null);
        throw Untranslatable(argument.ToString(), "JSONata orders strings by UTF-16 code unit, so the only comparer is StringComparer.Ordinal");
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
            members.RemoveAll(m => m.Name.Equals(JsonName(assignment.Member)));
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

    private static DataName JsonName(MemberInfo member)
    {
        string? explicitName = null;
        foreach (var attribute in member.GetCustomAttributes(true))
        {
            var type = attribute.GetType();
            if (type.Name == "JsonPropertyNameAttribute" && type.GetProperty("Name")?.GetValue(attribute) is string name) explicitName = name;
        }
        return DataMethods.MemberName(DataMethods.TypeName(member.DeclaringType!), member.Name, explicitName);
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
