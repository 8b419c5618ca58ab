using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    private object? Binary(IBinaryOperation operation)
    {
        var kind = operation.OperatorKind;
        if (kind == BinaryOperatorKind.ConditionalAnd) return IsTrue(operation.LeftOperand) && IsTrue(operation.RightOperand);
        if (kind == BinaryOperatorKind.ConditionalOr) return IsTrue(operation.LeftOperand) || IsTrue(operation.RightOperand);
        if (operation.OperatorMethod is { } method && !IsBuiltIn(method))
            return CallMethod(method, null, new[] { Evaluate(operation.LeftOperand), Evaluate(operation.RightOperand) }, null, operation);
        var left = Evaluate(operation.LeftOperand);
        var right = Evaluate(operation.RightOperand);
        return BinaryValue(kind, left, right, operation.Type, operation);
    }

    private static bool IsBuiltIn(IMethodSymbol method) => method.ContainingType?.SpecialType is not SpecialType.None || method.ContainingType?.TypeKind == TypeKind.Enum
        || method.ContainingType?.TypeKind == TypeKind.Delegate;

    private object? BinaryValue(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol? type, IOperation at)
    {
        if (type?.SpecialType == SpecialType.System_String && kind == BinaryOperatorKind.Add)
            return Format(left, null, ((IBinaryOperation?)(at as IBinaryOperation))?.LeftOperand ?? at) + Format(right, null, (at as IBinaryOperation)?.RightOperand ?? at);
        switch (kind)
        {
            case BinaryOperatorKind.Equals:
                return ValueEquals(left, right);
            case BinaryOperatorKind.NotEquals:
                return !ValueEquals(left, right);
        }
        if (left is null || right is null) return kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual ? false : null;
        if (left is bool l && right is bool r)
        {
            return kind switch
            {
                BinaryOperatorKind.And => l & r,
                BinaryOperatorKind.Or => l | r,
                BinaryOperatorKind.ExclusiveOr => l ^ r,
                _ => throw Unsupported(at, "This operator on booleans", "use &&, ||, ! or ^"),
            };
        }
        if (left is EnumValue or Enum && right is EnumValue or Enum)
        {
            var a = EnumNumber(left);
            var b = EnumNumber(right);
            return kind switch
            {
                BinaryOperatorKind.And => ToEnum(EnumType(left, at), a & b),
                BinaryOperatorKind.Or => ToEnum(EnumType(left, at), a | b),
                BinaryOperatorKind.ExclusiveOr => ToEnum(EnumType(left, at), a ^ b),
                _ => Numbers.Binary(kind, a, b),
            };
        }
        if (left is EnumValue or Enum && Numbers.IsNumeric(right) && kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
            return ToEnum(EnumType(left, at), (long)Numbers.Binary(kind, EnumNumber(left), System.Convert.ToInt64(right, CultureInfo.InvariantCulture))!);
        try
        {
            if (Numbers.IsNumeric(left) && Numbers.IsNumeric(right) && Numbers.Binary(kind, left, right) is { } result) return result;
        }
        catch (DivideByZeroException)
        {
            throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, at, "Define() divides by zero here, at compile time as it would at run time");
        }
        throw Unsupported(at, "This operator on these values", "use arithmetic on numbers, + on strings, and comparisons");
    }

    private INamedTypeSymbol EnumType(object value, IOperation at) => value switch
    {
        EnumValue e => e.Type,
        _ => (at.Type as INamedTypeSymbol) ?? throw Unsupported(at, "This enum operation", "combine enum values of one type"),
    };

    /// <summary>C# == on evaluated values: strings, numbers and enums by value, everything else by reference.</summary>
    private static bool ValueEquals(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        if (Numbers.IsNumeric(left) && Numbers.IsNumeric(right) && left.GetType() != right.GetType())
            return Numbers.Binary(BinaryOperatorKind.Equals, Numbers.Convert(left, SpecialType.System_Double), Numbers.Convert(right, SpecialType.System_Double)) is true;
        if (left is string or bool or char or EnumValue or Enum || Numbers.IsNumeric(left) || left is TimeSpan or DateTime or DateTimeOffset) return left.Equals(right);
        return ReferenceEquals(left, right);
    }

    private object? Unary(IUnaryOperation operation)
    {
        if (operation.OperatorMethod is { } method && !IsBuiltIn(method))
            return CallMethod(method, null, new[] { Evaluate(operation.Operand) }, null, operation);
        var value = Evaluate(operation.Operand);
        switch (operation.OperatorKind)
        {
            case UnaryOperatorKind.Not when value is bool b:
                return !b;
            case UnaryOperatorKind.Hat:
                return new FromEnd(System.Convert.ToInt32(value, CultureInfo.InvariantCulture));
            case UnaryOperatorKind.BitwiseNegation when value is EnumValue or Enum:
                return ToEnum(EnumType(value, operation), ~EnumNumber(value));
        }
        if (value is null) return null;
        return Numbers.IsNumeric(value) && Numbers.Unary(operation.OperatorKind, value) is { } result
            ? result
            : throw Unsupported(operation, "This unary operator", "use -, +, ! or ~ on numbers and booleans");
    }

    private object? CompoundAssign(ICompoundAssignmentOperation operation)
    {
        var current = Evaluate(operation.Target);
        var value = Evaluate(operation.Value);
        object? result;
        if (operation.OperatorMethod is { } method && !IsBuiltIn(method))
        {
            result = CallMethod(method, null, new[] { current, value }, null, operation);
        }
        else
        {
            var operandType = operation.Target.Type?.SpecialType == SpecialType.System_String ? operation.Target.Type : operation.Type;
            var left = Numbers.IsNumeric(current) && operation.Type is { } t && IsNumericType(t.SpecialType) && Numbers.IsNumeric(value)
                ? Numbers.Convert(current!, Wider(current!, value!))
                : current;
            var right = Numbers.IsNumeric(value) && Numbers.IsNumeric(left) ? Numbers.Convert(value!, Wider(left!, value!)) : value;
            result = BinaryValue(operation.OperatorKind, left, right, operandType, operation);
            result = ConvertValue(result, operation.Target.Type, operation);
        }
        return Assign(operation.Target, result, operation);
    }

    /// <summary>The type both operands of a compound assignment are computed in.</summary>
    private static SpecialType Wider(object a, object b)
    {
        static int Rank(object v) => v switch { decimal => 6, double => 5, float => 4, ulong => 3, long => 3, uint => 2, _ => 1 };
        var winner = Rank(a) >= Rank(b) ? a : b;
        return winner switch
        {
            decimal => SpecialType.System_Decimal,
            double => SpecialType.System_Double,
            float => SpecialType.System_Single,
            ulong => SpecialType.System_UInt64,
            long => SpecialType.System_Int64,
            uint => SpecialType.System_UInt32,
            _ => SpecialType.System_Int32,
        };
    }

    private object? Increment(IIncrementOrDecrementOperation operation)
    {
        var current = Evaluate(operation.Target);
        if (!Numbers.IsNumeric(current)) throw Unsupported(operation, "++ or -- on this value", "count with an int");
        var next = Numbers.Step(current!, operation.Kind == OperationKind.Increment);
        Assign(operation.Target, next, operation);
        return operation.IsPostfix ? current : next;
    }

    /// <summary>Assigns a local, an element, or a member of an object this evaluation created.</summary>
    private object? Assign(IOperation target, object? value, IOperation source)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                if (local.IsDeclaration || !_frame.TrySet(local.Local, value)) _frame.Declare(local.Local, value);
                return value;
            case IParameterReferenceOperation parameter:
                if (!_frame.TrySet(parameter.Parameter, value)) _frame.Declare(parameter.Parameter, value);
                return value;
            case IDiscardOperation:
                return value;
            case IDeclarationExpressionOperation declaration:
                return Assign(declaration.Expression, value, source);
            case IArrayElementReferenceOperation element:
                WriteElement(Evaluate(element.ArrayReference), element.Indices.Select(Evaluate).ToArray(), value, element);
                return value;
            case IPropertyReferenceOperation { Property.IsStatic: false } property:
                WriteMember(property.Instance is null ? null : Evaluate(property.Instance), property.Property, property.Arguments.Select(a => Evaluate(a.Value)).ToArray(), value, source, property);
                return value;
            case IFieldReferenceOperation { Field.IsStatic: false } field:
                WriteMember(field.Instance is null ? null : Evaluate(field.Instance), field.Field, Array.Empty<object?>(), value, source, field);
                return value;
            case IMemberReferenceOperation { Member.IsStatic: true } member:
                throw NotEvaluable(member, $"it writes the static {(member.Member is IFieldSymbol ? "field" : "property")} '{member.Member.Name}', whose value would then depend on how often and in which order "
                    + "workflows are built; compute the value in a local instead");
            case ITupleOperation tuple:
                Deconstruct(tuple, value, source);
                return value;
            default:
                throw Unsupported(target, "This assignment target", "assign locals, array elements, or members of objects created here");
        }
    }

    private void Deconstruct(IOperation target, object? value, IOperation at)
    {
        if (target is IDeclarationExpressionOperation declaration) target = declaration.Expression;
        if (target is not ITupleOperation tuple) throw Unsupported(at, "This deconstruction", "deconstruct tuples into locals");
        var items = value switch
        {
            TupleValue t => t.Items,
            _ when value?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(System.Collections.Generic.KeyValuePair<,>) =>
                new[] { type.GetProperty("Key")!.GetValue(value), type.GetProperty("Value")!.GetValue(value) },
            _ => throw Unsupported(at, "Deconstructing this value", "deconstruct tuples and dictionary entries"),
        };
        for (var i = 0; i < tuple.Elements.Length && i < items.Length; i++)
        {
            var element = tuple.Elements[i];
            if (element is ITupleOperation or IDeclarationExpressionOperation { Expression: ITupleOperation }) Deconstruct(element, items[i], at);
            else Assign(element, ConvertValue(items[i], element.Type, element), at);
        }
    }

    private object? Switch(ISwitchExpressionOperation operation)
    {
        var value = Evaluate(operation.Value);
        foreach (var arm in operation.Arms)
        {
            if (!Matches(arm.Pattern, value)) continue;
            if (arm.Guard is not null && !IsTrue(arm.Guard)) continue;
            return Evaluate(arm.Value);
        }
        throw Fail(DiagnosticDescriptors.InvalidWorkflowValue, operation, "No arm of this switch expression matches the value here, so Define() would throw at run time; add an arm for it or a discard arm (_ => ...)");
    }

    /// <summary>True when <paramref name="value"/> matches the pattern; declared variables are assigned.</summary>
    private bool Matches(IPatternOperation pattern, object? value)
    {
        Step(pattern);
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return ValueEquals(value, ConvertValue(Evaluate(constant.Value), constant.InputType, constant));
            case IRelationalPatternOperation relational:
                var operand = Evaluate(relational.Value);
                if (value is null || operand is null) return false;
                return BinaryValue(relational.OperatorKind, value, Numbers.IsNumeric(value) && Numbers.IsNumeric(operand) ? Numbers.Convert(operand, Wider(value, operand)) : operand, null, relational) is true;
            case IDiscardPatternOperation:
                return true;
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, value);
            case IBinaryPatternOperation binary:
                return binary.OperatorKind == BinaryOperatorKind.Or
                    ? Matches(binary.LeftPattern, value) || Matches(binary.RightPattern, value)
                    : Matches(binary.LeftPattern, value) && Matches(binary.RightPattern, value);
            case ITypePatternOperation type:
                return IsInstance(value, type.MatchedType);
            case IDeclarationPatternOperation declaration:
                if (declaration.MatchedType is { } matched ? !IsInstance(value, matched) : value is null && !declaration.MatchesNull) return false;
                if (declaration.DeclaredSymbol is { } symbol) _frame.Declare(symbol, value);
                return true;
            case IRecursivePatternOperation recursive:
                if (value is null || (recursive.MatchedType is { } recursiveType && !IsInstance(value, recursiveType))) return false;
                foreach (var sub in recursive.PropertySubpatterns)
                {
                    var member = sub.Member switch
                    {
                        IPropertyReferenceOperation p => ReadMember(value, p.Property, p),
                        IFieldReferenceOperation f => ReadMember(value, f.Field, f),
                        _ => throw Unsupported(sub, "This property pattern", "match properties by name"),
                    };
                    if (!Matches(sub.Pattern, member)) return false;
                }
                if (recursive.DeconstructionSubpatterns.Length > 0)
                {
                    if (value is not TupleValue tuple) throw Unsupported(recursive, "A positional pattern on this value", "use positional patterns on tuples");
                    for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                        if (i >= tuple.Items.Length || !Matches(recursive.DeconstructionSubpatterns[i], tuple.Items[i])) return false;
                }
                if (recursive.DeclaredSymbol is { } declared) _frame.Declare(declared, value);
                return true;
            default:
                throw Unsupported(pattern, "This pattern", "use constant, relational, type, property, and/or/not patterns");
        }
    }

    /// <summary>C#'s <c>is T</c> on an evaluated value.</summary>
    private bool IsInstance(object? value, ITypeSymbol type)
    {
        type = ResolveType(type);
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        switch (value)
        {
            case null:
                return false;
            case UserObject obj:
                var conversion = _compilation.ClassifyCommonConversion(obj.Type, type);
                return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
            case EnumValue e:
                return SymbolEqualityComparer.Default.Equals(e.Type, type) || type.SpecialType is SpecialType.System_Object or SpecialType.System_Enum;
            case TupleValue t:
                return type.SpecialType == SpecialType.System_Object || (type is INamedTypeSymbol { IsTupleType: true } tupleType && tupleType.TupleElements.Length == t.Items.Length);
            case Closure:
                return type.TypeKind == TypeKind.Delegate || type.SpecialType == SpecialType.System_Object;
        }
        if (type.SpecialType == SpecialType.System_Object) return true;
        return ClrTypes.Map(type, Resolve, erase: false) is { } clr && clr.IsInstanceOfType(value);
    }

    /// <summary>The value of <c>default(T)</c>.</summary>
    private object? DefaultOf(ITypeSymbol? type)
    {
        if (type is null) return null;
        type = ResolveType(type);
        if (type.TypeKind == TypeKind.Enum) return ToEnum((INamedTypeSymbol)type, 0);
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return null;
        return type.SpecialType switch
        {
            SpecialType.System_Boolean => false,
            SpecialType.System_Char => '\0',
            SpecialType.System_SByte => (sbyte)0,
            SpecialType.System_Byte => (byte)0,
            SpecialType.System_Int16 => (short)0,
            SpecialType.System_UInt16 => (ushort)0,
            SpecialType.System_Int32 => 0,
            SpecialType.System_UInt32 => 0u,
            SpecialType.System_Int64 => 0L,
            SpecialType.System_UInt64 => 0UL,
            SpecialType.System_Single => 0f,
            SpecialType.System_Double => 0d,
            SpecialType.System_Decimal => 0m,
            _ => type.IsValueType && ClrTypes.Map(type, Resolve, erase: false) is { IsValueType: true } clr && !clr.IsGenericParameter
                ? Activator.CreateInstance(clr)
                : null,
        };
    }
}
