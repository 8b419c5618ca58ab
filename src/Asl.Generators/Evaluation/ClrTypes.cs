using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Evaluation;

/// <summary>
/// The CLR side of the evaluator: which types of the user's compilation have a CLR type inside the generator (the
/// primitives, string, the pure BCL types below, and the Asl types compiled into the generator), and the CLR methods
/// their calls run. The user's own types have none: their values are evaluator values and erase to <c>object</c>
/// when they fill a generic type argument (a <c>List&lt;Order&gt;</c> is a <c>List&lt;object&gt;</c> here).
/// </summary>
internal static class ClrTypes
{
    private static readonly Assembly BuilderAssembly = typeof(Workflow).Assembly;

    /// <summary>BCL types whose members are pure (the same result at build and at run time), by metadata name.</summary>
    private static readonly Dictionary<string, Type> Pure = new[]
    {
        typeof(string), typeof(char), typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(object), typeof(Math), typeof(TimeSpan),
        typeof(DateTime), typeof(DateTimeOffset), typeof(StringComparison), typeof(StringSplitOptions), typeof(MidpointRounding),
        typeof(DayOfWeek), typeof(DateTimeKind), typeof(System.Globalization.CultureInfo), typeof(IFormatProvider), typeof(System.Globalization.NumberStyles),
        typeof(System.Text.StringBuilder), typeof(Enumerable), typeof(Array), typeof(Convert), typeof(StringComparer),
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(KeyValuePair<,>), typeof(Queue<>), typeof(Stack<>), typeof(SortedDictionary<,>),
        typeof(IEnumerable<>), typeof(ICollection<>), typeof(IList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyList<>), typeof(ISet<>),
        typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>), typeof(IEnumerator<>), typeof(IEqualityComparer<>), typeof(IComparer<>),
        typeof(System.Collections.IEnumerable), typeof(IOrderedEnumerable<>), typeof(IGrouping<,>), typeof(ILookup<,>), typeof(Nullable<>),
        typeof(Func<>), typeof(Func<,>), typeof(Func<,,>), typeof(Func<,,,>), typeof(Func<,,,,>),
        typeof(Action<>), typeof(Action<,>), typeof(Action<,,>), typeof(Predicate<>), typeof(Comparison<>), typeof(IComparable<>), typeof(IEquatable<>),
        typeof(IFormattable), typeof(IComparable),
    }.ToDictionary(MetadataName, t => t);

    private static readonly ConcurrentDictionary<string, MethodBase?> Methods = new();

    /// <summary>The Asl types compiled into the generator, by metadata name (Assembly.GetType searches on every call).</summary>
    private static readonly ConcurrentDictionary<string, Type?> AslTypes = new();

    /// <summary>True for a symbol of the Asl libraries (Asl.Dsl or Asl.Core), whose code is compiled into the generator.</summary>
    public static bool IsAsl(ISymbol? symbol) => symbol?.ContainingAssembly?.Name is "Asl.Dsl" or "Asl.Core";

    /// <summary>True when <paramref name="type"/> is one of the BCL types the evaluator may call.</summary>
    public static bool IsPure(ITypeSymbol? type) => type is INamedTypeSymbol named && Pure.ContainsKey(MetadataName(named.OriginalDefinition));

    /// <summary>
    /// The CLR type of <paramref name="type"/>, type parameters resolved by <paramref name="resolve"/>; the user's types
    /// (and anything else without a CLR counterpart here) erase to <c>object</c> when <paramref name="erase"/> is set,
    /// else give null.
    /// </summary>
    public static Type? Map(ITypeSymbol? type, Func<ITypeParameterSymbol, ITypeSymbol?> resolve, bool erase = true)
    {
        switch (type)
        {
            case null:
                return null;
            case ITypeParameterSymbol parameter:
                return resolve(parameter) is { } resolved && resolved is not ITypeParameterSymbol ? Map(resolved, resolve, erase) : Erased(erase);
            case IArrayTypeSymbol { Rank: 1 } array:
                return Map(array.ElementType, resolve, erase) is { } element ? element.MakeArrayType() : null;
            case INamedTypeSymbol { IsTupleType: true } or INamedTypeSymbol { IsAnonymousType: true }:
                return Erased(erase);
            case INamedTypeSymbol named when IsAsl(named):
                return AslTypes.GetOrAdd(MetadataName(named), static name => BuilderAssembly.GetType(name, throwOnError: false)) ?? Erased(erase);
            case INamedTypeSymbol named when Pure.TryGetValue(MetadataName(named.OriginalDefinition), out var clr):
                if (!named.IsGenericType) return clr;
                var arguments = new Type[named.TypeArguments.Length];
                for (var i = 0; i < arguments.Length; i++)
                {
                    var argument = Map(named.TypeArguments[i], resolve, erase);
                    if (argument is null) return null;
                    // Nullable<T> of an erased type is that object itself.
                    if (clr == typeof(Nullable<>) && !argument.IsValueType) return argument;
                    arguments[i] = argument;
                }
                try
                {
                    return clr.MakeGenericType(arguments);
                }
                catch (ArgumentException)
                {
                    return Erased(erase);
                }
            default:
                return Erased(erase);
        }
    }

    private static Type? Erased(bool erase) => erase ? typeof(object) : null;

    /// <summary>
    /// The CLR method a call of <paramref name="method"/> runs (the generic definition for a generic method), or null when
    /// its type is not callable here or no overload matches. <paramref name="clrType"/> is the type that declares it (for
    /// a generic type, the runtime type of the receiver).
    /// </summary>
    public static MethodBase? Find(IMethodSymbol method, Type clrType)
    {
        var definition = method.OriginalDefinition;
        var key = clrType.AssemblyQualifiedName + "|" + definition.GetDocumentationCommentId();
        return Methods.GetOrAdd(key, _ => Search(definition, clrType));
    }

    private static MethodBase? Search(IMethodSymbol method, Type clrType)
    {
        var flags = BindingFlags.Public | (method.IsStatic ? BindingFlags.Static : BindingFlags.Instance);
        var open = clrType.IsGenericType && !clrType.IsGenericTypeDefinition ? clrType.GetGenericTypeDefinition() : clrType;
        IEnumerable<MethodBase> candidates = method.MethodKind == MethodKind.Constructor
            ? open.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            : open.GetMethods(flags).Where(m => m.Name == method.Name && m.GetGenericArguments().Length == method.TypeParameters.Length);
        foreach (var candidate in candidates)
        {
            var parameters = candidate.GetParameters();
            if (parameters.Length != method.Parameters.Length) continue;
            var match = true;
            for (var i = 0; i < parameters.Length && match; i++)
                match = method.Parameters[i].RefKind == RefKind.None && Same(method.Parameters[i].Type, parameters[i].ParameterType);
            if (!match) continue;
            if (open == clrType) return candidate;
            // The same member of the closed type the receiver has.
            return candidate is ConstructorInfo
                ? MethodBase.GetMethodFromHandle(candidate.MethodHandle, clrType.TypeHandle)
                : MethodBase.GetMethodFromHandle(((MethodInfo)candidate).MethodHandle, clrType.TypeHandle);
        }
        return null;
    }

    /// <summary>True when a parameter type of the symbol and of the CLR method have the same shape.</summary>
    private static bool Same(ITypeSymbol symbol, Type clr)
    {
        switch (symbol)
        {
            case ITypeParameterSymbol parameter:
                return clr.IsGenericParameter && clr.GenericParameterPosition == parameter.Ordinal
                    && (parameter.TypeParameterKind == TypeParameterKind.Method) == (clr.DeclaringMethod is not null);
            case IArrayTypeSymbol array:
                return clr.IsArray && clr.GetArrayRank() == array.Rank && Same(array.ElementType, clr.GetElementType()!);
            case INamedTypeSymbol { IsGenericType: true } named:
                if (!clr.IsGenericType || MetadataName(named.OriginalDefinition) != MetadataName(clr.GetGenericTypeDefinition())) return false;
                var arguments = clr.GetGenericArguments();
                if (arguments.Length != named.TypeArguments.Length) return false;
                for (var i = 0; i < arguments.Length; i++)
                    if (!Same(named.TypeArguments[i], arguments[i])) return false;
                return true;
            case INamedTypeSymbol named:
                return !clr.IsGenericType && !clr.IsGenericParameter && !clr.IsArray && !clr.IsByRef && !clr.IsPointer && MetadataName(named) == MetadataName(clr);
            default:
                return false;
        }
    }

    /// <summary><c>Namespace.Outer+Inner`1</c>, as reflection names a type.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            name = outer.MetadataName + "+" + name;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace) name = ns.Name + "." + name;
        return name;
    }

    private static string MetadataName(Type type)
    {
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return definition.FullName ?? definition.Name;
    }
}
