using System;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Parsing;

/// <summary>
/// Maps Roslyn types of the user's compilation onto the CLR types compiled into the generator: the Asl
/// builder types (compiled in from source) and the primitive types.
/// </summary>
internal static class TypeMapper
{
    private static readonly System.Reflection.Assembly BuilderAssembly = typeof(Workflow).Assembly;

    /// <summary>True for a symbol that belongs to the Asl libraries (Asl.Dsl or Asl.Core).</summary>
    public static bool IsAsl(ISymbol? symbol) => symbol?.ContainingAssembly?.Name is "Asl.Dsl" or "Asl.Core";

    public static Type? ToClr(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return null;
            case IArrayTypeSymbol array:
                return ToClr(array.ElementType)?.MakeArrayType();
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                return ToClr(nullable.TypeArguments[0]) is { } inner ? typeof(Nullable<>).MakeGenericType(inner) : null;
            case INamedTypeSymbol { Name: "Func", TypeArguments.Length: 2, ContainingNamespace.Name: "System" } func:
                return ToClr(func.TypeArguments[0]) is { } argument && ToClr(func.TypeArguments[1]) is { } result
                    ? typeof(Func<,>).MakeGenericType(argument, result)
                    : null;
        }
        switch (type.SpecialType)
        {
            case SpecialType.System_Object: return typeof(object);
            case SpecialType.System_String: return typeof(string);
            case SpecialType.System_Boolean: return typeof(bool);
            case SpecialType.System_Int32: return typeof(int);
            case SpecialType.System_Int64: return typeof(long);
            case SpecialType.System_Double: return typeof(double);
            case SpecialType.System_Single: return typeof(float);
            case SpecialType.System_Decimal: return typeof(decimal);
        }
        if (type is INamedTypeSymbol named && IsAsl(named))
            return BuilderAssembly.GetType(MetadataName(named), throwOnError: false);
        return null;
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            name = outer.MetadataName + "+" + name;
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }
}
