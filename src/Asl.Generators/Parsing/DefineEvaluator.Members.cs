using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

internal sealed partial class DefineEvaluator
{
    /// <summary>Static properties and fields of the Asl API (Context.TaskToken, Input.Whole, ...).</summary>
    private object? EvaluateMember(ExpressionSyntax expression)
    {
        var symbol = _model.GetSymbolInfo(expression, _cancellation).Symbol;
        if (TryGetLambdaArgument(symbol, out var argument)) return argument;
        if (symbol is { IsStatic: true } && TypeMapper.IsAsl(symbol) && TypeMapper.ToClr(symbol.ContainingType) is { } type)
        {
            switch (symbol)
            {
                case IPropertySymbol property when type.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Static) is { } clrProperty:
                    return clrProperty.GetValue(null);
                case IFieldSymbol field when type.GetField(field.Name, BindingFlags.Public | BindingFlags.Static) is { } clrField:
                    return clrField.GetValue(null);
            }
        }
        throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, expression, Describe(expression));
    }

    /// <summary>
    /// <c>StartExecution&lt;TChild&gt;(name)</c>: the child's ARN is the substitution named after the child machine,
    /// exactly as the run-time overload computes it; the child's input type is kept for checking <c>Input(...)</c>.
    /// </summary>
    private object? StartChildExecution(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        var childType = method.TypeArguments[0];
        var childName = MachineNames.NameOf(childType);
        var arguments = BindArguments(method, invocation.ArgumentList);
        var builder = Invoke(typeof(States).GetMethod(nameof(States.StartExecution), new[] { typeof(string), typeof(string) })!,
            null, new object?[] { arguments[0], "${" + childName + "Arn}" }, invocation);
        _children[builder!] = new ChildMachine(childName, MachineNames.InputTypeOf(childType), childType);
        return builder;
    }

    private void CheckChildInput(InvocationExpressionSyntax invocation, ChildMachine child)
    {
        if (child.InputType is null || invocation.ArgumentList.Arguments.Count == 0) return;
        var argument = invocation.ArgumentList.Arguments[0].Expression;
        var actual = _model.GetTypeInfo(argument, _cancellation).Type;
        if (actual is null || child.InputType.SpecialType == SpecialType.System_Object) return;
        var conversion = _model.Compilation.ClassifyCommonConversion(actual, child.InputType);
        if (conversion.IsIdentity || conversion.IsImplicit && conversion.IsReference) return;
        var stateName = invocation.Expression is MemberAccessExpressionSyntax access ? FindStateName(access.Expression) : "the task";
        throw Fail(DiagnosticDescriptors.WrongChildInput, argument,
            stateName, actual.IsAnonymousType ? "anonymous object" : actual.ToDisplayString(), child.MachineName, child.InputType.ToDisplayString());
    }

    private static string FindStateName(ExpressionSyntax chain)
    {
        for (var node = chain; node is not null;)
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation)
            {
                if (access.Name.Identifier.ValueText == "StartExecution" && invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal)
                    return literal.Token.ValueText;
                node = access.Expression;
            }
            else if (node is InvocationExpressionSyntax { Expression: GenericNameSyntax or IdentifierNameSyntax } direct)
            {
                return direct.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : "the task";
            }
            else
            {
                break;
            }
        }
        return "the task";
    }
}
