using System;
using System.Globalization;
using System.Text;

namespace Asl.JsonAta;

/// <summary>Numbers written as JavaScript writes them (JSONata's results and messages are JavaScript's).</summary>
public static class JsonAtaNumbers
{
    /// <summary>
    /// <paramref name="value"/> as JavaScript's <c>Number.prototype.toString()</c> writes it: the shortest digits that
    /// read back to the same double, in plain notation from 1e-7 up to 1e21 and as <c>1.5e+21</c> beyond.
    /// </summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return ((long)value).ToString(CultureInfo.InvariantCulture);

        // "E16" gives 17 significant digits; "R" the shortest that round-trip (on .NET Core 3.0 and later).
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest[0] == '-';
        var digits = new StringBuilder(20);
        var exponent = 0; // the position of the decimal point relative to the first digit
        var seenPoint = false;
        var leading = true;
        var i = negative ? 1 : 0;
        for (; i < shortest.Length; i++)
        {
            var c = shortest[i];
            if (c == '.') { seenPoint = true; continue; }
            if (c is 'E' or 'e') break;
            if (leading && c == '0')
            {
                if (seenPoint) exponent--;
                continue;
            }
            leading = false;
            digits.Append(c);
            if (!seenPoint) exponent++;
        }
        if (i < shortest.Length) exponent += int.Parse(shortest.Substring(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        while (digits.Length > 1 && digits[digits.Length - 1] == '0') digits.Length--;

        var k = digits.Length;
        var n = exponent;
        var result = new StringBuilder(k + 8);
        if (negative) result.Append('-');
        if (k <= n && n <= 21)
        {
            result.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result.Append(digits.ToString(0, n)).Append('.').Append(digits.ToString(n, k - n));
        }
        else if (-6 < n && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            result.Append(digits[0]);
            if (k > 1) result.Append('.').Append(digits.ToString(1, k - 1));
            result.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }
}
