using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Asl.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None);

    /// <summary>The name of a type as data lambdas and the machine's input type are compared at compile time.</summary>
    internal static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeNameFormat);

    /// <summary>The types named for the build (lambda parameters and results, StateInput, Result), by name, so the output check can read their members.</summary>
    private readonly Dictionary<string, ITypeSymbol> _named = new(StringComparer.Ordinal);

    /// <summary>Names a type for the build (<see cref="TypeName"/>) and remembers it.</summary>
    internal string Named(ITypeSymbol type)
    {
        var name = TypeName(type);
        _named[name] = type;
        return name;
    }

    /// <summary>A type named for the build, or null.</summary>
    internal ITypeSymbol? TypeNamed(string name) => _named.TryGetValue(name, out var type) ? type : null;

    /// <summary>The members of the named types, for the type flow between states (a member's type by its JSON name).</summary>
    internal DataTypes Types => new CompilationTypes(this);

    private sealed class CompilationTypes(Evaluator evaluator) : DataTypes
    {
        public override string? Member(string type, string jsonName)
        {
            for (var current = evaluator.TypeNamed(type); current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                foreach (var member in current.GetMembers())
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property && DataNameOf(property).Json == jsonName)
                        return evaluator.Named(property.Type);
            return null;
        }
    }

    /// <summary>A member's name in a data lambda: its [JsonPropertyName], else its C# name for the naming policy (see <see cref="DataMethods.MemberName"/>).</summary>
    internal static DataName DataNameOf(ISymbol member) =>
        DataMethods.MemberName(member.ContainingType.ToDisplayString(), member.Name, JsonPropertyName(member));

    private static bool IsExpressionTree(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Expression", Arity: 1 } named && named.ContainingNamespace.ToDisplayString() == "System.Linq.Expressions";

    /// <summary>
    /// A builder method with a data lambda (<c>Expression&lt;Func&lt;TInput, ...&gt;&gt;</c>): the lambda is read from its bound operations into
    /// the intermediate form the run-time overload reads from the expression tree, and the builder's internal overload
    /// that takes that form runs, so both write the same ASL.
    /// </summary>
    private object? InvokeWithLambdas(IInvocationOperation operation, object receiver)
    {
        var method = operation.TargetMethod;
        var values = new object?[method.Parameters.Length];
        var origins = new SourceOrigin?[method.Parameters.Length];
        foreach (var argument in operation.Arguments)
        {
            var ordinal = argument.Parameter?.Ordinal ?? throw new InvalidCodeException();
            values[ordinal] = IsExpressionTree(argument.Parameter.Type) ? ReadLambda(argument.Value) : Evaluate(argument.Value);
            if (argument.ArgumentKind == ArgumentKind.Explicit) origins[ordinal] = LocationOf(argument.Value);
        }
        var clr = receiver.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).FirstOrDefault(m =>
            m.Name == method.Name && !m.IsGenericMethodDefinition && m.GetParameters() is var parameters && parameters.Length == values.Length
            && parameters.Select((p, i) => IsExpressionTree(method.Parameters[i].Type) ? p.ParameterType == typeof(DataLambda)
                : p.ParameterType == ClrType(method.Parameters[i].Type, erase: false)).All(match => match))
            ?? throw Unsupported(operation, "The Asl method " + method.ToDisplayString(), "report this with the workflow that uses it");
        var origin = OriginOf(operation, method, origins, values);
        var parametersOf = ParametersOf(clr);
        var converted = values.Select((v, i) => v is DataLambda ? v : ToClr(v, parametersOf[i].ParameterType, operation)).ToArray();
        var result = InvokeBuilder(operation, origin, () => clr.Invoke(receiver, converted));
        if (method.Name == "Input" && receiver is StartExecutionBuilder builder && _children.TryGetValue(receiver, out var child))
            CheckChildInput(operation, builder, child);
        if (result is not null && _children.TryGetValue(receiver, out var started)) _children[result] = started;
        return result;
    }

    /// <summary>The lambda of an argument, read into the intermediate form; its first parameter is the state input.</summary>
    private DataLambda ReadLambda(IOperation argument)
    {
        var lambda = UnwrapLambda(argument)
            ?? throw Fail(DiagnosticDescriptors.UntranslatableLambda, argument, $"'{Describe(argument.Syntax)}' is not a lambda written here; write the lambda in place ((Order o) => ...) so the build can read it");
        var scope = new HashSet<IParameterSymbol>(lambda.Symbol.Parameters, SymbolEqualityComparer.Default);
        var input = lambda.Symbol.Parameters[0];
        var context = lambda.Symbol.Parameters.Length > 1 ? lambda.Symbol.Parameters[1].Name : null;
        return new DataLambda(input.Name, Named(input.Type), ReadData(BodyOf(lambda), scope), new SourceOrigin(lambda.Syntax), context) { ResultType = Named(lambda.Symbol.ReturnType) };
    }

    private static IAnonymousFunctionOperation? UnwrapLambda(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IAnonymousFunctionOperation lambda: return lambda;
                case IConversionOperation conversion: operation = conversion.Operand; break;
                case IDelegateCreationOperation creation: operation = creation.Target; break;
                case IParenthesizedOperation parenthesized: operation = parenthesized.Operand; break;
                default: return null;
            }
        }
    }

    private IOperation BodyOf(IAnonymousFunctionOperation lambda)
    {
        if (lambda.Body.Operations is [IReturnOperation { ReturnedValue: { } value }]) return value;
        throw Fail(DiagnosticDescriptors.UntranslatableLambda, lambda.Body, "A data lambda is one expression ((Order o) => o.Total > 1000), not a block of statements");
    }

    /// <summary>Reads one sub-expression; C# that reads no parameter of the lambda is evaluated now, as the expression tree reader compiles and runs it.</summary>
    private DataExpression ReadData(IOperation operation, HashSet<IParameterSymbol> scope)
    {
        var kind = KindOf(operation.Type);
        var text = Describe(operation.Syntax);
        var origin = new SourceOrigin(operation.Syntax);
        if (!Reads(operation, scope) && operation is not (IAnonymousObjectCreationOperation or IObjectCreationOperation)) return new DataConstant(ConstantOf(operation), kind, text, origin);
        switch (operation)
        {
            case IConversionOperation conversion:
                return ReadData(conversion.Operand, scope);
            case IParenthesizedOperation parenthesized:
                return ReadData(parenthesized.Operand, scope);
            case IParameterReferenceOperation parameter:
                return new DataPath(parameter.Parameter.Name, Array.Empty<DataName>(), kind, text, origin);
            case IMemberReferenceOperation { Instance: { } owner } member when member is IPropertyReferenceOperation or IFieldReferenceOperation:
                if (DataMethods.IsContextHolder(member.Member.ContainingType.ToDisplayString(), member.Member.Name))
                    throw Untranslatable(operation, DataMethods.ContextHolderAdvice);
                if (IsComputedMember(member.Member.Name, owner.Type))
                    return new DataCall(member.Member.Name, ReadData(owner, scope), Array.Empty<DataExpression>(), kind, text, origin);
                return DataMethods.Member(ReadData(owner, scope), DataNameOf(member.Member), kind, text, origin);
            case IBinaryOperation binary when BinaryOperator(binary) is { } op:
                return new DataBinary(op, ReadData(binary.LeftOperand, scope), ReadData(binary.RightOperand, scope), kind, text, origin);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not or UnaryOperatorKind.Minus } unary when unary.OperatorMethod is null or { ContainingType.SpecialType: SpecialType.System_Decimal }:
                return new DataUnary(unary.OperatorKind == UnaryOperatorKind.Not ? DataOperator.Not : DataOperator.Negate, ReadData(unary.Operand, scope), kind, text, origin);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                return ReadData(plus.Operand, scope);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return new DataConditional(ReadData(conditional.Condition, scope), ReadData(conditional.WhenTrue, scope), ReadData(whenFalse, scope), kind, text, origin);
            case ICoalesceOperation coalesce:
                return new DataBinary(DataOperator.Coalesce, ReadData(coalesce.Value, scope), ReadData(coalesce.WhenNull, scope), kind, text, origin);
            case IInterpolatedStringOperation interpolated:
                var parts = new List<DataExpression>();
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text: var literal }) parts.Add(ReadData(literal, scope));
                    else if (part is IInterpolationOperation { Alignment: null, FormatString: null } hole) parts.Add(ReadData(hole.Expression, scope));
                    else throw Untranslatable(part, "an interpolation hole with an alignment or a format has no ASL form");
                }
                return DataMethods.JoinConcat(parts, text, origin);
            case IInvocationOperation invocation:
                return ReadCall(invocation, scope, kind, text, origin);
            case IAnonymousObjectCreationOperation anonymous:
                return new DataObject(anonymous.Initializers.Select(i => i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    ? new DataMember(DataNameOf(property.Property), ReadData(assignment.Value, scope))
                    : throw Untranslatable(i, "an anonymous object member must be a property")).ToList(), text, origin);
            case IObjectCreationOperation creation:
                return ReadObject(creation, scope, text, origin);
            default:
                throw Untranslatable(operation, "a data lambda reads members, and uses operators, ?:, ??, string members, LINQ operators and object creation");
        }
    }

    /// <summary>A lambda given to a LINQ operator: its parameter joins the scope while its body is read.</summary>
    private DataFunction ReadFunction(IAnonymousFunctionOperation function, HashSet<IParameterSymbol> scope)
    {
        if (function.Symbol.Parameters.Length != 1) throw Untranslatable(function, "a LINQ lambda with an index parameter has no ASL form");
        var inner = new HashSet<IParameterSymbol>(scope, SymbolEqualityComparer.Default) { function.Symbol.Parameters[0] };
        return new DataFunction(function.Symbol.Parameters[0].Name, ReadData(BodyOf(function), inner), Describe(function.Syntax), new SourceOrigin(function.Syntax));
    }

    private DataExpression ReadCall(IInvocationOperation invocation, HashSet<IParameterSymbol> scope, DataKind kind, string text, SourceOrigin origin)
    {
        var method = invocation.TargetMethod;
        var definition = method.ReducedFrom ?? method;
        if (definition.ContainingType.ToDisplayString() == "System.Linq.Enumerable" && DataMethods.IsLinq(method.Name))
        {
            var operands = invocation.Instance is { } receiver ? new[] { receiver }.Concat(invocation.Arguments.Select(a => a.Value)) : invocation.Arguments.Select(a => a.Value);
            var list = operands.Select(o => UnwrapLambda(o) is { } function ? ReadFunction(function, scope) : IsComparer(o) ? ReadComparer(o) : ReadData(o, scope)).ToList();
            return new DataCall(method.Name, list[0], list.Skip(1).ToArray(), kind, text, origin);
        }
        if (method.ContainingType.ToDisplayString() == "System.Math" && DataMethods.IsMath(method.Name, invocation.Arguments.Length))
            return new DataCall("Math." + method.Name, ReadData(invocation.Arguments[0].Value, scope), invocation.Arguments.Skip(1).Select(a => ReadData(a.Value, scope)).ToArray(), kind, text, origin);
        if (method.ContainingType.SpecialType == SpecialType.System_String && method.IsStatic && method.Name == "Join" && invocation.Arguments.Length == 2
            && invocation.Arguments[1].ArgumentKind != ArgumentKind.ParamArray)
            return new DataCall("Join", ReadData(invocation.Arguments[1].Value, scope), new[] { ReadData(invocation.Arguments[0].Value, scope) }, kind, text, origin);
        if (method.ContainingType.SpecialType == SpecialType.System_String && method.IsStatic && method.Name is "Concat")
            return DataMethods.JoinConcat(invocation.Arguments.SelectMany(a => a.Value is IArrayCreationOperation { Initializer: { } items } ? items.ElementValues : ImmutableArray.Create(a.Value))
                .Select(v => ReadData(v, scope)).ToList(), text, origin);
        if (!method.IsStatic && invocation.Instance is { } owner
            && DataMethods.ContextAccessor(method.ContainingType.ToDisplayString(), method.Name, invocation.Arguments.Length) is { } accessor)
            return DataMethods.Member(ReadData(owner, scope), DataName.Exact(accessor), kind, text, origin);
        if (!method.IsStatic && invocation.Instance is { } target
            && DataMethods.IsInstanceCall(method.Name, target.Type?.SpecialType == SpecialType.System_String, invocation.Arguments.Length))
            return new DataCall(method.Name, ReadData(target, scope), invocation.Arguments.Select(a => ReadData(a.Value, scope)).ToArray(), kind, text, origin);
        throw Untranslatable(invocation, $"'{method.ContainingType.Name}.{method.Name}' has no ASL form");
    }

    private static bool IsComparer(IOperation operation) =>
        operation.Type is { } type && (type.ToDisplayString() == "System.Collections.Generic.IComparer<string>" || type.AllInterfaces.Any(i => i.ToDisplayString() == "System.Collections.Generic.IComparer<string>"));

    /// <summary>A string comparer of a sorting operator: only StringComparer.Ordinal is JSONata's order.</summary>
    private DataExpression ReadComparer(IOperation operation)
    {
        var value = operation is IConversionOperation conversion ? conversion.Operand : operation;
        if (value is IPropertyReferenceOperation { Property: { Name: "Ordinal", IsStatic: true } property } && property.ContainingType.ToDisplayString() == "System.StringComparer")
            return new DataConstant(DataMethods.OrdinalComparer, DataKind.Other, Describe(operation.Syntax), new SourceOrigin(operation.Syntax));
        throw Untranslatable(operation, "JSONata orders strings by UTF-16 code unit, so the only comparer is StringComparer.Ordinal");
    }

    private DataObject ReadObject(IObjectCreationOperation creation, HashSet<IParameterSymbol> scope, string text, SourceOrigin origin)
    {
        var members = new List<DataMember>();
        var properties = creation.Type?.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic).ToList() ?? new List<IPropertySymbol>();
        foreach (var argument in creation.Arguments)
        {
            var parameter = argument.Parameter!;
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw Untranslatable(argument, $"the constructor parameter '{parameter.Name}' sets no property of the same name, so its JSON name is unknown");
            members.Add(new DataMember(DataNameOf(property), ReadData(argument.Value, scope)));
        }
        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
                throw Untranslatable(initializer, "only member assignments initialise an object");
            var name = DataNameOf(target.Member);
            members.RemoveAll(m => m.Name.Equals(name));
            members.Add(new DataMember(name, ReadData(assignment.Value, scope)));
        }
        return new DataObject(members, text, origin);
    }

    private static DataOperator? BinaryOperator(IBinaryOperation binary)
    {
        if (binary.OperatorMethod is { } custom && custom.ContainingType.SpecialType is not (SpecialType.System_String or SpecialType.System_Decimal)) return null;
        return binary.OperatorKind switch
        {
            BinaryOperatorKind.Add => binary.Type?.SpecialType == SpecialType.System_String ? DataOperator.Concat : DataOperator.Add,
            BinaryOperatorKind.Subtract => DataOperator.Subtract,
            BinaryOperatorKind.Multiply => DataOperator.Multiply,
            BinaryOperatorKind.Divide => DataOperator.Divide,
            BinaryOperatorKind.Remainder => DataOperator.Remainder,
            BinaryOperatorKind.Equals => DataOperator.Equal,
            BinaryOperatorKind.NotEquals => DataOperator.NotEqual,
            BinaryOperatorKind.LessThan => DataOperator.LessThan,
            BinaryOperatorKind.LessThanOrEqual => DataOperator.LessThanOrEqual,
            BinaryOperatorKind.GreaterThan => DataOperator.GreaterThan,
            BinaryOperatorKind.GreaterThanOrEqual => DataOperator.GreaterThanOrEqual,
            BinaryOperatorKind.ConditionalAnd => DataOperator.And,
            BinaryOperatorKind.ConditionalOr => DataOperator.Or,
            _ => null,
        };
    }

    /// <summary>A property that is a computation: a string's or array's Length, a collection's Count.</summary>
    private static bool IsComputedMember(string name, ITypeSymbol? owner) =>
        name == "Length" && owner is { SpecialType: SpecialType.System_String } or IArrayTypeSymbol
        || name == "Count" && owner is not null && (owner.AllInterfaces.Any(i => i.ToDisplayString() == "System.Collections.ICollection") || owner.ToDisplayString() == "System.Collections.ICollection");

    private static DataKind KindOf(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        if (type is null) return DataKind.Other;
        if (type.TypeKind == TypeKind.Enum) return DataKind.String;
        switch (type.SpecialType)
        {
            case SpecialType.System_String or SpecialType.System_Char: return DataKind.String;
            case SpecialType.System_Boolean: return DataKind.Boolean;
            case SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal: return DataKind.Real;
            case SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
                or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64: return DataKind.Integer;
        }
        return type is IArrayTypeSymbol || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) ? DataKind.Array : DataKind.Other;
    }

    private object? ConstantOf(IOperation operation)
    {
        var value = Evaluate(operation);
        if (value is string s && DynamicValue.IsDynamic(s))
            throw Untranslatable(operation, "a dynamic value (Input.At, Context.*) is a string of the DSL, not data; read the lambda's parameter instead");
        try
        {
            return DataMethods.Normalize(value);
        }
        catch (WorkflowDefinitionException e)
        {
            throw Untranslatable(operation, e.Message);
        }
    }

    /// <summary>True when <paramref name="operation"/> reads a parameter of the data lambda or of a LINQ lambda inside it.</summary>
    private static bool Reads(IOperation operation, HashSet<IParameterSymbol> scope) =>
        operation is IParameterReferenceOperation reference && scope.Contains(reference.Parameter)
        || operation.Descendants().Any(d => d is IParameterReferenceOperation p && scope.Contains(p.Parameter));

    private EvaluationException Untranslatable(IOperation at, string reason) =>
        Fail(DiagnosticDescriptors.UntranslatableLambda, at, $"'{Describe(at.Syntax)}' cannot be translated to ASL: {reason}");
}
