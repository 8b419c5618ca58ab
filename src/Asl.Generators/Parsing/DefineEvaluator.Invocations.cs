using System;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

internal sealed partial class DefineEvaluator
{
    private object? EvaluateInvocation(InvocationExpressionSyntax invocation)
    {
        if (_model.GetSymbolInfo(invocation, _cancellation).Symbol is not IMethodSymbol method)
            throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, invocation, Describe(invocation));
        if (!TypeMapper.IsAsl(method))
            throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, invocation, "The call " + Describe(invocation) + ", which is not an Asl method,");

        object? receiver = null;
        if (!method.IsStatic)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
                throw Fail(DiagnosticDescriptors.UnsupportedSyntax, invocation, Describe(invocation));
            receiver = Evaluate(access.Expression);
            if (receiver is null) throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, access.Expression, Describe(access.Expression));
        }

        if (method.IsGenericMethod && method.Name == "StartExecution" && method.ContainingType.Name == "States")
            return StartChildExecution(invocation, method);

        var arguments = BindArguments(method, invocation.ArgumentList);
        var clrMethod = FindMethod(method, receiver)
            ?? throw Fail(DiagnosticDescriptors.UnsupportedSyntax, invocation, "The Asl method " + method.ToDisplayString());
        var result = Invoke(clrMethod, receiver, arguments, invocation);

        if (method.Name == "Input" && receiver is StartExecutionBuilder && _children.TryGetValue(receiver, out var child))
            CheckChildInput(invocation, child);
        if (result is not null && receiver is not null && _children.TryGetValue(receiver, out var started))
            _children[result] = started;
        return result;
    }

    private object? Invoke(MethodInfo method, object? receiver, object?[] arguments, InvocationExpressionSyntax invocation)
    {
        BuilderOrigin.Current = OriginOf(invocation);
        try
        {
            return method.Invoke(receiver, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is EvaluationException inner)
        {
            // A lambda the builder called could not be evaluated; its own diagnostic says where.
            throw inner;
        }
        catch (TargetInvocationException e) when (e.InnerException is WorkflowDefinitionException or ArgumentException or FormatException or OverflowException)
        {
            // The builder rejected an argument: the same call would throw at run time.
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidWorkflowValue, OriginOf(invocation), e.InnerException!.Message));
        }
        finally
        {
            BuilderOrigin.Current = null;
        }
    }

    /// <summary>The syntax a call's effect is reported on: its first argument, else the method's name.</summary>
    private static LocationInfo? OriginOf(InvocationExpressionSyntax invocation)
    {
        if (invocation.ArgumentList.Arguments.Count > 0) return LocationInfo.From(invocation.ArgumentList.Arguments[0]);
        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => LocationInfo.From(access.Name),
            _ => LocationInfo.From(invocation.Expression),
        };
    }

    private static MethodInfo? FindMethod(IMethodSymbol method, object? receiver)
    {
        var definition = method.ReducedFrom ?? method;
        var type = receiver?.GetType() ?? TypeMapper.ToClr(method.ContainingType);
        if (type is null) return null;
        var flags = BindingFlags.Public | (method.IsStatic ? BindingFlags.Static : BindingFlags.Instance | BindingFlags.FlattenHierarchy);
        var parameterTypes = definition.OriginalDefinition.Parameters.Select(p => TypeMapper.ToClr(p.Type)).ToArray();
        foreach (var candidate in type.GetMethods(flags))
        {
            if (candidate.Name != method.Name || candidate.IsGenericMethodDefinition) continue;
            var parameters = candidate.GetParameters();
            if (parameters.Length != parameterTypes.Length) continue;
            var match = true;
            for (var i = 0; i < parameters.Length && match; i++)
                match = parameterTypes[i] is null || parameters[i].ParameterType == parameterTypes[i];
            if (match) return candidate;
        }
        return null;
    }

    private object?[] BindArguments(IMethodSymbol method, ArgumentListSyntax list)
    {
        var parameters = method.Parameters;
        var values = new object?[parameters.Length];
        var bound = new bool[parameters.Length];
        var position = 0;
        for (var a = 0; a < list.Arguments.Count; a++)
        {
            var argument = list.Arguments[a];
            int index;
            if (argument.NameColon is { } nameColon)
            {
                index = IndexOfParameter(parameters, nameColon.Name.Identifier.ValueText);
                if (index < 0) throw Fail(DiagnosticDescriptors.UnsupportedSyntax, argument, Describe(argument));
            }
            else
            {
                index = Math.Min(position++, parameters.Length - 1);
            }
            var parameter = parameters[index];
            if (parameter.IsParams && !IsArrayArgument(argument))
            {
                var rest = list.Arguments.Skip(a).Select(arg => Evaluate(arg.Expression)).ToArray();
                values[index] = Convert(rest, parameter.Type, argument);
                bound[index] = true;
                break;
            }
            values[index] = argument.Expression is LambdaExpressionSyntax lambda
                ? Lambda(lambda, parameter.Type)
                : Convert(Evaluate(argument.Expression), parameter.Type, argument);
            bound[index] = true;
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            if (bound[i]) continue;
            var parameter = parameters[i];
            if (parameter.IsParams) values[i] = Convert(Array.Empty<object?>(), parameter.Type, list);
            else if (parameter.HasExplicitDefaultValue) values[i] = Convert(parameter.ExplicitDefaultValue, parameter.Type, list);
            else throw Fail(DiagnosticDescriptors.UnsupportedSyntax, list, "A call without a value for '" + parameter.Name + "'");
        }
        return values;
    }

    private static int IndexOfParameter(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++)
            if (parameters[i].Name == name) return i;
        return -1;
    }

    private bool IsArrayArgument(ArgumentSyntax argument) =>
        _model.GetTypeInfo(argument.Expression, _cancellation).ConvertedType is IArrayTypeSymbol;

    /// <summary>Converts an evaluated value to the CLR type a builder parameter expects.</summary>
    private object? Convert(object? value, ITypeSymbol parameterType, SyntaxNode where)
    {
        var target = TypeMapper.ToClr(parameterType)
            ?? throw Fail(DiagnosticDescriptors.UnsupportedSyntax, where, "A parameter of type " + parameterType.ToDisplayString());
        return ConvertTo(value, target, where);
    }

    private object? ConvertTo(object? value, Type target, SyntaxNode where)
    {
        if (value is null) return null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value)) return value;
        if (underlying.IsEnum) return Enum.ToObject(underlying, value);
        if (underlying.IsArray && value is object?[] items)
        {
            var element = underlying.GetElementType()!;
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++) array.SetValue(ConvertTo(items[i], element, where), i);
            return array;
        }
        if (value is IConvertible && underlying.IsPrimitive || underlying == typeof(decimal))
            return System.Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
        throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, where, Describe(where));
    }
}
