using System.Globalization;
using System.Text.RegularExpressions;
using Asl.JsonAta;
using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>$sum, $count, $max, $min and $average over an array of numbers.</summary>
internal static class Aggregates
{
    public static object? Sum(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray items) return null;
        var total = 0.0;
        foreach (var item in items) total += (double)item!;
        return Box.Number(total);
    }

    public static object? Count(Evaluation ev, object?[] a, CallSite site) =>
        Box.Number(Arg(a, 0) is JArray items ? items.Count : 0);

    public static object? Max(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray { Count: > 0 } items) return null;
        var max = double.NegativeInfinity;
        foreach (var item in items)
        {
            var value = (double)item!;
            if (double.IsNaN(value)) return value;
            if (value > max) max = value;
        }
        return Box.Number(max);
    }

    public static object? Min(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray { Count: > 0 } items) return null;
        var min = double.PositiveInfinity;
        foreach (var item in items)
        {
            var value = (double)item!;
            if (double.IsNaN(value)) return value;
            if (value < min) min = value;
        }
        return Box.Number(min);
    }

    public static object? Average(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not JArray { Count: > 0 } items) return null;
        var total = 0.0;
        foreach (var item in items) total += (double)item!;
        return Box.Number(total / items.Count);
    }
}

/// <summary>JSONata's numeric and boolean functions.</summary>
internal static class Numbers
{
    private static readonly Regex Decimal = new(@"^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    // JSONata's test, whose alternatives are not grouped: a prefix, an inner match, or a suffix is enough.
    private static readonly Regex Prefixed = new(@"^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$", RegexOptions.CultureInvariant);

    public static object? Number(Evaluation ev, object?[] a, CallSite site)
    {
        var value = Arg(a, 0);
        switch (value)
        {
            case null: return null;
            case double: return value;
            case bool b: return Box.Number(b ? 1 : 0);
            case string s when Decimal.IsMatch(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d):
                return Box.Number(d);
            case string s when Prefixed.IsMatch(s):
                return Box.Number(JavaScriptNumber(s));
            default:
                throw new JsonAtaError("D3030") { Value = value, Index = 1 };
        }
    }

    /// <summary>JavaScript's Number() of a 0x, 0o or 0b literal (NaN when the whole string is not one).</summary>
    private static double JavaScriptNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 3 || trimmed[0] != '0') return double.NaN;
        var radix = char.ToLowerInvariant(trimmed[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
        if (radix == 0) return double.NaN;
        var value = 0.0;
        for (var i = 2; i < trimmed.Length; i++)
        {
            var digit = Uri.IsHexDigit(trimmed[i]) ? Convert.ToInt32(trimmed[i].ToString(), 16) : 99;
            if (digit >= radix) return double.NaN;
            value = value * radix + digit;
        }
        return value;
    }

    public static object? Floor(Evaluation ev, object?[] a, CallSite site) => Arg(a, 0) is double d ? Box.Number(Math.Floor(d)) : null;

    public static object? Ceil(Evaluation ev, object?[] a, CallSite site) => Arg(a, 0) is double d ? Box.Number(Math.Ceiling(d)) : null;

    public static object? Abs(Evaluation ev, object?[] a, CallSite site) => Arg(a, 0) is double d ? Box.Number(Math.Abs(d)) : null;

    public static object? Sqrt(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not double d) return null;
        if (d < 0) throw new JsonAtaError("D3060") { Value = d, Index = 1 };
        return Box.Number(Math.Sqrt(d));
    }

    public static object? Power(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not double value) return null;
        var exponent = Arg(a, 1) as double? ?? double.NaN;
        var result = JavaScriptPow(value, exponent);
        if (double.IsNaN(result) || double.IsInfinity(result))
            throw new JsonAtaError("D3061") { Value = value, Exponent = exponent, Index = 1 };
        return Box.Number(result);
    }

    /// <summary>Math.pow: like .NET's, except that 1 and -1 to an infinite power are NaN in JavaScript.</summary>
    private static double JavaScriptPow(double value, double exponent) =>
        double.IsInfinity(exponent) && Math.Abs(value) == 1 ? double.NaN : Math.Pow(value, exponent);

    public static object? Round(Evaluation ev, object?[] a, CallSite site) =>
        Arg(a, 0) is double d ? Box.Number(RoundHalfEven(d, Arg(a, 1) is double precision ? precision : 0)) : null;

    /// <summary>
    /// JSONata's $round: to <paramref name="precision"/> decimal places, halves to even. The decimal point is moved in
    /// the number's text, not by multiplying, so that 2.675 rounds as written.
    /// </summary>
    public static double RoundHalfEven(double value, double precision)
    {
        var shift = (int)precision;
        if (shift != 0) value = Shift(value, shift);
        var result = Math.Floor(value);
        if (value - result >= 0.5) result += 1; // JavaScript's Math.round: halves up
        if (Math.Abs(result - value) == 0.5 && Math.Abs(result % 2) == 1) result -= 1;
        if (shift != 0) result = Shift(result, -shift);
        return result == 0 ? 0 : result;
    }

    private static double Shift(double value, int places)
    {
        var text = JsonAtaNumbers.Format(value);
        var e = text.IndexOf('e');
        var mantissa = e < 0 ? text : text.Substring(0, e);
        var exponent = (e < 0 ? 0 : int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) + places;
        // JavaScript's unary + of the text: "Infinitye-3" is NaN, not an error.
        return double.TryParse(mantissa + "e" + exponent.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var shifted)
            ? shifted
            : double.NaN;
    }

    public static object? Boolean(Evaluation ev, object?[] a, CallSite site)
    {
        var value = Arg(a, 0);
        if (value is null) return null;
        // A function argument reaches a built-in wrapped in a bare JavaScript function, whose truth is false.
        return Box.Bool(value is not JFunction && Evaluation.Boolean(value) == true);
    }

    public static object? Not(Evaluation ev, object?[] a, CallSite site)
    {
        var value = Arg(a, 0);
        if (value is null) return null;
        return Box.Bool(!(value is not JFunction && Evaluation.Boolean(value) == true));
    }

    public static object? Exists(Evaluation ev, object?[] a, CallSite site) => Box.Bool(Arg(a, 0) is not null);
}
