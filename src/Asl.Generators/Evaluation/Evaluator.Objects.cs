using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>
    /// <c>new T(...) { ... }</c>: Asl types (ItemReader, ...) and pure BCL types (List, Dictionary, ...) are constructed for
    /// real; the user's classes and records become <see cref="UserObject"/>s built by running their constructors and
    /// initializers, so a payload writes them as reflection reads the real object at run time.
    /// </summary>
    private object? Create(IObjectCreationOperation operation)
    {
        var constructor = operation.Constructor ?? throw new InvalidCodeException();
        var type = constructor.ContainingType;
        var (arguments, origins) = BindArguments(constructor, operation.Arguments);
        object instance;
        if (ClrTypes.IsAsl(type) || ClrTypes.IsPure(type))
        {
            if (Refusals.For(constructor) is { } refusal) throw NotEvaluable(operation, refusal);
            var clr = ClrTypes.Map(type, Resolve, erase: false) ?? throw NotEvaluable(operation, ForeignCode(constructor));
            var method = (ConstructorInfo?)ClrMethod(constructor, clr) ?? throw NotEvaluable(operation, ForeignCode(constructor));
            var parameters = method.GetParameters();
            instance = Clr(operation, () => method.Invoke(arguments.Select((a, i) => ToClr(a, parameters[i].ParameterType, operation)).ToArray()))!;
        }
        else if (type.TypeKind == TypeKind.Class && type.BaseType is { } baseType && IsException(baseType))
        {
            throw Unsupported(operation, "An exception object", "throw it, and the build reports it where it is thrown");
        }
        else if (HasSource(type) || type.IsRecord || type.TypeKind is TypeKind.Class or TypeKind.Struct)
        {
            var obj = NewUserObject(type, operation);
            RunConstructor(obj, constructor, arguments, origins, operation);
            instance = obj;
        }
        else
        {
            throw NotEvaluable(operation, ForeignCode(constructor));
        }
        if (operation.Initializer is { } initializer) Initialize(instance, initializer);
        if (instance is UserObject created) Refresh(created);
        return instance;
    }

    private static bool IsException(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            if (current.ToDisplayString() == "System.Exception") return true;
        return false;
    }

    /// <summary>Runs an object or collection initializer on <paramref name="instance"/>.</summary>
    private void Initialize(object instance, IObjectOrCollectionInitializerOperation initializer)
    {
        _receivers.Push(instance);
        try
        {
            foreach (var item in initializer.Initializers)
            {
                if (item is IMemberInitializerOperation nested)
                    throw Unsupported(nested, "A nested member initializer", "create the member's value with new and assign it");
                Evaluate(item);
            }
        }
        finally
        {
            _receivers.Pop();
        }
    }

    private UserObject NewUserObject(INamedTypeSymbol type, IOperation at)
    {
        var members = ReadableProperties(type).Select(p => (p.Name, JsonName(p))).ToList();
        var obj = new UserObject(type, members, new SourceOrigin(at.Syntax));
        foreach (var property in ReadableProperties(type)) obj.Set(property.Name, DefaultOf(property.Type), null);
        return obj;
    }

    /// <summary>
    /// Runs a constructor of the user's type on <paramref name="obj"/>: its base or this(...) call, the member
    /// initializers, and its body. A record's positional parameters set the properties of the same name; a type
    /// compiled elsewhere (no source) gets its properties from the parameters of the same name, as its constructor
    /// conventionally does.
    /// </summary>
    private void RunConstructor(UserObject obj, IMethodSymbol constructor, object?[] arguments, SourceOrigin?[] origins, IOperation at)
    {
        if (++_callDepth > MaxCallDepth) throw Fail(DiagnosticDescriptors.EvaluationLimit, at, $"Constructors call each other more than {MaxCallDepth} levels deep", "the chain of this(...) calls may never end");
        var outer = _frame;
        _frame = new Frame(null, constructor, obj);
        try
        {
            for (var i = 0; i < constructor.Parameters.Length; i++)
            {
                _frame.Declare(constructor.Parameters[i], arguments[i]);
                if (origins[i] is { } origin) _frame.SetArgumentOrigin(constructor.Parameters[i], origin);
            }
            var syntax = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellation);
            if (!HasSource(constructor) && !HasSource(constructor.ContainingType))
            {
                for (var i = 0; i < constructor.Parameters.Length; i++)
                {
                    var name = constructor.Parameters[i].Name;
                    var property = ReadableProperties(constructor.ContainingType).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                    if (property is not null) obj.Set(property.Name, arguments[i], origins[i]);
                }
                return;
            }
            switch (syntax)
            {
                case ConstructorDeclarationSyntax declaration:
                    var body = OperationOf(declaration) as IConstructorBodyOperation ?? throw new InvalidCodeException();
                    var chainsToThis = declaration.Initializer?.ThisOrBaseKeyword.Text == "this";
                    if (body.Initializer is not null) Evaluate(body.Initializer is IExpressionStatementOperation statement ? statement.Operation : body.Initializer);
                    else BaseConstructor(obj, constructor.ContainingType, at);
                    if (!chainsToThis) InitializeMembers(obj, constructor.ContainingType);
                    if ((body.BlockBody ?? body.ExpressionBody) is { } code) Execute(code);
                    break;
                case TypeDeclarationSyntax declaration:
                    // A primary constructor: the base type's arguments, then the members (a record's positional properties first).
                    var baseCall = declaration.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault();
                    if (baseCall is not null && OperationOf(baseCall) is { } baseOperation) Evaluate(baseOperation);
                    else BaseConstructor(obj, constructor.ContainingType, at);
                    if (constructor.ContainingType.IsRecord)
                        for (var i = 0; i < constructor.Parameters.Length; i++)
                            if (obj.HasProperty(constructor.Parameters[i].Name) && !HasInitializer(constructor.ContainingType, constructor.Parameters[i].Name))
                                obj.Set(constructor.Parameters[i].Name, arguments[i], origins[i]);
                    InitializeMembers(obj, constructor.ContainingType);
                    break;
                default:
                    // The implicit parameterless constructor.
                    BaseConstructor(obj, constructor.ContainingType, at);
                    InitializeMembers(obj, constructor.ContainingType);
                    break;
            }
        }
        finally
        {
            _frame = outer;
            _callDepth--;
        }
    }

    /// <summary>The implicit <c>base()</c> call: the base type's parameterless constructor, when the base type is the user's.</summary>
    private void BaseConstructor(UserObject obj, INamedTypeSymbol type, IOperation at)
    {
        if (type.BaseType is not { SpecialType: SpecialType.None } baseType || !HasSource(baseType)) return;
        var constructor = baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.All(p => p.IsOptional));
        if (constructor is null) return;
        var arguments = constructor.Parameters.Select(p => p.HasExplicitDefaultValue ? FromConstant(p.Type, p.ExplicitDefaultValue) : DefaultOf(p.Type)).ToArray();
        RunConstructor(obj, constructor, arguments, new SourceOrigin?[arguments.Length], at);
    }

    private bool HasInitializer(INamedTypeSymbol type, string property) =>
        type.GetMembers(property).OfType<IPropertySymbol>().SelectMany(p => p.DeclaringSyntaxReferences)
            .Any(r => r.GetSyntax(_cancellation) is PropertyDeclarationSyntax { Initializer: not null });

    /// <summary>Field and property initializers of <paramref name="type"/> (not of its bases), in declaration order.</summary>
    private void InitializeMembers(UserObject obj, INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared) continue;
            EqualsValueClauseSyntax? initializer = null;
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                initializer = reference.GetSyntax(_cancellation) switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer,
                    PropertyDeclarationSyntax property => property.Initializer,
                    _ => null,
                };
                if (initializer is not null) break;
            }
            if (initializer is null) continue;
            var operation = OperationOf(initializer) switch
            {
                ISymbolInitializerOperation symbolInitializer => symbolInitializer.Value,
                var other => other,
            } ?? throw new InvalidCodeException();
            var value = ConvertValue(Evaluate(operation), operation.Type, operation);
            if (member is IFieldSymbol) obj.SetField(member.Name, value);
            else obj.Set(member.Name, value, LocationOf(operation));
        }
    }

    /// <summary>Stores the values of computed properties (<c>public string Label => ...</c>), which a payload writes too.</summary>
    private void Refresh(UserObject obj)
    {
        if (obj.Type.IsAnonymousType) return;
        foreach (var property in ReadableProperties((INamedTypeSymbol)obj.Type))
            if (property.GetMethod is { } getter && HasSource(property) && !IsAutoProperty(property))
                obj.Set(property.Name, CallMethod(getter, obj, Array.Empty<object?>(), null, null), null);
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

    internal static string JsonName(ISymbol property) => JsonPropertyName(property) ?? property.Name;

    /// <summary>The member's <c>[JsonPropertyName]</c>, or null.</summary>
    internal static string? JsonPropertyName(ISymbol property)
    {
        foreach (var attribute in property.GetAttributes())
            if (attribute.AttributeClass?.Name == "JsonPropertyNameAttribute" && attribute.ConstructorArguments.FirstOrDefault().Value is string name)
                return name;
        return null;
    }

    /// <summary>An anonymous object: its members in order, each remembering the C# expression of its value.</summary>
    private UserObject CreateAnonymous(IAnonymousObjectCreationOperation operation)
    {
        var members = new List<(string, string)>();
        foreach (var initializer in operation.Initializers)
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property }) members.Add((property.Property.Name, property.Property.Name));
        var obj = new UserObject(operation.Type!, members, new SourceOrigin(operation.Syntax));
        foreach (var initializer in operation.Initializers)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                throw Unsupported(initializer, "This anonymous object member", "write Name = value");
            obj.Set(property.Property.Name, Evaluate(assignment.Value), LocationOf(assignment.Value));
        }
        return obj;
    }

    private object? With(IWithOperation operation)
    {
        if (Evaluate(operation.Operand) is not UserObject original)
            throw Unsupported(operation, "A with expression on this value", "use with on records created in this workflow");
        var copy = original.Clone();
        Initialize(copy, operation.Initializer);
        Refresh(copy);
        return copy;
    }

    private Array CreateArray(IArrayCreationOperation operation)
    {
        var element = ClrTypes.Map(((IArrayTypeSymbol)operation.Type!).ElementType, Resolve)!;
        if (operation.Initializer is { } initializer)
        {
            var array = Array.CreateInstance(element, initializer.ElementValues.Length);
            var origins = new SourceOrigin?[array.Length];
            for (var i = 0; i < array.Length; i++)
            {
                array.SetValue(ToClr(Evaluate(initializer.ElementValues[i]), element, initializer.ElementValues[i]), i);
                origins[i] = LocationOf(initializer.ElementValues[i]);
            }
            _elements.Add(array, origins);
            return array;
        }
        if (operation.DimensionSizes.Length != 1) throw Unsupported(operation, "A multi-dimensional array", "use arrays of arrays");
        var length = System.Convert.ToInt32(Evaluate(operation.DimensionSizes[0]), System.Globalization.CultureInfo.InvariantCulture);
        var empty = Array.CreateInstance(element, length);
        var fill = DefaultOf(((IArrayTypeSymbol)operation.Type!).ElementType);
        if (fill is not null) for (var i = 0; i < length; i++) empty.SetValue(fill, i);
        return empty;
    }

    /// <summary>A collection expression: an array for arrays and the read-only interfaces, a List for lists and mutable interfaces.</summary>
    private object CreateCollection(ICollectionExpressionOperation operation)
    {
        var items = new List<object?>();
        var origins = new List<SourceOrigin?>();
        foreach (var element in operation.Elements)
        {
            if (element is ISpreadOperation spread)
            {
                if (Evaluate(spread.Operand) is not IEnumerable source) throw NotEvaluable(spread.Operand, "it is not a collection");
                var known = source is Array array && _elements.TryGetValue(array, out var spreadOrigins) ? spreadOrigins : null;
                var index = 0;
                foreach (var item in source)
                {
                    items.Add(item);
                    origins.Add(known is not null && index < known.Length ? known[index] : LocationOf(spread.Operand));
                    index++;
                }
            }
            else
            {
                items.Add(Evaluate(element));
                origins.Add(LocationOf(element));
            }
        }
        var target = operation.Type;
        var clr = ClrTypes.Map(target, Resolve, erase: false);
        Type? elementType = target switch
        {
            IArrayTypeSymbol array => ClrTypes.Map(array.ElementType, Resolve),
            INamedTypeSymbol { TypeArguments.Length: 1 } named => ClrTypes.Map(named.TypeArguments[0], Resolve),
            _ => null,
        };
        if (elementType is null || (clr is not null && !clr.IsArray && !clr.IsInterface && clr.GetGenericTypeDefinition() != typeof(List<>)))
            throw Unsupported(operation, "A collection expression of this type", "target an array, a List<T>, or IEnumerable<T> / IReadOnlyList<T>");
        if (clr is { IsInterface: false, IsArray: false } || (clr?.IsInterface == true && clr.GetGenericTypeDefinition() is var d && (d == typeof(IList<>) || d == typeof(ICollection<>))))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in items) list.Add(ToClr(item, elementType, operation));
            return list;
        }
        var result = Array.CreateInstance(elementType, items.Count);
        for (var i = 0; i < items.Count; i++) result.SetValue(ToClr(items[i], elementType, operation), i);
        _elements.Add(result, origins.ToArray());
        return result;
    }

    /// <summary>
    /// An evaluated value as a CLR method parameter of <paramref name="target"/> takes it: lambdas become delegates,
    /// collections become arrays or lists of the element type, numbers and enums convert.
    /// </summary>
    private object? ToClr(object? value, Type target, IOperation at)
    {
        if (value is null) return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        switch (value)
        {
            case Closure closure when typeof(Delegate).IsAssignableFrom(underlying):
                return MakeDelegate(closure, underlying, at);
            case Closure closure:
                throw Unsupported(closure.Source ?? at, "A lambda where a value is expected", "a lambda is code, not data; pass the value it would compute");
        }
        if (underlying.IsInstanceOfType(value)) return value;
        switch (value)
        {
            case EnumValue e when underlying.IsPrimitive || underlying == typeof(decimal):
                return Numbers.Convert(e.Value, SpecialOf(underlying));
        }
        if (underlying.IsEnum && (Numbers.IsNumeric(value) || value is Enum or EnumValue)) return Enum.ToObject(underlying, EnumNumber(value));
        if (underlying.IsPrimitive || underlying == typeof(decimal))
        {
            if (Numbers.IsNumeric(value)) return Numbers.Convert(value, SpecialOf(underlying));
        }
        if (value is IEnumerable sequence && value is not string && ElementOf(underlying) is { } element)
        {
            var items = sequence.Cast<object?>().Select(item => ToClr(item, element, at)).ToList();
            if (underlying.IsArray || underlying.IsInterface && underlying.IsAssignableFrom(element.MakeArrayType()))
            {
                var array = Array.CreateInstance(element, items.Count);
                for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
                if (value is Array source && _elements.TryGetValue(source, out var origins)) _elements.Add(array, origins);
                return array;
            }
            if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
            {
                var list = (IList)Activator.CreateInstance(underlying)!;
                foreach (var item in items) list.Add(item);
                return list;
            }
        }
        // Evaluator values (the user's objects, enums, tuples) go to object parameters as they are.
        if (underlying == typeof(object)) return value;
        throw NotEvaluable(at, $"the build cannot pass this value where a {underlying.Name} is expected");
    }

    private static Type? ElementOf(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(IEnumerable).IsAssignableFrom(type)) return type.GetGenericArguments()[0];
        return null;
    }

    private static SpecialType SpecialOf(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Byte => SpecialType.System_Byte,
        TypeCode.SByte => SpecialType.System_SByte,
        TypeCode.Int16 => SpecialType.System_Int16,
        TypeCode.UInt16 => SpecialType.System_UInt16,
        TypeCode.Int32 => SpecialType.System_Int32,
        TypeCode.UInt32 => SpecialType.System_UInt32,
        TypeCode.Int64 => SpecialType.System_Int64,
        TypeCode.UInt64 => SpecialType.System_UInt64,
        TypeCode.Single => SpecialType.System_Single,
        TypeCode.Double => SpecialType.System_Double,
        TypeCode.Decimal => SpecialType.System_Decimal,
        TypeCode.Char => SpecialType.System_Char,
        _ => SpecialType.None,
    };
}
