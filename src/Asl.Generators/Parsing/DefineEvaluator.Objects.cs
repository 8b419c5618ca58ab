using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

internal sealed partial class DefineEvaluator
{
    /// <summary>
    /// An anonymous object becomes an ordered member dictionary, which <see cref="Payload.From"/> converts
    /// exactly as it converts the anonymous object at run time.
    /// </summary>
    private Dictionary<string, object?> EvaluateAnonymousObject(AnonymousObjectCreationExpressionSyntax anonymous)
    {
        var members = new Dictionary<string, object?>();
        foreach (var initializer in anonymous.Initializers)
        {
            var name = initializer.NameEquals?.Name.Identifier.ValueText ?? InferredName(initializer.Expression)
                ?? throw Fail(DiagnosticDescriptors.UnsupportedSyntax, initializer, Describe(initializer));
            members[name] = Evaluate(initializer.Expression);
        }
        return members;
    }

    private static string? InferredName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// <c>new T(...) { ... }</c>: Asl types (ItemReader, ResultWriter, ...) are constructed for real; the
    /// user's records and classes become member dictionaries in property order, like run-time reflection sees them.
    /// </summary>
    private object? EvaluateObjectCreation(BaseObjectCreationExpressionSyntax creation)
    {
        if (_model.GetSymbolInfo(creation, _cancellation).Symbol is not IMethodSymbol constructor)
            throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, creation, Describe(creation));
        var type = constructor.ContainingType;
        var arguments = creation.ArgumentList ?? Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ArgumentList();

        if (TypeMapper.IsAsl(type)) return ConstructAslObject(creation, constructor, arguments);

        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var bound = BindArguments(constructor, arguments, convert: false);
        for (var i = 0; i < constructor.Parameters.Length; i++) values[constructor.Parameters[i].Name] = bound[i];
        foreach (var assignment in Assignments(creation.Initializer))
            values[assignment.Name] = assignment.Value;

        var members = new Dictionary<string, object?>();
        foreach (var property in ReadableProperties(type))
        {
            var value = values.TryGetValue(property.Name, out var given) ? given : InitialValue(property);
            members[JsonName(property)] = value;
        }
        return members;
    }

    private object ConstructAslObject(BaseObjectCreationExpressionSyntax creation, IMethodSymbol constructor, ArgumentListSyntax arguments)
    {
        var type = TypeMapper.ToClr(constructor.ContainingType)
            ?? throw Fail(DiagnosticDescriptors.UnsupportedSyntax, creation, Describe(creation));
        var parameterTypes = constructor.Parameters.Select(p => TypeMapper.ToClr(p.Type)).ToArray();
        if (parameterTypes.Any(t => t is null) || type.GetConstructor(parameterTypes!) is not { } clrConstructor)
            throw Fail(DiagnosticDescriptors.UnsupportedSyntax, creation, Describe(creation));
        var instance = clrConstructor.Invoke(BindArguments(constructor, arguments));
        foreach (var assignment in Assignments(creation.Initializer))
        {
            var property = type.GetProperty(assignment.Name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw Fail(DiagnosticDescriptors.UnsupportedSyntax, assignment.Syntax, Describe(assignment.Syntax));
            property.SetValue(instance, ConvertTo(assignment.Value, property.PropertyType, assignment.Syntax));
        }
        return instance;
    }

    private IEnumerable<(string Name, object? Value, SyntaxNode Syntax)> Assignments(InitializerExpressionSyntax? initializer)
    {
        if (initializer is null) yield break;
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment)
                yield return (name.Identifier.ValueText, Evaluate(assignment.Right), assignment);
            else
                throw Fail(DiagnosticDescriptors.UnsupportedSyntax, expression, Describe(expression));
        }
    }

    private object?[] BindArguments(IMethodSymbol method, ArgumentListSyntax list, bool convert)
    {
        if (convert) return BindArguments(method, list);
        var parameters = method.Parameters;
        var values = new object?[parameters.Length];
        var bound = new bool[parameters.Length];
        var position = 0;
        foreach (var argument in list.Arguments)
        {
            var index = argument.NameColon is { } nameColon
                ? IndexOfParameter(parameters, nameColon.Name.Identifier.ValueText)
                : position++;
            if (index < 0 || index >= parameters.Length) throw Fail(DiagnosticDescriptors.UnsupportedSyntax, argument, Describe(argument));
            values[index] = Evaluate(argument.Expression);
            bound[index] = true;
        }
        for (var i = 0; i < parameters.Length; i++)
            if (!bound[i]) values[i] = parameters[i].HasExplicitDefaultValue ? parameters[i].ExplicitDefaultValue : DefaultOf(parameters[i].Type);
        return values;
    }

    /// <summary>Public instance properties, declared type first, then its bases (the order reflection gives).</summary>
    private static IEnumerable<IPropertySymbol> ReadableProperties(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            foreach (var member in current.GetMembers())
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                    && property.Name != "EqualityContract")
                    yield return property;
    }

    private static string JsonName(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
            if (attribute.AttributeClass?.Name == "JsonPropertyNameAttribute" && attribute.ConstructorArguments.FirstOrDefault().Value is string name)
                return name;
        return property.Name;
    }

    /// <summary>The value a property has when nothing sets it: its initializer, else its type's default.</summary>
    private object? InitialValue(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellation) is not PropertyDeclarationSyntax { Initializer: { } initializer }) continue;
            if (initializer.SyntaxTree == _model.SyntaxTree) return Evaluate(initializer.Value);
            var constant = EvaluationModels.For(_model.Compilation, initializer.SyntaxTree).GetConstantValue(initializer.Value, _cancellation);
            if (constant.HasValue) return constant.Value;
            throw Fail(DiagnosticDescriptors.NotCompileTimeConstant, initializer.Value, Describe(initializer.Value));
        }
        return DefaultOf(property.Type);
    }

    private static object? DefaultOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean => false,
        SpecialType.System_Int32 => 0,
        SpecialType.System_Int64 => 0L,
        SpecialType.System_Double => 0d,
        SpecialType.System_Single => 0f,
        SpecialType.System_Decimal => 0m,
        _ => null,
    };
}
