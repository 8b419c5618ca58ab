using System;
using System.Collections.Generic;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

internal sealed partial class DefineEvaluator
{
    private static readonly MethodInfo MakeFuncMethod = typeof(DefineEvaluator).GetMethod(nameof(MakeFunc), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly Dictionary<IParameterSymbol, object?> _lambdaArguments = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// A lambda given to a nested builder (<c>.Branch(b => b.StartWith(...))</c>) becomes a real delegate that
    /// evaluates the lambda's body when the builder calls it, with its parameter bound to the builder's argument.
    /// </summary>
    private object Lambda(LambdaExpressionSyntax lambda, ITypeSymbol delegateType)
    {
        if (TypeMapper.ToClr(delegateType) is not { IsGenericType: true } clr || clr.GetGenericTypeDefinition() != typeof(Func<,>)
            || lambda.ExpressionBody is not { } body
            || _model.GetSymbolInfo(lambda, _cancellation).Symbol is not IMethodSymbol { Parameters.Length: 1 } method)
            throw Fail(DiagnosticDescriptors.UnsupportedSyntax, lambda, "A lambda that is not 'x => expression' given to an Asl builder");
        var arguments = clr.GetGenericArguments();
        return MakeFuncMethod.MakeGenericMethod(arguments[0], arguments[1]).Invoke(this, new object[] { method.Parameters[0], body })!;
    }

    private Func<TArgument, TResult> MakeFunc<TArgument, TResult>(IParameterSymbol parameter, ExpressionSyntax body) => argument =>
    {
        _lambdaArguments[parameter] = argument;
        try
        {
            return (TResult)Evaluate(body)!;
        }
        finally
        {
            _lambdaArguments.Remove(parameter);
        }
    };

    private bool TryGetLambdaArgument(ISymbol? symbol, out object? value)
    {
        value = null;
        return symbol is IParameterSymbol parameter && _lambdaArguments.TryGetValue(parameter, out value);
    }
}
