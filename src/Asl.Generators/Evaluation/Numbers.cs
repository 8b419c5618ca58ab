using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Evaluation;

/// <summary>C# arithmetic and numeric conversions on boxed CLR numbers, with C#'s unchecked semantics.</summary>
internal static class Numbers
{
    public static bool IsNumeric(object? value) => value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal or char;

    /// <summary>An explicit (unchecked) numeric conversion of <paramref name="value"/> to <paramref name="target"/>.</summary>
    public static object Convert(object value, SpecialType target)
    {
        if (value is char c) value = (int)c;
        switch (value)
        {
            case double or float:
                var d = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return target switch
                {
                    SpecialType.System_Double => d,
                    SpecialType.System_Single => (float)d,
                    SpecialType.System_Decimal => (decimal)d,
                    _ => FromLong(unchecked((long)d), target, d),
                };
            case decimal m:
                return target switch
                {
                    SpecialType.System_Double => (double)m,
                    SpecialType.System_Single => (float)m,
                    SpecialType.System_Decimal => m,
                    SpecialType.System_UInt64 => (ulong)m,
                    _ => FromLong((long)m, target, (double)m),
                };
            case ulong u:
                return target switch
                {
                    SpecialType.System_Double => (double)u,
                    SpecialType.System_Single => (float)u,
                    SpecialType.System_Decimal => (decimal)u,
                    SpecialType.System_UInt64 => u,
                    _ => FromLong(unchecked((long)u), target, u),
                };
            default:
                var l = System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return target switch
                {
                    SpecialType.System_Double => (double)l,
                    SpecialType.System_Single => (float)l,
                    SpecialType.System_Decimal => (decimal)l,
                    _ => FromLong(l, target, l),
                };
        }
    }

    // Each arm is boxed on its own: a switch expression of numeric arms would otherwise widen them all to one type.
    private static object FromLong(long l, SpecialType target, double original) => target switch
    {
        SpecialType.System_Int64 => (object)l,
        SpecialType.System_UInt64 => (object)unchecked((ulong)l),
        SpecialType.System_Int32 => (object)unchecked((int)l),
        SpecialType.System_UInt32 => (object)unchecked((uint)l),
        SpecialType.System_Int16 => (object)unchecked((short)l),
        SpecialType.System_UInt16 => (object)unchecked((ushort)l),
        SpecialType.System_Byte => (object)unchecked((byte)l),
        SpecialType.System_SByte => (object)unchecked((sbyte)l),
        SpecialType.System_Char => (object)unchecked((char)l),
        SpecialType.System_Double => (object)original,
        _ => (object)l,
    };

    /// <summary>An arithmetic, bitwise or comparison operator on two numbers already converted to the operator's type.</summary>
    public static object? Binary(BinaryOperatorKind kind, object left, object right)
    {
        switch (left)
        {
            case int a when right is int b:
                return kind switch
                {
                    BinaryOperatorKind.Add => unchecked(a + b),
                    BinaryOperatorKind.Subtract => unchecked(a - b),
                    BinaryOperatorKind.Multiply => unchecked(a * b),
                    BinaryOperatorKind.Divide => a / b,
                    BinaryOperatorKind.Remainder => a % b,
                    BinaryOperatorKind.And => a & b,
                    BinaryOperatorKind.Or => a | b,
                    BinaryOperatorKind.ExclusiveOr => a ^ b,
                    BinaryOperatorKind.LeftShift => a << b,
                    BinaryOperatorKind.RightShift => a >> b,
                    _ => Compare(kind, a.CompareTo(b)),
                };
            case long a:
                var lb = System.Convert.ToInt64(right, CultureInfo.InvariantCulture);
                return kind switch
                {
                    BinaryOperatorKind.Add => unchecked(a + lb),
                    BinaryOperatorKind.Subtract => unchecked(a - lb),
                    BinaryOperatorKind.Multiply => unchecked(a * lb),
                    BinaryOperatorKind.Divide => a / lb,
                    BinaryOperatorKind.Remainder => a % lb,
                    BinaryOperatorKind.And => a & lb,
                    BinaryOperatorKind.Or => a | lb,
                    BinaryOperatorKind.ExclusiveOr => a ^ lb,
                    BinaryOperatorKind.LeftShift => a << (int)lb,
                    BinaryOperatorKind.RightShift => a >> (int)lb,
                    _ => Compare(kind, a.CompareTo(lb)),
                };
            case uint or ulong:
                var ua = System.Convert.ToUInt64(left, CultureInfo.InvariantCulture);
                var ub = System.Convert.ToUInt64(right, CultureInfo.InvariantCulture);
                object Narrow(ulong v) => left is uint ? unchecked((uint)v) : v;
                return kind switch
                {
                    BinaryOperatorKind.Add => Narrow(unchecked(ua + ub)),
                    BinaryOperatorKind.Subtract => Narrow(unchecked(ua - ub)),
                    BinaryOperatorKind.Multiply => Narrow(unchecked(ua * ub)),
                    BinaryOperatorKind.Divide => Narrow(ua / ub),
                    BinaryOperatorKind.Remainder => Narrow(ua % ub),
                    BinaryOperatorKind.And => Narrow(ua & ub),
                    BinaryOperatorKind.Or => Narrow(ua | ub),
                    BinaryOperatorKind.ExclusiveOr => Narrow(ua ^ ub),
                    BinaryOperatorKind.LeftShift => Narrow(ua << (int)ub),
                    BinaryOperatorKind.RightShift => Narrow(ua >> (int)ub),
                    _ => Compare(kind, ua.CompareTo(ub)),
                };
            case decimal a:
                var mb = System.Convert.ToDecimal(right, CultureInfo.InvariantCulture);
                return kind switch
                {
                    BinaryOperatorKind.Add => a + mb,
                    BinaryOperatorKind.Subtract => a - mb,
                    BinaryOperatorKind.Multiply => a * mb,
                    BinaryOperatorKind.Divide => a / mb,
                    BinaryOperatorKind.Remainder => a % mb,
                    _ => Compare(kind, a.CompareTo(mb)),
                };
            case double or float:
                var da = System.Convert.ToDouble(left, CultureInfo.InvariantCulture);
                var db = System.Convert.ToDouble(right, CultureInfo.InvariantCulture);
                object Back(double v) => left is float ? (float)v : v;
                return kind switch
                {
                    BinaryOperatorKind.Add => Back(da + db),
                    BinaryOperatorKind.Subtract => Back(da - db),
                    BinaryOperatorKind.Multiply => Back(da * db),
                    BinaryOperatorKind.Divide => Back(da / db),
                    BinaryOperatorKind.Remainder => Back(da % db),
                    BinaryOperatorKind.Equals => da == db,
                    BinaryOperatorKind.NotEquals => da != db,
                    BinaryOperatorKind.LessThan => da < db,
                    BinaryOperatorKind.LessThanOrEqual => da <= db,
                    BinaryOperatorKind.GreaterThan => da > db,
                    BinaryOperatorKind.GreaterThanOrEqual => da >= db,
                    _ => null,
                };
            case char a when right is char b:
                return Compare(kind, a.CompareTo(b));
            default:
                return null;
        }
    }

    private static object? Compare(BinaryOperatorKind kind, int order) => kind switch
    {
        BinaryOperatorKind.Equals => order == 0,
        BinaryOperatorKind.NotEquals => order != 0,
        BinaryOperatorKind.LessThan => order < 0,
        BinaryOperatorKind.LessThanOrEqual => order <= 0,
        BinaryOperatorKind.GreaterThan => order > 0,
        BinaryOperatorKind.GreaterThanOrEqual => order >= 0,
        _ => null,
    };

    /// <summary>Negation, bitwise complement and unary plus.</summary>
    public static object? Unary(UnaryOperatorKind kind, object value) => (kind, value) switch
    {
        (UnaryOperatorKind.Plus, _) => value,
        (UnaryOperatorKind.Minus, int i) => unchecked(-i),
        (UnaryOperatorKind.Minus, long l) => unchecked(-l),
        (UnaryOperatorKind.Minus, double d) => -d,
        (UnaryOperatorKind.Minus, float f) => -f,
        (UnaryOperatorKind.Minus, decimal m) => -m,
        (UnaryOperatorKind.Minus, uint u) => -(long)u,
        (UnaryOperatorKind.BitwiseNegation, int i) => ~i,
        (UnaryOperatorKind.BitwiseNegation, long l) => ~l,
        (UnaryOperatorKind.BitwiseNegation, uint u) => ~u,
        (UnaryOperatorKind.BitwiseNegation, ulong u) => ~u,
        _ => null,
    };

    /// <summary>One step of <c>++</c> / <c>--</c>, keeping the type.</summary>
    public static object Step(object value, bool increment)
    {
        var delta = increment ? 1 : -1;
        return value switch
        {
            int i => (object)unchecked(i + delta),
            long l => (object)unchecked(l + delta),
            double d => (object)(d + delta),
            float f => (object)(f + delta),
            decimal m => (object)(m + delta),
            uint u => (object)unchecked((uint)(u + delta)),
            ulong u => (object)unchecked((ulong)((long)u + delta)),
            short s => (object)unchecked((short)(s + delta)),
            ushort s => (object)unchecked((ushort)(s + delta)),
            byte b => (object)unchecked((byte)(b + delta)),
            sbyte b => (object)unchecked((sbyte)(b + delta)),
            char c => (object)unchecked((char)(c + delta)),
            _ => throw new InvalidOperationException("not a number"),
        };
    }
}
