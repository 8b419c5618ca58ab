using System.Collections.Generic;
using System.Threading;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

/// <summary>
/// Evaluates the expression of a <c>Define()</c> method at compile time. Calls to the Asl fluent API are
/// bound by symbol and executed on the same builder code that runs at run time (compiled into the generator),
/// so both produce the same model. Anything else must be a compile-time value: constants, nameof, enums,
/// objects and arrays of such values. What cannot be evaluated stops the evaluation with a diagnostic on it.
/// </summary>
internal sealed partial class DefineEvaluator
{
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<object, ChildMachine> _children = new(ReferenceComparer.Instance);

    public DefineEvaluator(SemanticModel model, CancellationToken cancellation)
    {
        _model = model;
        _cancellation = cancellation;
    }

    /// <summary>Child machines started by StartExecution&lt;T&gt;, by the builder that starts them.</summary>
    public IReadOnlyDictionary<object, ChildMachine> Children => _children;

    /// <summary>Evaluates one expression to a value of the generator's builder world.</summary>
    public object? Evaluate(ExpressionSyntax expression)
    {
        _cancellation.ThrowIfCancellationRequested();
        var constant = _model.GetConstantValue(expression, _cancellation);
        if (constant.HasValue) return FromConstant(expression, constant.Value);

        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression);
            case CastExpressionSyntax cast:
                return Evaluate(cast.Expression);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } bang:
                return Evaluate(bang.Operand);
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.DefaultLiteralExpression }:
                return null;
            case InvocationExpressionSyntax invocation:
                return EvaluateInvocation(invocation);
            case MemberAccessExpressionSyntax or IdentifierNameSyntax:
                return EvaluateMember(expression);
            case AnonymousObjectCreationExpressionSyntax anonymous:
                return EvaluateAnonymousObject(anonymous);
            case BaseObjectCreationExpressionSyntax creation:
                return EvaluateObjectCreation(creation);
            case ArrayCreationExpressionSyntax array when array.Initializer is not null:
                return EvaluateElements(array.Initializer.Expressions);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return EvaluateElements(implicitArray.Initializer.Expressions);
            case InitializerExpressionSyntax initializer:
                return EvaluateElements(initializer.Expressions);
            case CollectionExpressionSyntax collection:
                return EvaluateCollection(collection);
            case ConditionalExpressionSyntax conditional when _model.GetConstantValue(conditional.Condition, _cancellation) is { HasValue: true, Value: bool condition }:
                return Evaluate(condition ? conditional.WhenTrue : conditional.WhenFalse);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                return EvaluateConcatenation(add);
            case LambdaExpressionSyntax or AnonymousMethodExpressionSyntax:
                throw Fail(DiagnosticDescriptors.UnsupportedSyntax, expression, "A lambda");
            default:
                throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, expression, Describe(expression));
        }
    }

    private object? FromConstant(ExpressionSyntax expression, object? value)
    {
        if (value is null) return null;
        var type = _model.GetTypeInfo(expression, _cancellation).Type;
        if (type?.TypeKind != TypeKind.Enum) return value;
        // Asl enums become the builder's enum values; the user's enums become their member names, as Payload writes them.
        if (TypeMapper.IsAsl(type) && TypeMapper.ToClr(type) is { } clr) return System.Enum.ToObject(clr, value);
        foreach (var member in type.GetMembers())
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                return field.Name;
        return value.ToString();
    }

    private object? EvaluateConcatenation(BinaryExpressionSyntax add)
    {
        var left = Evaluate(add.Left);
        var right = Evaluate(add.Right);
        if (left is string l && right is string r) return l + r;
        throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, add, Describe(add));
    }

    private object?[] EvaluateElements(SeparatedSyntaxList<ExpressionSyntax> elements)
    {
        var values = new object?[elements.Count];
        for (var i = 0; i < elements.Count; i++) values[i] = Evaluate(elements[i]);
        return values;
    }

    private object?[] EvaluateCollection(CollectionExpressionSyntax collection)
    {
        var values = new List<object?>();
        foreach (var element in collection.Elements)
        {
            if (element is ExpressionElementSyntax item) values.Add(Evaluate(item.Expression));
            else throw Fail(DiagnosticDescriptors.UnsupportedSyntax, element, "A spread element");
        }
        return values.ToArray();
    }

    private EvaluationException Fail(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] args) =>
        new(DiagnosticInfo.Create(descriptor, LocationInfo.From(node), args));

    private static string Describe(SyntaxNode node)
    {
        var text = node.ToString();
        if (text.Length > 60) text = text.Substring(0, 57) + "...";
        return "'" + text + "'";
    }

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>A [StateMachine] class started by a StartExecution&lt;T&gt; state.</summary>
internal sealed record ChildMachine(string MachineName, ITypeSymbol? InputType, ITypeSymbol ChildType);
