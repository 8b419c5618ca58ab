using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>Evaluates one expression to a value (a CLR value, a builder, or one of the evaluator's values).</summary>
    public object? Evaluate(IOperation operation)
    {
        Step(operation);
        EnsureStack();
        if (operation.ConstantValue.HasValue) return FromConstant(operation.Type, operation.ConstantValue.Value);

        switch (operation)
        {
            case IConversionOperation conversion:
                return Convert(conversion);
            case ILocalReferenceOperation local:
                return ReadLocal(local.Local, local);
            case IParameterReferenceOperation parameter:
                return ReadLocal(parameter.Parameter, parameter);
            case IFieldReferenceOperation field:
                return ReadField(field);
            case IPropertyReferenceOperation property:
                return ReadProperty(property);
            case IArrayElementReferenceOperation element:
                return ReadElement(Evaluate(element.ArrayReference), element.Indices.Select(Evaluate).ToArray(), element);
            case IImplicitIndexerReferenceOperation indexer:
                return ReadElement(Evaluate(indexer.Instance), new[] { Evaluate(indexer.Argument) }, indexer);
            case IInvocationOperation invocation:
                return Invoke(invocation);
            case IObjectCreationOperation creation:
                return Create(creation);
            case IAnonymousObjectCreationOperation anonymous:
                return CreateAnonymous(anonymous);
            case IWithOperation with:
                return With(with);
            case IArrayCreationOperation array:
                return CreateArray(array);
            case ICollectionExpressionOperation collection:
                return CreateCollection(collection);
            case ITupleOperation tuple:
                return new TupleValue(tuple.Elements.Select(Evaluate).ToArray());
            case IInterpolatedStringOperation interpolated:
                return Interpolate(interpolated.Parts);
            case IBinaryOperation binary:
                return Binary(binary);
            case IUnaryOperation unary:
                return Unary(unary);
            case IRangeOperation range:
                return new RangeValue(range.LeftOperand is null ? null : Evaluate(range.LeftOperand), range.RightOperand is null ? null : Evaluate(range.RightOperand));
            case IConditionalOperation conditional:
                return IsTrue(conditional.Condition) ? Evaluate(conditional.WhenTrue) : conditional.WhenFalse is { } whenFalse ? Evaluate(whenFalse) : null;
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value) ?? Evaluate(coalesce.WhenNull);
            case IConditionalAccessOperation access:
                return ConditionalAccess(access);
            case IConditionalAccessInstanceOperation:
                return _receivers.Peek();
            case IInstanceReferenceOperation instance:
                return instance.ReferenceKind == InstanceReferenceKind.ImplicitReceiver ? _receivers.Peek() : _frame.Self;
            case IIsTypeOperation isType:
                return IsInstance(Evaluate(isType.ValueOperand), isType.TypeOperand) != isType.IsNegated;
            case IIsPatternOperation isPattern:
                return Matches(isPattern.Pattern, Evaluate(isPattern.Value));
            case ISwitchExpressionOperation switchExpression:
                return Switch(switchExpression);
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, Evaluate(assignment.Value), assignment.Value);
            case ICompoundAssignmentOperation compound:
                return CompoundAssign(compound);
            case ICoalesceAssignmentOperation coalesceAssignment:
                return Evaluate(coalesceAssignment.Target) ?? Assign(coalesceAssignment.Target, Evaluate(coalesceAssignment.Value), coalesceAssignment.Value);
            case IIncrementOrDecrementOperation increment:
                return Increment(increment);
            case IDeconstructionAssignmentOperation deconstruction:
                var deconstructed = Evaluate(deconstruction.Value);
                Deconstruct(deconstruction.Target, deconstructed, deconstruction);
                return deconstructed;
            case IDeclarationExpressionOperation declaration:
                return Evaluate(declaration.Expression);
            case IAnonymousFunctionOperation lambda:
                return new Closure(lambda.Symbol, lambda.Body, _frame, lambda);
            case IDelegateCreationOperation creation:
                return Evaluate(creation.Target);
            case IMethodReferenceOperation method:
                return MethodGroup(method);
            case IDefaultValueOperation:
                return DefaultOf(operation.Type);
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand);
            case IThrowOperation @throw:
                throw Thrown(@throw);
            case ITypeOfOperation:
                throw NotEvaluable(operation, "typeof gives a System.Type, which is reflection; use nameof(...) for a type's name");
            case IInvalidOperation:
                throw new InvalidCodeException();
            case IAwaitOperation:
                throw Unsupported(operation, "await", "Define() runs synchronously; compute the value without awaiting");
            default:
                throw Unsupported(operation, "This kind of expression", "write it with the constructs listed in docs/dsl.md (locals, calls of this project's methods, loops, conditionals, strings, arrays, collections, records)");
        }
    }

    private bool IsTrue(IOperation condition) => Evaluate(condition) is true;

    /// <summary>A constant of the given type: enums become builder enums, user enum values or BCL enums.</summary>
    private object? FromConstant(ITypeSymbol? type, object? value)
    {
        if (value is null) return null;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        if (type?.TypeKind != TypeKind.Enum) return value;
        return ToEnum((INamedTypeSymbol)type, System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    private object ToEnum(INamedTypeSymbol type, long value)
    {
        if ((ClrTypes.IsAsl(type) || ClrTypes.IsPure(type)) && ClrType(type, erase: false) is { IsEnum: true } clr)
            return Enum.ToObject(clr, value);
        return new EnumValue(type, value);
    }

    private static long EnumNumber(object value) => value switch
    {
        EnumValue e => e.Value,
        Enum e => System.Convert.ToInt64(e, CultureInfo.InvariantCulture),
        _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Resolves a type parameter to the type argument of the running generic method.</summary>
    private ITypeSymbol? Resolve(ITypeParameterSymbol parameter) => _frame.TypeArgument(parameter);

    private ITypeSymbol ResolveType(ITypeSymbol type) => type is ITypeParameterSymbol parameter && Resolve(parameter) is { } argument ? argument : type;

    private object? ReadLocal(ISymbol symbol, IOperation at)
    {
        if (_frame.TryGet(symbol, out var value)) return value;
        throw NotEvaluable(at, "it has no value yet at this point");
    }

    private object? Convert(IConversionOperation operation)
    {
        var value = Evaluate(operation.Operand);
        var conversion = operation.GetConversion();
        if (conversion.IsUserDefined && conversion.MethodSymbol is { } method)
            return CallMethod(method, null, new[] { value }, null, operation);
        return ConvertValue(value, operation.Type, operation);
    }

    /// <summary>A value converted to <paramref name="target"/> as C# converts it: numbers and enums change, references stay.</summary>
    private object? ConvertValue(object? value, ITypeSymbol? target, IOperation at)
    {
        if (value is null || target is null) return value;
        if (target is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) target = nullable.TypeArguments[0];
        target = ResolveType(target);
        if (target.TypeKind == TypeKind.Enum)
            return value is EnumValue or Enum || Numbers.IsNumeric(value) ? ToEnum((INamedTypeSymbol)target, EnumNumber(value)) : value;
        if (IsNumericType(target.SpecialType))
        {
            if (value is EnumValue or Enum) value = EnumNumber(value);
            if (Numbers.IsNumeric(value)) return Numbers.Convert(value, target.SpecialType);
        }
        if (target.SpecialType == SpecialType.System_Char && Numbers.IsNumeric(value)) return Numbers.Convert(value, SpecialType.System_Char);
        return value;
    }

    private static bool IsNumericType(SpecialType type) => type is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16
        or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
        or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    private object? ConditionalAccess(IConditionalAccessOperation access)
    {
        var receiver = Evaluate(access.Operation);
        if (receiver is null) return null;
        _receivers.Push(receiver);
        try
        {
            return Evaluate(access.WhenNotNull);
        }
        finally
        {
            _receivers.Pop();
        }
    }

    private object? MethodGroup(IMethodReferenceOperation method)
    {
        if (method.Instance is not null && !method.Method.IsStatic)
            throw Unsupported(method, "A method group of an instance", "write a lambda instead, for example x => item.Method(x)");
        return new Closure(method.Method, null, _frame, method);
    }

    private Exception Thrown(IThrowOperation @throw)
    {
        string? message = null;
        var exception = @throw.Exception is IConversionOperation c ? c.Operand : @throw.Exception;
        if (exception is IObjectCreationOperation { Constructor: { } constructor } creation)
        {
            var messageArgument = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "message");
            if (messageArgument is not null) message = Evaluate(messageArgument.Value) as string;
            message = constructor.ContainingType.Name + (message is null ? "" : ": " + message);
        }
        return Fail(DiagnosticDescriptors.InvalidWorkflowValue, @throw,
            "Define() throws " + (message ?? "an exception") + " here, at compile time as it would at run time; change the code so that it builds the workflow");
    }

    private string Interpolate(IEnumerable<IInterpolatedStringContentOperation> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    text.Append(Evaluate(literal.Text) as string);
                    break;
                case IInterpolationOperation hole:
                    var value = Evaluate(hole.Expression);
                    var format = hole.FormatString is null ? null : Evaluate(hole.FormatString) as string;
                    var formatted = Format(value, format, hole.Expression);
                    if (hole.Alignment is not null && Evaluate(hole.Alignment) is int width)
                        formatted = width < 0 ? formatted.PadRight(-width) : formatted.PadLeft(width);
                    text.Append(formatted);
                    break;
                default:
                    throw Unsupported(part, "This part of an interpolated string", "use plain {value} holes");
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// A value as string concatenation and interpolation write it. Numbers with a fractional part, dates and the like are
    /// written with the current culture at run time (a German machine writes 0,5), so they are refused here rather than
    /// written differently at build time.
    /// </summary>
    private string Format(object? value, string? format, IOperation at)
    {
        switch (value)
        {
            case null: return "";
            case string s: return s;
            case char c: return c.ToString();
            case bool b: return b ? "True" : "False";
            case EnumValue e when format is null: return e.ToString();
            case Enum e: return e.ToString(format);
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                return ((IFormattable)value).ToString(format, CultureInfo.InvariantCulture);
            case TimeSpan span when format is null or "c" or "g" or "G":
                return span.ToString(format, CultureInfo.InvariantCulture);
            case float or double or decimal or DateTime or DateTimeOffset or TimeSpan:
                throw NotEvaluable(at, $"a {value.GetType().Name} is written with the culture of the machine that runs the workflow (0.5 or 0,5), "
                    + "so the build cannot know its text; call .ToString(CultureInfo.InvariantCulture), or pass an integer");
            case UserObject or TupleValue or Closure or EnumValue:
                throw NotEvaluable(at, "it is an object whose text is its type and members; write the members you want instead");
            default:
                return value.ToString() ?? "";
        }
    }
}
