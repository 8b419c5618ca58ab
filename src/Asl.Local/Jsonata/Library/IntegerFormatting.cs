using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Asl.Local.Jsonata.Library.BuiltIns;

namespace Asl.Local.Jsonata.Library;

/// <summary>
/// $formatInteger and $parseInteger: XPath's integer pictures (decimal digit patterns with grouping, letters, roman
/// numerals, English words, ordinals), as JSONata implements them. Date/time pictures format their components with
/// the same code.
/// </summary>
internal static class IntegerFormatting
{
    public enum Primary { Decimal, Letters, Roman, Words, Sequence }

    public enum Case { Upper, Lower, Title }

    /// <summary>An analysed integer picture.</summary>
    public sealed class Format
    {
        public Primary Primary = Primary.Decimal;
        public Case Case = Case.Lower;
        public bool Ordinal;
        public int ZeroCode = '0';
        public int MandatoryDigits;
        public int OptionalDigits;
        public bool Regular;
        public List<(int Position, string Character)> Separators = new();
        public string? Token;

        public Format Copy() => (Format)MemberwiseClone();
    }

    // The zero of each Unicode decimal digit family.
    private static readonly int[] DecimalGroups =
    {
        0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
        0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
        0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    };

    public static object? FormatInteger(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not double value) return null;
        return FormatValue(Math.Floor(value), Analyse(Required<string>(a, 1, site)));
    }

    public static object? ParseInteger(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string text) return null;
        var parse = Parser(Analyse(Required<string>(a, 1, site)), width: null).Parse;
        return parse(text);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Format> Pictures = new(StringComparer.Ordinal);

    /// <summary>An integer picture, analysed once; callers must not change the result.</summary>
    public static Format Analyse(string picture)
    {
        if (Pictures.TryGetValue(picture, out var known)) return known;
        var format = AnalyseNew(picture);
        if (Pictures.Count > 1_000) Pictures.Clear();
        return Pictures[picture] = format;
    }

    private static Format AnalyseNew(string picture)
    {
        var format = new Format();
        string primary;
        var semicolon = picture.LastIndexOf(';');
        if (semicolon == -1)
        {
            primary = picture;
        }
        else
        {
            primary = picture.Substring(0, semicolon);
            var modifier = picture.Substring(semicolon + 1);
            if (modifier.Length > 0 && modifier[0] == 'o') format.Ordinal = true;
        }

        switch (primary)
        {
            case "A":
                format.Case = Case.Upper;
                format.Primary = Primary.Letters;
                return format;
            case "a":
                format.Primary = Primary.Letters;
                return format;
            case "I":
                format.Case = Case.Upper;
                format.Primary = Primary.Roman;
                return format;
            case "i":
                format.Primary = Primary.Roman;
                return format;
            case "W":
                format.Case = Case.Upper;
                format.Primary = Primary.Words;
                return format;
            case "Ww":
                format.Case = Case.Title;
                format.Primary = Primary.Words;
                return format;
            case "w":
                format.Primary = Primary.Words;
                return format;
        }

        int? zeroCode = null;
        int mandatory = 0, optional = 0, position = 0;
        var separators = new List<(int, string)>();
        var points = new List<int>();
        for (var i = 0; i < primary.Length; i++)
        {
            int point = primary[i];
            if (char.IsHighSurrogate(primary[i]) && i + 1 < primary.Length && char.IsLowSurrogate(primary[i + 1]))
                point = char.ConvertToUtf32(primary[i], primary[++i]);
            points.Add(point);
        }
        points.Reverse();
        foreach (var point in points)
        {
            var digit = false;
            foreach (var group in DecimalGroups)
            {
                if (point < group || point > group + 9) continue;
                digit = true;
                mandatory++;
                position++;
                if (zeroCode is null) zeroCode = group;
                else if (group != zeroCode) throw new JsonAtaError("D3131");
                break;
            }
            if (digit) continue;
            if (point == '#')
            {
                position++;
                optional++;
            }
            else
            {
                separators.Add((position, char.ConvertFromUtf32(point)));
            }
        }

        if (mandatory == 0)
        {
            format.Primary = Primary.Sequence;
            format.Token = primary;
            return format;
        }
        format.ZeroCode = zeroCode!.Value;
        format.MandatoryDigits = mandatory;
        format.OptionalDigits = optional;
        if (RegularSeparator(separators) is { } regular)
        {
            format.Regular = true;
            format.Separators = new List<(int, string)> { regular };
        }
        else
        {
            format.Separators = separators;
        }
        return format;
    }

    /// <summary>The separator and interval when every grouping separator is the same character at multiples of one interval.</summary>
    private static (int Position, string Character)? RegularSeparator(List<(int Position, string Character)> separators)
    {
        if (separators.Count == 0) return null;
        var character = separators[0].Character;
        foreach (var separator in separators)
            if (separator.Character != character) return null;
        var factor = separators[0].Position;
        for (var i = 1; i < separators.Count; i++) factor = Gcd(factor, separators[i].Position);
        if (factor == 0) return null; // only a separator after the last digit: nothing repeats
        for (var index = 1; index <= separators.Count; index++)
            if (!separators.Exists(s => s.Position == index * factor)) return null;
        return (factor, character);
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    public static string FormatValue(double value, Format format)
    {
        var negative = value < 0;
        value = Math.Abs(value);
        string result;
        if (double.IsNaN(value) && format.Primary is Primary.Letters or Primary.Roman) return ""; // an invalid date's fields
        if (double.IsNaN(value) && format.Primary == Primary.Words)
            throw new JsonAtaError("RangeError") { CustomMessage = "Maximum call stack size exceeded" };
        switch (format.Primary)
        {
            case Primary.Letters:
                result = ToLetters(value, format.Case == Case.Upper ? 'A' : 'a');
                break;
            case Primary.Roman:
                result = ToRoman(value);
                if (format.Case == Case.Upper) result = result.ToUpperInvariant();
                break;
            case Primary.Words:
                result = Words.From(value, format.Ordinal);
                if (format.Case == Case.Upper) result = result.ToUpperInvariant();
                else if (format.Case == Case.Lower) result = result.ToLowerInvariant();
                break;
            case Primary.Decimal:
                result = Decimal(value, format);
                break;
            default:
                throw new JsonAtaError("D3130") { Value = format.Token };
        }
        return negative ? "-" + result : result;
    }

    private static string Decimal(double value, Format format)
    {
        var digits = JsonAtaJson.Text(value);
        if (digits.Length < format.MandatoryDigits) digits = new string('0', format.MandatoryDigits - digits.Length) + digits;
        if (format.ZeroCode != '0')
        {
            var shifted = new StringBuilder();
            foreach (var c in digits) shifted.Append(char.ConvertFromUtf32(c + format.ZeroCode - '0'));
            digits = shifted.ToString();
        }
        if (format.Regular)
        {
            var (interval, character) = format.Separators[0];
            var count = (digits.Length - 1) / interval;
            for (var i = count; i > 0; i--)
            {
                var at = digits.Length - i * interval;
                digits = digits.Substring(0, at) + character + digits.Substring(at);
            }
        }
        else
        {
            for (var i = format.Separators.Count - 1; i >= 0; i--)
            {
                var at = digits.Length - format.Separators[i].Position;
                if (at < 0) at = 0;
                digits = digits.Substring(0, at) + format.Separators[i].Character + digits.Substring(at);
            }
        }
        if (format.Ordinal)
        {
            var last = digits[^1];
            var suffix = last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
            if (digits.Length > 1 && digits[^2] == '1') suffix = "th";
            digits += suffix;
        }
        return digits;
    }

    public static string ToLetters(double value, char a)
    {
        var letters = new StringBuilder();
        while (value > 0)
        {
            letters.Insert(0, (char)((value - 1) % 26 + a));
            value = Math.Floor((value - 1) / 26);
        }
        return letters.ToString();
    }

    private static double FromLetters(string letters, char a)
    {
        double result = 0;
        for (var i = 0; i < letters.Length; i++) result += (letters[letters.Length - i - 1] - a + 1) * Math.Pow(26, i);
        return result;
    }

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    {
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
        (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    };

    public static string ToRoman(double value)
    {
        var result = new StringBuilder();
        foreach (var (number, numeral) in RomanNumerals)
            while (value >= number)
            {
                result.Append(numeral);
                value -= number;
            }
        return result.ToString();
    }

    private static double FromRoman(string roman)
    {
        double result = 0;
        var max = 1;
        for (var i = roman.Length - 1; i >= 0; i--)
        {
            var value = roman[i] switch { 'M' => 1000, 'D' => 500, 'C' => 100, 'L' => 50, 'X' => 10, 'V' => 5, 'I' => 1, _ => 0 };
            if (value < max) result -= value;
            else
            {
                max = value;
                result += value;
            }
        }
        return result;
    }

    /// <summary>The pattern that reads a formatted integer, and how to turn the text it matches into the number.</summary>
    public sealed record Reader(string Pattern, Func<string, object?> Parse);

    /// <summary>How to read an integer of <paramref name="format"/>; <paramref name="width"/> (digits, optional digits) for date components.</summary>
    public static Reader Parser(Format format, (int Digits, int Optional)? width)
    {
        var upper = format.Case == Case.Upper;
        var occurrences = width is { Digits: > 0 } w
            ? w.Optional == 0 ? "{" + w.Digits + "}" : "{" + (w.Digits - w.Optional) + "," + w.Digits + "}"
            : "+";
        switch (format.Primary)
        {
            case Primary.Letters:
                return new Reader(upper ? "[A-Z]+" : "[a-z]+", text => Box.Number(FromLetters(text, upper ? 'A' : 'a')));
            case Primary.Roman:
                return new Reader(upper ? "[MDCLXVI]+" : "[mdclxvi]+", text => Box.Number(FromRoman(upper ? text : text.ToUpperInvariant())));
            case Primary.Words:
                return new Reader("(?:" + string.Join("|", Words.Names) + "|and|[\\-, ])+", text => Box.Number(Words.To(text.ToLowerInvariant())));
            case Primary.Decimal:
            {
                var pattern = "[0-9]" + occurrences + (format.Ordinal ? "(?:th|st|nd|rd)" : "");
                return new Reader(pattern, text =>
                {
                    var digits = format.Ordinal && text.Length >= 2 ? text.Substring(0, text.Length - 2) : text;
                    if (format.Regular) digits = digits.Replace(",", "");
                    else foreach (var separator in format.Separators) digits = digits.Replace(separator.Character, "");
                    if (format.ZeroCode != '0')
                    {
                        var shifted = new StringBuilder();
                        foreach (var c in digits) shifted.Append((char)(c - format.ZeroCode + '0'));
                        digits = shifted.ToString();
                    }
                    return Box.Number(ParseInt(digits));
                });
            }
            default:
                throw new JsonAtaError("D3130") { Value = format.Token };
        }
    }

    /// <summary>JavaScript's parseInt(text, 10): the leading integer, NaN when there is none.</summary>
    public static double ParseInt(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9') i++;
        if (i == start) return double.NaN;
        var value = double.Parse(text.Substring(start, i - start), CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }
}

/// <summary>Integers as English words, and back ("one hundred and twenty-three", "twenty-first").</summary>
internal static class Words
{
    private static readonly string[] Few =
    {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    };

    private static readonly string[] Ordinals =
    {
        "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
    };

    private static readonly string[] Decades = { "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred" };

    private static readonly string[] Magnitudes = { "Thousand", "Million", "Billion", "Trillion" };

    private static readonly (Dictionary<string, double> Values, List<string> Names) Table = BuildValues();

    private static Dictionary<string, double> Values => Table.Values;

    /// <summary>Every number word, as the reading pattern lists them (in the order they were defined).</summary>
    public static IReadOnlyList<string> Names => Table.Names;

    private static (Dictionary<string, double>, List<string>) BuildValues()
    {
        var names = new List<string>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string word, double value)
        {
            if (!values.ContainsKey(word)) names.Add(word);
            values[word] = value;
        }
        for (var i = 0; i < Few.Length; i++) Add(Few[i].ToLowerInvariant(), i);
        for (var i = 0; i < Ordinals.Length; i++) Add(Ordinals[i].ToLowerInvariant(), i);
        for (var i = 0; i < Decades.Length; i++)
        {
            var word = Decades[i].ToLowerInvariant();
            Add(word, (i + 2) * 10);
            Add(word.Substring(0, word.Length - 1) + "ieth", (i + 2) * 10);
        }
        Add("hundredth", 100);
        for (var i = 0; i < Magnitudes.Length; i++)
        {
            var word = Magnitudes[i].ToLowerInvariant();
            var value = Math.Pow(10, (i + 1) * 3);
            Add(word, value);
            Add(word + "th", value);
        }
        return (values, names);
    }

    public static string From(double value, bool ordinal) => Lookup(value, false, ordinal);

    private static string Lookup(double number, bool previous, bool ordinal)
    {
        string words;
        if (number <= 19)
        {
            words = (previous ? " and " : "") + (ordinal ? Ordinals[(int)number] : Few[(int)number]);
        }
        else if (number < 100)
        {
            var tens = (int)Math.Floor(number / 10);
            var remainder = number % 10;
            words = (previous ? " and " : "") + Decades[tens - 2];
            if (remainder > 0) words += "-" + Lookup(remainder, false, ordinal);
            else if (ordinal) words = words.Substring(0, words.Length - 1) + "ieth";
        }
        else if (number < 1000)
        {
            var hundreds = (int)Math.Floor(number / 100);
            var remainder = number % 100;
            words = (previous ? ", " : "") + Few[hundreds] + " Hundred";
            if (remainder > 0) words += Lookup(remainder, true, ordinal);
            else if (ordinal) words += "th";
        }
        else
        {
            var magnitude = (int)Math.Floor(Math.Log10(number) / 3);
            if (magnitude > Magnitudes.Length) magnitude = Magnitudes.Length;
            var factor = Math.Pow(10, magnitude * 3);
            var mantissa = Math.Floor(number / factor);
            var remainder = number - mantissa * factor;
            words = (previous ? ", " : "") + Lookup(mantissa, false, false) + " " + Magnitudes[magnitude - 1];
            if (remainder > 0) words += Lookup(remainder, true, ordinal);
            else if (ordinal) words += "th";
        }
        return words;
    }

    private static readonly Regex Separators = new(@",\s|\sand\s|[\s\\-]", RegexOptions.CultureInvariant);

    public static double To(string text)
    {
        var segments = new List<double> { 0 };
        foreach (var part in Separators.Split(text))
        {
            var value = Values.TryGetValue(part, out var known) ? known : double.NaN;
            if (value < 100) // an unknown word (NaN) multiplies, as undefined does in JavaScript
            {
                var top = segments[^1];
                segments.RemoveAt(segments.Count - 1);
                if (top >= 1000)
                {
                    segments.Add(top);
                    top = 0;
                }
                segments.Add(top + value);
            }
            else
            {
                segments[^1] *= value;
            }
        }
        var result = 0.0;
        foreach (var segment in segments) result += segment;
        return result;
    }
}
