using System.Globalization;
using System.Text;
using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>
/// $formatNumber (XPath's format-number: a decimal picture with grouping, minimum and maximum digits, percent,
/// per-mille and exponent, validated by the rules D3080 to D3093) and $formatBase, as JSONata implements them.
/// </summary>
internal static class NumberFormatting
{
    public static object? FormatBase(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not double value) return null;
        value = Numbers.RoundHalfEven(value, 0);
        var radix = Arg(a, 1) is double r ? Numbers.RoundHalfEven(r, 0) : 10;
        if (radix < 2 || radix > 36) throw new JsonAtaError("D3100") { Value = radix };
        return ToRadix(value, (int)radix);
    }

    /// <summary>
    /// JavaScript's Number.prototype.toString(radix) for an integer: digits exact while the value is, then zeros for the
    /// places past a double's 53 bits (V8 divides by the radix until the quotient is below 2^53).
    /// </summary>
    private static string ToRadix(double value, int radix)
    {
        if (radix == 10 || double.IsNaN(value) || double.IsInfinity(value)) return JsonAtaJson.Text(value);
        var negative = value < 0;
        var integer = Math.Abs(value);
        if (integer == 0) return "0";
        var digits = new StringBuilder();
        while (integer / radix >= 9007199254740992d)
        {
            integer /= radix;
            digits.Append('0');
        }
        do
        {
            var remainder = integer % radix;
            digits.Append((char)(remainder < 10 ? '0' + remainder : 'a' + remainder - 10));
            integer = (integer - remainder) / radix;
        }
        while (integer > 0);
        if (negative) digits.Append('-');
        var text = digits.ToString().ToCharArray();
        Array.Reverse(text);
        return new string(text);
    }

    private sealed class Properties
    {
        public string DecimalSeparator = ".";
        public string GroupingSeparator = ",";
        public string ExponentSeparator = "e";
        public string MinusSign = "-";
        public string Percent = "%";
        public string PerMille = "\u2030";
        public string ZeroDigit = "0";
        public string Digit = "#";
        public string PatternSeparator = ";";

        public void Set(string key, object? value)
        {
            var text = value as string ?? JsonAtaJson.Text(value);
            switch (key)
            {
                case "decimal-separator": DecimalSeparator = text; break;
                case "grouping-separator": GroupingSeparator = text; break;
                case "exponent-separator": ExponentSeparator = text; break;
                case "minus-sign": MinusSign = text; break;
                case "percent": Percent = text; break;
                case "per-mille": PerMille = text; break;
                case "zero-digit": ZeroDigit = text; break;
                case "digit": Digit = text; break;
                case "pattern-separator": PatternSeparator = text; break;
            }
        }
    }

    private sealed record Parts(string Prefix, string Suffix, string ActivePart, string MantissaPart, string? ExponentPart,
        string IntegerPart, string FractionalPart, string Subpicture);

    private sealed class Picture
    {
        public List<int> IntegerGroupingPositions = new();
        public int RegularGrouping;
        public int MinimumIntegerPartSize;
        public int ScalingFactor;
        public string Prefix = "";
        public List<int> FractionalGroupingPositions = new();
        public int MinimumFractionalPartSize;
        public int MaximumFractionalPartSize;
        public int MinimumExponentSize;
        public string Suffix = "";
        public string Subpicture = "";
    }

    public static object? FormatNumber(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not double value) return null;
        var picture = Required<string>(a, 1, site);
        var properties = new Properties();
        if (Arg(a, 2) is JObject options)
            for (var i = 0; i < options.Count; i++) properties.Set(options.KeyAt(i), options.ValueAt(i));

        var zero = properties.ZeroDigit.Length > 0 ? properties.ZeroDigit[0] : '0';
        var family = new string[10];
        for (var i = 0; i < 10; i++) family[i] = ((char)(zero + i)).ToString();
        var active = new List<string>(family) { properties.DecimalSeparator, properties.ExponentSeparator, properties.GroupingSeparator, properties.Digit, properties.PatternSeparator };

        var subPictures = Split(picture, properties.PatternSeparator);
        if (subPictures.Count > 2) throw new JsonAtaError("D3080");

        var parts = subPictures.ConvertAll(p => SplitParts(p, properties, active));
        foreach (var part in parts) Validate(part, properties, family, active);
        var pictures = parts.ConvertAll(p => Analyse(p, properties, family));
        if (pictures.Count == 1)
        {
            var negative = Analyse(parts[0], properties, family);
            negative.Prefix = properties.MinusSign + negative.Prefix;
            pictures.Add(negative);
        }

        var pic = value >= 0 ? pictures[0] : pictures[1];
        var adjusted = pic.Subpicture.Contains(properties.Percent, StringComparison.Ordinal) ? value * 100
            : pic.Subpicture.Contains(properties.PerMille, StringComparison.Ordinal) ? value * 1000
            : value;

        double mantissa;
        double? exponent = null;
        if (pic.MinimumExponentSize == 0)
        {
            mantissa = adjusted;
        }
        else
        {
            var maxMantissa = Math.Pow(10, pic.ScalingFactor);
            var minMantissa = Math.Pow(10, pic.ScalingFactor - 1);
            // JSONata scales the mantissa up until it reaches the minimum, which zero and negative numbers never do:
            // its evaluation never ends, and Step Functions stops it. This stops it at once, the same way.
            if (adjusted <= 0 || double.IsNaN(adjusted)) throw JsonAtaError.Limit(Evaluation.TimeoutMessage);
            mantissa = adjusted;
            var e = 0.0;
            while (mantissa < minMantissa)
            {
                mantissa *= 10;
                e -= 1;
            }
            while (mantissa > maxMantissa)
            {
                mantissa /= 10;
                e += 1;
            }
            exponent = e;
        }

        var rounded = Numbers.RoundHalfEven(mantissa, pic.MaximumFractionalPartSize);
        var text = MakeString(rounded, pic.MaximumFractionalPartSize, properties, family);
        var point = text.IndexOf('.');
        text = point == -1 ? text + properties.DecimalSeparator : text.Substring(0, point) + properties.DecimalSeparator + text.Substring(point + 1);
        while (text.StartsWith(properties.ZeroDigit, StringComparison.Ordinal) && properties.ZeroDigit.Length > 0) text = text.Substring(properties.ZeroDigit.Length);
        while (text.EndsWith(properties.ZeroDigit, StringComparison.Ordinal) && properties.ZeroDigit.Length > 0) text = text.Substring(0, text.Length - properties.ZeroDigit.Length);

        var decimalPosition = text.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        var padLeft = pic.MinimumIntegerPartSize - decimalPosition;
        var padRight = pic.MinimumFractionalPartSize - (text.Length - decimalPosition - 1);
        if (padLeft > 0) text = Repeat(properties.ZeroDigit, padLeft) + text;
        if (padRight > 0) text += Repeat(properties.ZeroDigit, padRight);
        decimalPosition = text.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);

        if (pic.RegularGrouping > 0)
        {
            var groups = (decimalPosition - 1) / pic.RegularGrouping;
            for (var group = 1; group <= groups; group++)
            {
                var at = decimalPosition - group * pic.RegularGrouping;
                text = text.Substring(0, at) + properties.GroupingSeparator + text.Substring(at);
            }
        }
        else
        {
            foreach (var position in pic.IntegerGroupingPositions)
            {
                var at = Math.Max(0, decimalPosition - position);
                text = text.Substring(0, at) + properties.GroupingSeparator + text.Substring(at);
                decimalPosition++;
            }
        }

        decimalPosition = text.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        foreach (var position in pic.FractionalGroupingPositions)
        {
            var at = Math.Min(text.Length, position + decimalPosition + 1);
            text = text.Substring(0, at) + properties.GroupingSeparator + text.Substring(at);
        }

        decimalPosition = text.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        if (pic.MaximumFractionalPartSize == 0 || decimalPosition == text.Length - 1) text = text.Substring(0, text.Length - 1);

        if (exponent is { } exp)
        {
            var exponentText = MakeString(exp, 0, properties, family);
            var pad = pic.MinimumExponentSize - exponentText.Length;
            if (pad > 0) exponentText = Repeat(properties.ZeroDigit, pad) + exponentText;
            text = text + properties.ExponentSeparator + (exp < 0 ? properties.MinusSign : "") + exponentText;
        }
        return pic.Prefix + text + pic.Suffix;
    }

    private static string Repeat(string text, int count)
    {
        var result = new StringBuilder(text.Length * Math.Max(0, count));
        for (var i = 0; i < count; i++) result.Append(text);
        return result.ToString();
    }

    /// <summary>JavaScript's String.prototype.split with a string separator.</summary>
    private static List<string> Split(string text, string separator)
    {
        if (separator.Length == 0) return text.Select(c => c.ToString()).ToList();
        return text.Split(separator).ToList();
    }

    /// <summary>Math.abs(value).toFixed(places), in the picture's digits.</summary>
    private static string MakeString(double value, int places, Properties properties, string[] family)
    {
        var text = Math.Abs(value) >= 1e21
            ? JsonAtaJson.Text(Math.Abs(value))
            : Math.Abs(value).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (properties.ZeroDigit == "0") return text;
        var result = new StringBuilder(text.Length);
        foreach (var c in text) result.Append(c is >= '0' and <= '9' ? family[c - '0'] : c.ToString());
        return result.ToString();
    }

    private static bool IsActive(string c, List<string> active) => active.Contains(c);

    private static Parts SplitParts(string subpicture, Properties properties, List<string> active)
    {
        string? prefix = null;
        for (var i = 0; i < subpicture.Length; i++)
        {
            var c = subpicture[i].ToString();
            if (IsActive(c, active) && c != properties.ExponentSeparator)
            {
                prefix = subpicture.Substring(0, i);
                break;
            }
        }
        string? suffix = null;
        for (var i = subpicture.Length - 1; i >= 0; i--)
        {
            var c = subpicture[i].ToString();
            if (IsActive(c, active) && c != properties.ExponentSeparator)
            {
                suffix = subpicture.Substring(i + 1);
                break;
            }
        }
        // A picture without an active character has no prefix: JSONata then reads undefined's length and fails.
        if (prefix is null || suffix is null)
            throw new JsonAtaError("TypeError") { CustomMessage = "Cannot read properties of undefined (reading 'length')" };
        var activeLength = Math.Max(0, subpicture.Length - prefix.Length - suffix.Length);
        var activePart = subpicture.Substring(prefix.Length, activeLength);
        string mantissaPart;
        string? exponentPart;
        var exponentPosition = subpicture.IndexOf(properties.ExponentSeparator, prefix.Length, StringComparison.Ordinal);
        if (exponentPosition == -1 || exponentPosition > subpicture.Length - suffix.Length)
        {
            mantissaPart = activePart;
            exponentPart = null;
        }
        else
        {
            mantissaPart = Sub(activePart, 0, exponentPosition);
            exponentPart = Sub(activePart, exponentPosition + 1, activePart.Length);
        }
        string integerPart, fractionalPart;
        var decimalPosition = mantissaPart.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        if (decimalPosition == -1)
        {
            integerPart = mantissaPart;
            fractionalPart = suffix;
        }
        else
        {
            integerPart = mantissaPart.Substring(0, decimalPosition);
            fractionalPart = mantissaPart.Substring(decimalPosition + 1);
        }
        return new Parts(prefix, suffix, activePart, mantissaPart, exponentPart, integerPart, fractionalPart, subpicture);
    }

    /// <summary>JavaScript's substring: indices clamped and swapped when reversed.</summary>
    private static string Sub(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, 0, text.Length);
        if (start > end) (start, end) = (end, start);
        return text.Substring(start, end - start);
    }

    private static void Validate(Parts parts, Properties p, string[] family, List<string> active)
    {
        string? error = null;
        var subpicture = parts.Subpicture;
        var decimalPosition = subpicture.IndexOf(p.DecimalSeparator, StringComparison.Ordinal);
        if (decimalPosition != subpicture.LastIndexOf(p.DecimalSeparator, StringComparison.Ordinal)) error = "D3081";
        if (subpicture.IndexOf(p.Percent, StringComparison.Ordinal) != subpicture.LastIndexOf(p.Percent, StringComparison.Ordinal)) error = "D3082";
        if (subpicture.IndexOf(p.PerMille, StringComparison.Ordinal) != subpicture.LastIndexOf(p.PerMille, StringComparison.Ordinal)) error = "D3083";
        if (subpicture.Contains(p.Percent, StringComparison.Ordinal) && subpicture.Contains(p.PerMille, StringComparison.Ordinal)) error = "D3084";
        if (!parts.MantissaPart.Any(c => family.Contains(c.ToString()) || c.ToString() == p.Digit)) error = "D3085";
        if (parts.ActivePart.Any(c => !IsActive(c.ToString(), active))) error = "D3086";
        if (decimalPosition != -1)
        {
            if (CharAt(subpicture, decimalPosition - 1) == p.GroupingSeparator || CharAt(subpicture, decimalPosition + 1) == p.GroupingSeparator) error = "D3087";
        }
        else if (CharAt(parts.IntegerPart, parts.IntegerPart.Length - 1) == p.GroupingSeparator)
        {
            error = "D3088";
        }
        if (subpicture.Contains(p.GroupingSeparator + p.GroupingSeparator, StringComparison.Ordinal)) error = "D3089";
        var optional = parts.IntegerPart.IndexOf(p.Digit, StringComparison.Ordinal);
        if (optional != -1 && parts.IntegerPart.Substring(0, optional).Any(c => family.Contains(c.ToString()))) error = "D3090";
        optional = parts.FractionalPart.LastIndexOf(p.Digit, StringComparison.Ordinal);
        if (optional != -1 && parts.FractionalPart.Substring(optional).Any(c => family.Contains(c.ToString()))) error = "D3091";
        var exponentExists = parts.ExponentPart is not null;
        if (exponentExists && parts.ExponentPart!.Length > 0
            && (subpicture.Contains(p.Percent, StringComparison.Ordinal) || subpicture.Contains(p.PerMille, StringComparison.Ordinal)))
            error = "D3092";
        if (exponentExists && (parts.ExponentPart!.Length == 0 || parts.ExponentPart.Any(c => !family.Contains(c.ToString())))) error = "D3093";
        if (error is not null) throw new JsonAtaError(error);
    }

    private static string CharAt(string text, int index) => index >= 0 && index < text.Length ? text[index].ToString() : "";

    private static Picture Analyse(Parts parts, Properties p, string[] family)
    {
        bool IsDigit(char c) => family.Contains(c.ToString());
        List<int> GroupingPositions(string part, bool toLeft)
        {
            var positions = new List<int>();
            var at = part.IndexOf(p.GroupingSeparator, StringComparison.Ordinal);
            while (at != -1)
            {
                var side = toLeft ? part.Substring(0, at) : part.Substring(at);
                positions.Add(side.Count(c => IsDigit(c) || c.ToString() == p.Digit));
                // JSONata looks for the next separator in the integer part, whichever part it is reading.
                at = at + 1 <= parts.IntegerPart.Length ? parts.IntegerPart.IndexOf(p.GroupingSeparator, at + 1, StringComparison.Ordinal) : -1;
            }
            return positions;
        }

        var integerPositions = GroupingPositions(parts.IntegerPart, false);
        var picture = new Picture
        {
            IntegerGroupingPositions = integerPositions,
            RegularGrouping = Regular(integerPositions),
            FractionalGroupingPositions = GroupingPositions(parts.FractionalPart, true),
            Prefix = parts.Prefix,
            Suffix = parts.Suffix,
            Subpicture = parts.Subpicture,
        };
        var minimumInteger = parts.IntegerPart.Count(IsDigit);
        picture.ScalingFactor = minimumInteger;
        var minimumFraction = parts.FractionalPart.Count(IsDigit);
        var maximumFraction = parts.FractionalPart.Count(c => IsDigit(c) || c.ToString() == p.Digit);
        var exponentPresent = parts.ExponentPart is not null;
        if (minimumInteger == 0 && maximumFraction == 0)
        {
            if (exponentPresent)
            {
                minimumFraction = 1;
                maximumFraction = 1;
            }
            else
            {
                minimumInteger = 1;
            }
        }
        if (exponentPresent && minimumInteger == 0 && parts.IntegerPart.Contains(p.Digit, StringComparison.Ordinal)) minimumInteger = 1;
        if (minimumInteger == 0 && minimumFraction == 0) minimumFraction = 1;
        picture.MinimumIntegerPartSize = minimumInteger;
        picture.MinimumFractionalPartSize = minimumFraction;
        picture.MaximumFractionalPartSize = maximumFraction;
        picture.MinimumExponentSize = exponentPresent ? parts.ExponentPart!.Count(IsDigit) : 0;
        return picture;
    }

    private static int Regular(List<int> positions)
    {
        if (positions.Count == 0) return 0;
        var factor = positions[0];
        for (var i = 1; i < positions.Count; i++) factor = Gcd(factor, positions[i]);
        for (var index = 1; index <= positions.Count; index++)
            if (!positions.Contains(index * factor)) return 0;
        return factor;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
