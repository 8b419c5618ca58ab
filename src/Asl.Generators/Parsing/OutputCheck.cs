using System.Collections.Generic;
using System.Linq;
using Asl.Generators.Diagnostics;
using Asl.Generators.Evaluation;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Parsing;

/// <summary>
/// ASL0043: where the build knows the output type of a state that ends the machine, the JSON it writes must read back as the
/// machine's <c>TOutput</c> (what the typed client deserializes) without a required member going missing. Assignable means
/// the same type, an implicit conversion, or a shape with every required member of <c>TOutput</c> under the same JSON name and
/// of a fitting JSON kind, checked member by member down the object graph. JSON names follow the machine's naming policy
/// (<see cref="JsonNaming"/>), which the caller sets for the check as for the build.
/// </summary>
internal static class OutputCheck
{
    private const int MaxDepth = 8;

    public static IEnumerable<DiagnosticInfo> Check(IReadOnlyList<StateOutput> outputs, Evaluator evaluator, ITypeSymbol expected, Compilation compilation, LocationInfo? fallback)
    {
        foreach (var output in outputs)
        {
            if (evaluator.TypeNamed(output.Type) is not { } actual) continue;
            if (Misfit(actual, expected, Display(expected), compilation, 0) is not { } why) continue;
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.MachineOutputType, (output.Origin as SourceOrigin)?.Location ?? fallback,
                $"State '{output.State}' ends the machine with {Display(actual)}, which does not read back as the machine's output type {Display(expected)}: {why}. "
                + $"Make the state's output fit {Display(expected)}, or declare the output type the machine really has.");
        }
    }

    /// <summary>Why JSON written from <paramref name="actual"/> does not read back as <paramref name="expected"/>, or null when it does.</summary>
    private static string? Misfit(ITypeSymbol actual, ITypeSymbol expected, string at, Compilation compilation, int depth)
    {
        if (SymbolEqualityComparer.Default.Equals(actual, expected) || depth > MaxDepth) return null;
        var expectedKind = KindOf(expected);
        if (expectedKind == JsonKind.Any || compilation.ClassifyCommonConversion(actual, expected) is { IsImplicit: true, IsUserDefined: false }) return null;
        var actualKind = KindOf(actual);
        if (actualKind == JsonKind.Any) return null;
        if (actualKind != expectedKind)
            return depth == 0 ? $"it is {Describe(actualKind)}, not {Describe(expectedKind)}" : $"{at} is {Describe(expectedKind)}, but the state writes {Describe(actualKind)} ({Display(actual)})";
        switch (expectedKind)
        {
            case JsonKind.Number when IsIntegral(expected) && !IsIntegral(actual):
                return $"{at} is {Display(expected)}, but the state writes {Display(actual)}, which may have a fraction";
            case JsonKind.Array when ElementOf(actual) is { } from && ElementOf(expected) is { } to:
                return Misfit(from, to, at + "[]", compilation, depth + 1);
            case JsonKind.Object:
                var given = Members(actual).GroupBy(m => Evaluator.DataNameOf(m).Json).ToDictionary(g => g.Key, g => g.First());
                foreach (var member in Members(expected).Where(Required))
                {
                    var name = Evaluator.DataNameOf(member).Json;
                    var path = at + "." + member.Name;
                    if (!given.TryGetValue(name, out var source))
                        return $"it has no member '{name}', which {path} ({Display(member.Type)}, not nullable) needs, so the typed client would read "
                            + (member.Type.IsValueType ? "its default" : "null") + $"; add the member, or make {path} nullable if it may be absent";
                    if (IsNullable(source.Type) && !IsNullable(member.Type))
                        return $"its member '{name}' is {Display(source.Type)}, which may be null, but {path} is {Display(member.Type)}; give it a value (?? ...), or make {path} nullable";
                    if (Misfit(Underlying(source.Type), Underlying(member.Type), path, compilation, depth + 1) is { } inner) return inner;
                }
                return null;
        }
        return null;
    }

    private enum JsonKind { Any, String, Number, Boolean, Array, Object }

    private static JsonKind KindOf(ITypeSymbol type)
    {
        type = Underlying(type);
        if (type.TypeKind == TypeKind.Enum) return JsonKind.String;
        switch (type.SpecialType)
        {
            case SpecialType.System_Object: return JsonKind.Any;
            case SpecialType.System_String or SpecialType.System_Char or SpecialType.System_DateTime: return JsonKind.String;
            case SpecialType.System_Boolean: return JsonKind.Boolean;
            case SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
                or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single
                or SpecialType.System_Double or SpecialType.System_Decimal: return JsonKind.Number;
        }
        var name = type.ToDisplayString();
        if (name.StartsWith("System.Text.Json.", System.StringComparison.Ordinal) || type.TypeKind is TypeKind.Dynamic or TypeKind.TypeParameter or TypeKind.Interface && ElementOf(type) is null)
            return JsonKind.Any;
        if (name is "System.Guid" or "System.DateTimeOffset" or "System.TimeSpan" or "System.DateOnly" or "System.TimeOnly" or "System.Uri") return JsonKind.String;
        if (IsDictionary(type)) return JsonKind.Any;
        return ElementOf(type) is not null ? JsonKind.Array : JsonKind.Object;
    }

    private static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a bool",
        JsonKind.Array => "an array",
        _ => "an object",
    };

    private static bool IsIntegral(ITypeSymbol type) => Underlying(type).SpecialType is SpecialType.System_Byte or SpecialType.System_SByte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    /// <summary>The element type of an array or an IEnumerable&lt;T&gt; (not a string), or null.</summary>
    private static ITypeSymbol? ElementOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array) return array.ElementType;
        if (type.SpecialType == SpecialType.System_String) return null;
        var enumerable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } self
            ? self : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable?.TypeArguments[0];
    }

    private static bool IsDictionary(ITypeSymbol type) =>
        type.AllInterfaces.Concat(type is INamedTypeSymbol named ? new[] { named } : Enumerable.Empty<INamedTypeSymbol>())
            .Any(i => i.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>");

    /// <summary>The public instance properties the JSON of a type has (System.Text.Json's default: public getters).</summary>
    private static IEnumerable<IPropertySymbol> Members(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            foreach (var member in current.GetMembers())
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                    && property.Name != "EqualityContract" && !property.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonIgnoreAttribute"))
                    yield return property;
    }

    /// <summary>A member the JSON must carry: C# 11 <c>required</c>, or of a type that does not admit null (a non-nullable reference in a nullable context, a value type).</summary>
    private static bool Required(IPropertySymbol member) =>
        member.IsRequired || !IsNullable(member.Type) && (member.Type.IsValueType || member.Type.NullableAnnotation == NullableAnnotation.NotAnnotated);

    private static bool IsNullable(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    private static ITypeSymbol Underlying(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

    private static string Display(ITypeSymbol type) => type.IsAnonymousType
        ? "an anonymous object { " + string.Join(", ", Members(type).Select(m => m.Name)) + " }"
        : type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
