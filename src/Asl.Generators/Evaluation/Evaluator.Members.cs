using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    private object? ReadField(IFieldReferenceOperation operation)
    {
        var field = operation.Field;
        if (field.IsStatic) return ReadStatic(field, operation);
        var instance = operation.Instance is null ? _frame.Self : Evaluate(operation.Instance);
        return ReadMember(instance, field, operation);
    }

    private object? ReadProperty(IPropertyReferenceOperation operation)
    {
        var property = operation.Property;
        if (property.IsStatic) return ReadStatic(property, operation);
        var instance = operation.Instance is null ? _frame.Self : Evaluate(operation.Instance);
        if (operation.Arguments.Length > 0)
            return ReadIndexer(instance, property, operation.Arguments.Select(a => Evaluate(a.Value)).ToArray(), operation);
        return ReadMember(instance, property, operation);
    }

    /// <summary>A static field or property: the Asl API's, a pure BCL one, or one of this compilation with an evaluable value.</summary>
    private object? ReadStatic(ISymbol member, IOperation at)
    {
        if (!ClrTypes.IsAsl(member) && Refusals.For(member) is { } refusal) throw NotEvaluable(at, refusal);
        if (ClrTypes.IsAsl(member) || ClrTypes.IsPure(member.ContainingType))
        {
            var type = ClrType(member.ContainingType, erase: false)
                ?? throw NotEvaluable(at, "its type is not available to the build");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Static;
            return Clr(at, () => member is IFieldSymbol
                ? type.GetField(member.Name, flags)?.GetValue(null)
                : type.GetProperty(member.MetadataName, flags)?.GetValue(null));
        }
        if (!HasSource(member)) throw NotEvaluable(at, ForeignCode(member));
        if (member is IPropertySymbol { GetMethod: { } getter } property && !IsAutoProperty(property))
            return CallMethod(getter, null, Array.Empty<object?>(), null, at);
        if (member is IFieldSymbol { IsReadOnly: false, IsConst: false } || member is IPropertySymbol { SetMethod: { IsInitOnly: false } })
            throw NotEvaluable(at, $"'{member.Name}' is a static {(member is IFieldSymbol ? "field" : "property")} that code can change, so the value Define() sees at run time "
                + "may differ from its initial value; make it static readonly (or a get-only property) or const");
        return StaticValue(member, at);
    }

    /// <summary>The initial value of a static readonly field or get-only auto-property, evaluated once per evaluation.</summary>
    private object? StaticValue(ISymbol member, IOperation at)
    {
        if (_statics.TryGetValue(member, out var cached)) return cached;
        if (!_initializing.Add(member))
            throw NotEvaluable(at, $"the initializer of '{member.Name}' depends on its own value");
        try
        {
            var initializer = member.DeclaringSyntaxReferences.Select(r => r.GetSyntax(_cancellation)).Select(node => node switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            }).FirstOrDefault(i => i is not null);
            object? value;
            if (initializer is null)
            {
                if (HasStaticConstructor(member.ContainingType))
                    throw NotEvaluable(at, $"'{member.Name}' is assigned in a static constructor, which the build does not run; give it an initializer instead");
                value = DefaultOf(member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type);
            }
            else
            {
                var operation = OperationOf(initializer) switch
                {
                    ISymbolInitializerOperation symbolInitializer => symbolInitializer.Value,
                    var other => other,
                } ?? throw new InvalidCodeException();
                var outer = _frame;
                _frame = new Frame(null, member, null);
                try
                {
                    value = Evaluate(operation);
                }
                finally
                {
                    _frame = outer;
                }
            }
            _statics[member] = value;
            return value;
        }
        finally
        {
            _initializing.Remove(member);
        }
    }

    private static bool HasStaticConstructor(INamedTypeSymbol type) => type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared);

    /// <summary>True when a property stores its value (an auto-property or a record's positional property), rather than computing it.</summary>
    private bool IsAutoProperty(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(_cancellation))
            {
                case ParameterSyntax:
                    return true;
                case PropertyDeclarationSyntax declaration:
                    return declaration.ExpressionBody is null && declaration.AccessorList is { } accessors
                        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);
            }
        }
        return property.DeclaringSyntaxReferences.Length == 0;
    }

    /// <summary>An instance member of an evaluated value.</summary>
    private object? ReadMember(object? instance, ISymbol member, IOperation at)
    {
        switch (instance)
        {
            case null:
                throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, at, $"The value is null here, so reading '{member.Name}' would throw at run time");
            case UserObject obj:
                if (member is IPropertySymbol { GetMethod: { } getter } property && HasSource(property) && !IsAutoProperty(property))
                    return CallMethod(getter, obj, Array.Empty<object?>(), null, at);
                return member is IFieldSymbol ? obj.GetField(member.Name) : obj.Get(member.Name);
            case TupleValue tuple when member is IFieldSymbol field:
                return tuple.Items[TupleIndex(field)];
            case EnumValue or Closure or TupleValue:
                throw NotEvaluable(at, $"'{member.Name}' of this value is not available to the build");
        }
        if (!ClrTypes.IsAsl(member) && Refusals.For(member) is { } refusal) throw NotEvaluable(at, refusal);
        if (!ClrTypes.IsAsl(member) && !ClrTypes.IsPure(member.ContainingType)) throw NotEvaluable(at, ForeignCode(member));
        var type = member.ContainingType.TypeKind == TypeKind.Interface ? ClrTypes.Map(member.ContainingType, Resolve)! : instance.GetType();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        return Clr(at, () => member is IFieldSymbol
            ? (type.GetField(member.Name, flags) ?? throw new MissingMemberException(type.Name, member.Name)).GetValue(instance)
            : (type.GetProperty(member.MetadataName, flags) ?? throw new MissingMemberException(type.Name, member.Name)).GetValue(instance));
    }

    private static int TupleIndex(IFieldSymbol field)
    {
        var name = (field.CorrespondingTupleField ?? field).Name;
        return name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(name.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n - 1 : 0;
    }

    private object? ReadIndexer(object? instance, IPropertySymbol indexer, object?[] arguments, IOperation at)
    {
        if (instance is null) throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, at, "The value is null here, so indexing it would throw at run time");
        if (instance is IList or string && arguments.Length == 1 && arguments[0] is FromEnd or RangeValue) return ReadElement(instance, arguments, at);
        if (!ClrTypes.IsPure(indexer.ContainingType)) throw NotEvaluable(at, ForeignCode(indexer));
        var type = indexer.ContainingType.TypeKind == TypeKind.Interface ? ClrTypes.Map(indexer.ContainingType, Resolve)! : instance.GetType();
        var property = type.GetProperties().FirstOrDefault(p => p.Name == indexer.MetadataName && p.GetIndexParameters().Length == arguments.Length)
            ?? throw NotEvaluable(at, ForeignCode(indexer));
        var parameters = property.GetIndexParameters();
        return Clr(at, () => property.GetValue(instance, arguments.Select((a, i) => ToClr(a, parameters[i].ParameterType, at)).ToArray()));
    }

    private object? ReadElement(object? collection, object?[] indices, IOperation at)
    {
        if (indices.Length != 1) throw Unsupported(at, "A multi-dimensional index", "use arrays of arrays");
        return Clr(at, () =>
        {
            var index = indices[0];
            switch (collection)
            {
                case string text when index is RangeValue range:
                    var (start, length) = range.Resolve(text.Length);
                    return text.Substring(start, length);
                case string text:
                    return text[Position(index, text.Length)];
                case Array array when index is RangeValue range:
                    var (offset, count) = range.Resolve(array.Length);
                    var slice = Array.CreateInstance(array.GetType().GetElementType()!, count);
                    Array.Copy(array, offset, slice, 0, count);
                    return slice;
                case IList list when index is RangeValue:
                    throw new NotSupportedException("A range of a list; use list.GetRange(start, count)");
                case IList list:
                    return list[Position(index, list.Count)];
                case null:
                    throw new NullReferenceException("The collection is null.");
                default:
                    throw new NotSupportedException("Indexing this value");
            }
        });
    }

    private void WriteElement(object? collection, object?[] indices, object? value, IOperation at)
    {
        if (indices.Length != 1) throw Unsupported(at, "A multi-dimensional index", "use arrays of arrays");
        Clr(at, () =>
        {
            switch (collection)
            {
                case Array array:
                    array.SetValue(ToClr(value, array.GetType().GetElementType()!, at), Position(indices[0], array.Length));
                    return null;
                case IList list:
                    list[Position(indices[0], list.Count)] = value;
                    return null;
                default:
                    throw new NotSupportedException("Assigning an element of this value");
            }
        });
    }

    private static int Position(object? index, int length) => index is FromEnd end ? length - end.Value : System.Convert.ToInt32(index, CultureInfo.InvariantCulture);

    /// <summary>Assigns a member of an object this evaluation created (in a constructor or an object initializer) or an indexer of a collection.</summary>
    private void WriteMember(object? instance, ISymbol member, object?[] arguments, object? value, IOperation source, IOperation at)
    {
        instance ??= _frame.Self;
        switch (instance)
        {
            case UserObject obj when member is IFieldSymbol:
                obj.SetField(member.Name, value);
                return;
            case UserObject obj:
                obj.Set(member.Name, value, LocationOf(source));
                return;
            case TupleValue tuple when member is IFieldSymbol field:
                tuple.Items[TupleIndex(field)] = value;
                return;
            case null:
                throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, at, $"The value is null here, so setting '{member.Name}' would throw at run time");
        }
        if (!ClrTypes.IsAsl(member) && !ClrTypes.IsPure(member.ContainingType)) throw NotEvaluable(at, ForeignCode(member));
        var type = member.ContainingType.TypeKind == TypeKind.Interface ? ClrTypes.Map(member.ContainingType, Resolve)! : instance.GetType();
        Clr(at, () =>
        {
            var property = type.GetProperties().FirstOrDefault(p => p.Name == member.MetadataName && p.GetIndexParameters().Length == arguments.Length)
                ?? throw new MissingMemberException(type.Name, member.Name);
            var parameters = property.GetIndexParameters();
            property.SetValue(instance, ToClr(value, property.PropertyType, at), arguments.Select((a, i) => ToClr(a, parameters[i].ParameterType, at)).ToArray());
            return null;
        });
    }

    /// <summary>Where the value of an operation came from: a parameter's value came from the caller's argument.</summary>
    private SourceOrigin LocationOf(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        if (operation is IParameterReferenceOperation parameter && _frame.ArgumentOrigin(parameter.Parameter) is { } origin) return origin;
        return new SourceOrigin(operation.Syntax);
    }

    /// <summary>Runs CLR code, turning what it throws into the diagnostic Define() would meet at run time.</summary>
    private object? Clr(IOperation at, Func<object?> action, LocationInfo? rejectedAt = null)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not (EvaluationException or InvalidCodeException or StackDepthException or OperationCanceledException))
        {
            throw Translate(e, at, rejectedAt);
        }
    }

    /// <summary>
    /// What CLR code threw, as a diagnostic: a builder's rejection on the origin it names (else <paramref name="rejectedAt"/>),
    /// anything else on <paramref name="at"/>. The evaluator's own exceptions, wrapped by reflection, pass unchanged.
    /// </summary>
    private Exception Translate(Exception e, IOperation at, LocationInfo? rejectedAt)
    {
        var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
        if (inner is EvaluationException or InvalidCodeException or StackDepthException or OperationCanceledException) return inner;
        if (inner is WorkflowDefinitionException rejected)
            return new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidWorkflowValue,
                (rejected.Origin as SourceOrigin)?.Location ?? rejectedAt ?? LocationInfo.From(at.Syntax), rejected.Message));
        return Fail(DiagnosticDescriptors.InvalidWorkflowValue, at, $"Define() would throw {inner.GetType().Name} here: {inner.Message}");
    }

    private bool HasSource(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Length > 0 && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    private static string ForeignCode(ISymbol member) =>
        $"'{member.ContainingType?.Name}.{member.Name}' is compiled in {member.ContainingAssembly?.Name ?? "another assembly"}, so the build cannot read its code; "
        + "declare the helper in this project, or use a constant";
}
