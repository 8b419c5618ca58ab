using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Asl.Local.Jsonata.Library.BuiltIns;
using static Asl.Local.Jsonata.Library.IntegerFormatting;

namespace Asl.Local.Jsonata.Library;

/// <summary>
/// $now, $millis, $fromMillis and $toMillis: times as milliseconds since 1970 (UTC), formatted and parsed with
/// XPath date/time pictures such as <c>[Y0001]-[M01]-[D01]</c>, as JSONata does. $now and $millis give the
/// evaluation's one instant, which the engine takes from its clock (virtual time included).
/// </summary>
internal static class Dates
{
    private const double DayMillis = 8.64e7;
    private const string IsoPicture = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";

    private static readonly string[] MonthNames =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly string[] DayNames = { "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly Regex WhiteSpace = new(@"\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex IsoParts = new(@"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}):(\d{2}))?(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Iso8601 = new(@"^\d{4}(-[01]\d)*(-[0-3]\d)*(T[0-2]\d:[0-5]\d:[0-5]\d)*(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static object? Now(Evaluation ev, object?[] a, CallSite site) =>
        Format(ev.Now.ToUnixTimeMilliseconds(), Arg(a, 0) as string, Arg(a, 1) as string);

    public static object? Millis(Evaluation ev, object?[] a, CallSite site) => Box.Number(ev.Now.ToUnixTimeMilliseconds());

    public static object? FromMillis(Evaluation ev, object?[] a, CallSite site) =>
        Arg(a, 0) is double millis ? Format(millis, Arg(a, 1) as string, Arg(a, 2) as string) : null;

    public static object? ToMillis(Evaluation ev, object?[] a, CallSite site)
    {
        if (Arg(a, 0) is not string timestamp) return null;
        if (Arg(a, 1) is string picture) return Parse(ev, timestamp, picture);
        if (!Iso8601.IsMatch(timestamp)) throw new JsonAtaError("D3110") { Value = timestamp };
        return Box.Number(ParseIso(timestamp));
    }

    // ---- Calendar (JavaScript's Date in UTC) ----

    /// <summary>Date.UTC: the millis of a date and time, out-of-range fields carried over; years 0 to 99 are 1900 to 1999.</summary>
    public static double Utc(double year, double month, double day = 1, double hours = 0, double minutes = 0, double seconds = 0, double millis = 0)
    {
        if (double.IsNaN(year) || double.IsNaN(month) || double.IsNaN(day) || double.IsNaN(hours) || double.IsNaN(minutes)
            || double.IsNaN(seconds) || double.IsNaN(millis)) return double.NaN;
        year = Math.Truncate(year);
        if (year >= 0 && year <= 99) year += 1900;
        month = Math.Truncate(month);
        var y = year + Math.Floor(month / 12);
        var m = ((month % 12) + 12) % 12;
        var days = DaysFromCivil((long)y, (int)m + 1, 1) + Math.Truncate(day) - 1;
        return days * DayMillis + Math.Truncate(hours) * 3.6e6 + Math.Truncate(minutes) * 6e4 + Math.Truncate(seconds) * 1e3 + Math.Truncate(millis);
    }

    private static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - era * 400;
        var dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /// <summary>The UTC fields of a time in millis (JavaScript Date's getUTC... methods).</summary>
    private readonly struct Fields
    {
        public Fields(double time)
        {
            Time = time;
            if (double.IsNaN(time) || Math.Abs(time) > 8.64e15)
            {
                Invalid = true; // JavaScript's Invalid Date: every field is NaN
                return;
            }
            var days = Math.Floor(time / DayMillis);
            var ms = time - days * DayMillis;
            var z = (long)days + 719468;
            var era = (z >= 0 ? z : z - 146096) / 146097;
            var dayOfEra = z - era * 146097;
            var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            var mp = (5 * dayOfYear + 2) / 153;
            Day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
            Month = (int)(mp < 10 ? mp + 3 : mp - 9) - 1;
            Year = yearOfEra + era * 400 + (Month <= 1 ? 1 : 0);
            WeekDay = (int)(((long)days % 7 + 11) % 7); // 1970-01-01 was a Thursday (4)
            Hours = (int)(ms / 3.6e6);
            Minutes = (int)(ms % 3.6e6 / 6e4);
            Seconds = (int)(ms % 6e4 / 1e3);
            Millis = (int)(ms % 1e3);
        }

        public double Time { get; }
        public bool Invalid { get; }
        public long Year { get; }
        public int Month { get; }
        public int Day { get; }
        public int WeekDay { get; }
        public int Hours { get; }
        public int Minutes { get; }
        public int Seconds { get; }
        public int Millis { get; }
    }

    /// <summary>The start of week 1 of a year or month: ISO 8601's first week holds its first Thursday; weeks start on Monday.</summary>
    private static double StartOfFirstWeek(long year, int month)
    {
        var first = Utc(year, month);
        var weekDay = new Fields(first).WeekDay;
        if (weekDay == 0) weekDay = 7;
        return weekDay > 4 ? first + (8 - weekDay) * DayMillis : first - (weekDay - 1) * DayMillis;
    }

    private static (long Year, int Month) NextMonth(long year, int month) => month == 11 ? (year + 1, 0) : (year, month + 1);

    private static (long Year, int Month) PreviousMonth(long year, int month) => month == 0 ? (year - 1, 11) : (year, month - 1);

    private static double DeltaWeeks(double start, double end) => (end - start) / (DayMillis * 7) + 1;

    /// <summary>A date/time component of a time: the number (or the am/pm marker, or ISO for the calendar and era).</summary>
    private static object? Component(Fields date, char component)
    {
        if (date.Invalid && "YMDdFWwXxHhmsf".IndexOf(component) != -1) return double.NaN;
        switch (component)
        {
            case 'Y': return (double)date.Year;
            case 'M': return (double)date.Month + 1;
            case 'D': return (double)date.Day;
            case 'd':
                return (Utc(date.Year, date.Month, date.Day) - Utc(date.Year, 0)) / DayMillis + 1;
            case 'F':
                return (double)(date.WeekDay == 0 ? 7 : date.WeekDay);
            case 'W':
            {
                var start = StartOfFirstWeek(date.Year, 0);
                var today = Utc(date.Year, date.Month, date.Day);
                var week = DeltaWeeks(start, today);
                if (week > 52)
                {
                    if (today >= StartOfFirstWeek(date.Year + 1, 0)) week = 1;
                }
                else if (week < 1)
                {
                    week = DeltaWeeks(StartOfFirstWeek(date.Year - 1, 0), today);
                }
                return Math.Floor(week);
            }
            case 'w':
            {
                var start = StartOfFirstWeek(date.Year, date.Month);
                var today = Utc(date.Year, date.Month, date.Day);
                var week = DeltaWeeks(start, today);
                if (week > 4)
                {
                    var (nextYear, nextMonth) = NextMonth(date.Year, date.Month);
                    if (today >= StartOfFirstWeek(nextYear, nextMonth)) week = 1;
                }
                else if (week < 1)
                {
                    var (previousYear, previousMonth) = PreviousMonth(date.Year, date.Month);
                    week = DeltaWeeks(StartOfFirstWeek(previousYear, previousMonth), today);
                }
                return Math.Floor(week);
            }
            case 'X':
            {
                if (date.Time < StartOfFirstWeek(date.Year, 0)) return (double)date.Year - 1;
                if (date.Time >= StartOfFirstWeek(date.Year + 1, 0)) return (double)date.Year + 1;
                return (double)date.Year;
            }
            case 'x':
            {
                var (nextYear, nextMonth) = NextMonth(date.Year, date.Month);
                if (date.Time < StartOfFirstWeek(date.Year, date.Month)) return (double)PreviousMonth(date.Year, date.Month).Month + 1;
                if (date.Time >= StartOfFirstWeek(nextYear, nextMonth)) return (double)nextMonth + 1;
                return (double)date.Month + 1;
            }
            case 'H': return (double)date.Hours;
            case 'h':
            {
                var hour = date.Hours % 12;
                return (double)(hour == 0 ? 12 : hour);
            }
            case 'P': return date.Hours >= 12 ? "pm" : "am";
            case 'm': return (double)date.Minutes;
            case 's': return (double)date.Seconds;
            case 'f': return (double)date.Millis;
            case 'C' or 'E': return "ISO";
            default: return null;
        }
    }

    // ---- Pictures ----

    private sealed class Part
    {
        public string? Literal;
        public char Component;
        public string? Presentation1;
        public char? Presentation2;
        public (double? Min, double? Max)? Width; // NaN: a width that is not a number ("[M,3-]")
        public Case? Names;
        public Format? IntegerFormat;
        public double N = -1; // the year's digits kept (NaN when its maximum width is not a number)
    }

    private static readonly Dictionary<char, string> DefaultPresentation = new()
    {
        ['Y'] = "1", ['M'] = "1", ['D'] = "1", ['d'] = "1", ['F'] = "n", ['W'] = "1", ['w'] = "1", ['X'] = "1", ['x'] = "1",
        ['H'] = "1", ['h'] = "1", ['P'] = "n", ['m'] = "01", ['s'] = "01", ['f'] = "1", ['Z'] = "01:01", ['z'] = "01:01",
        ['C'] = "n", ['E'] = "n",
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<Part>> Pictures = new(StringComparer.Ordinal);

    /// <summary>A picture's parts, analysed once (pictures are nearly always literals of the expression).</summary>
    private static List<Part> Analyse(string picture)
    {
        if (Pictures.TryGetValue(picture, out var parts)) return parts;
        parts = AnalyseNew(picture);
        if (Pictures.Count > 1_000) Pictures.Clear(); // computed pictures must not grow the cache without bound
        Pictures[picture] = parts;
        return parts;
    }

    private static List<Part> AnalyseNew(string picture)
    {
        var parts = new List<Part>();
        void AddLiteral(int from, int to)
        {
            if (to > from) parts.Add(new Part { Literal = picture.Substring(from, to - from).Replace("]]", "]") });
        }

        int start = 0, position = 0;
        while (position < picture.Length)
        {
            if (picture[position] == '[')
            {
                if (position + 1 < picture.Length && picture[position + 1] == '[')
                {
                    AddLiteral(start, position);
                    parts.Add(new Part { Literal = "[" });
                    position += 2;
                    start = position;
                    continue;
                }
                AddLiteral(start, position);
                start = position;
                position = picture.IndexOf(']', start);
                if (position == -1) throw new JsonAtaError("D3135");
                var marker = WhiteSpace.Replace(picture.Substring(start + 1, position - start - 1), "");
                parts.Add(Marker(marker));
                start = position + 1;
            }
            position++;
        }
        AddLiteral(start, position);
        return parts;
    }

    private static Part Marker(string marker)
    {
        var part = new Part { Component = marker.Length > 0 ? marker[0] : '\0' };
        string presentation;
        var comma = marker.LastIndexOf(',');
        if (comma != -1)
        {
            var width = marker.Substring(comma + 1);
            var dash = width.IndexOf('-');
            var min = dash == -1 ? width : width.Substring(0, dash);
            var max = dash == -1 ? null : width.Substring(dash + 1);
            part.Width = (ParseWidth(min), ParseWidth(max));
            // A comma first ("[,M]") makes the comma the component and, as JavaScript's substring swaps its bounds, the
            // presentation too.
            presentation = comma == 0 ? marker.Substring(0, 1) : marker.Substring(1, comma - 1);
        }
        else
        {
            presentation = marker.Length > 0 ? marker.Substring(1) : "";
        }

        if (presentation.Length == 1)
        {
            part.Presentation1 = presentation;
        }
        else if (presentation.Length > 1)
        {
            var last = presentation[^1];
            if ("atco".IndexOf(last) != -1)
            {
                part.Presentation2 = last;
                part.Presentation1 = presentation.Substring(0, presentation.Length - 1);
            }
            else
            {
                part.Presentation1 = presentation;
            }
        }
        else
        {
            part.Presentation1 = DefaultPresentation.TryGetValue(part.Component, out var fallback) ? fallback : null;
        }
        if (part.Presentation1 is null) throw new JsonAtaError("D3132") { Value = marker.Length > 0 ? part.Component.ToString() : "" };

        if (part.Presentation1[0] == 'n') part.Names = Case.Lower;
        else if (part.Presentation1[0] == 'N') part.Names = part.Presentation1.Length > 1 && part.Presentation1[1] == 'n' ? Case.Title : Case.Upper;
        else if ("YMDdFWwXxHhmsf".IndexOf(part.Component) != -1)
        {
            var pattern = part.Presentation1 + (part.Presentation2 is { } second ? ";" + second : "");
            var format = IntegerFormatting.Analyse(pattern).Copy();
            // Only decimal formats have digits: a minimum width pads them, and a year keeps as many as the format shows.
            // A maximum width (not "*") sets the digits outright, a minimum above it included; one that is not a number
            // leaves none mandatory, as JavaScript pads to NaN digits.
            var isDecimal = format.Primary == Primary.Decimal;
            if (isDecimal && part.Width is { Min: { } minWidth } && format.MandatoryDigits < minWidth) format.MandatoryDigits = (int)minWidth;
            if (part.Component != 'f' && part.Width is { Max: { } maxWidth })
            {
                format.MandatoryDigits = double.IsNaN(maxWidth) ? 0 : (int)maxWidth;
                if (part.Component == 'Y') part.N = maxWidth;
            }
            else if (part.Component == 'Y' && isDecimal && format.MandatoryDigits + format.OptionalDigits >= 2)
            {
                part.N = format.MandatoryDigits + format.OptionalDigits;
            }
            part.IntegerFormat = format;
        }
        if (part.Component is 'Z' or 'z') part.IntegerFormat = IntegerFormatting.Analyse(part.Presentation1);
        return part;
    }

    private static double? ParseWidth(string? width) => width is null || width == "*" ? null : ParseInt(width);

    /// <summary>$fromMillis: the time in the picture (ISO 8601 by default), shifted to the ±hhmm timezone.</summary>
    public static string Format(double millis, string? picture, string? timezone)
    {
        double offsetHours = 0, offsetMinutes = 0;
        if (timezone is not null)
        {
            var offset = ParseInt(timezone);
            offsetHours = Math.Floor(offset / 100);
            offsetMinutes = offset % 100;
        }
        var parts = Analyse(picture ?? IsoPicture);
        var date = new Fields(millis + (offsetHours * 60 + offsetMinutes) * 60 * 1000);
        var result = new StringBuilder();
        foreach (var part in parts)
            result.Append(part.Literal ?? FormatComponent(date, part, offsetHours, offsetMinutes));
        return result.ToString();
    }

    private static string FormatComponent(Fields date, Part part, double offsetHours, double offsetMinutes)
    {
        var value = Component(date, part.Component);
        if ("YMDdFWwXxHhms".IndexOf(part.Component) != -1)
        {
            if (part.Component == 'Y' && part.N != -1) value = (double)value! % Math.Pow(10, part.N);
            if (part.Names is { } names)
            {
                string name;
                if (part.Component is not ('M' or 'x' or 'F')) throw new JsonAtaError("D3133") { Value = part.Component.ToString() };
                if (double.IsNaN((double)value!))
                {
                    // No name for an invalid date: JavaScript's undefined, which it cannot change the case of or measure.
                    var reading = names == Case.Upper ? "toUpperCase" : names == Case.Lower ? "toLowerCase" : part.Width is { Max: not null } ? "length" : null;
                    if (reading is null) return "undefined";
                    throw new JsonAtaError("TypeError") { CustomMessage = $"Cannot read properties of undefined (reading '{reading}')" };
                }
                name = part.Component == 'F' ? DayNames[(int)(double)value!] : MonthNames[(int)(double)value! - 1];
                if (names == Case.Upper) name = name.ToUpperInvariant();
                else if (names == Case.Lower) name = name.ToLowerInvariant();
                if (part.Width is { Max: { } max } && name.Length > max) name = name.Substring(0, (int)max);
                return name;
            }
            return FormatValue((double)value!, part.IntegerFormat!);
        }
        if (part.Component == 'f')
        {
            // Fractional seconds have no names: jsonata-js reads the integer format it did not make.
            if (part.IntegerFormat is null) throw new JsonAtaError("TypeError") { CustomMessage = "Cannot read properties of undefined (reading 'primary')" };
            return FormatValue((double)value!, part.IntegerFormat);
        }
        if (part.Component is 'Z' or 'z')
        {
            var offset = offsetHours * 100 + offsetMinutes;
            string text;
            var format = part.IntegerFormat!;
            if (format.Regular)
            {
                text = FormatValue(offset, format);
            }
            else
            {
                var digits = format.MandatoryDigits;
                if (digits is 1 or 2)
                {
                    text = FormatValue(offsetHours, format);
                    if (offsetMinutes != 0) text += ":" + FormatValue(offsetMinutes, IntegerFormatting.Analyse("00"));
                }
                else if (digits is 3 or 4)
                {
                    text = FormatValue(offset, format);
                }
                else
                {
                    throw new JsonAtaError("D3134") { Value = Box.Number(digits) };
                }
            }
            if (offset >= 0) text = "+" + text;
            if (part.Component == 'z') text = "GMT" + text;
            if (offset == 0 && part.Presentation2 == 't') text = "Z";
            return text;
        }
        if (part.Component == 'P' && part.Names == Case.Upper) return ((string)value!).ToUpperInvariant();
        // A component with no value (a comma as component, "[,M]") is JavaScript's undefined joined into the text.
        return value switch { null => "undefined", string s => s, _ => JsonAtaJson.Text(value) };
    }

    /// <summary>
    /// $toMillis with a picture: the timestamp is matched against the picture's components; missing components before
    /// the first one given are taken from now, after the last one given they are their lowest value; a gap is D3136.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Regex Matcher, List<(string Pattern, Func<string, object?>? Parse, char Component)> Readers)> Readers = new(StringComparer.Ordinal);

    /// <summary>The regex that reads timestamps of a picture, and how each of its groups reads, made once per picture.</summary>
    private static (Regex Matcher, List<(string Pattern, Func<string, object?>? Parse, char Component)> Readers) ReaderOf(string picture)
    {
        if (Readers.TryGetValue(picture, out var known)) return known;
        var readers = new List<(string Pattern, Func<string, object?>? Parse, char Component)>();
        foreach (var part in Analyse(picture))
            readers.Add(part.Literal is { } literal ? (Regex.Escape(literal), null, '\0') : Reader(part));
        var matcher = new Regex("^" + string.Concat(readers.Select(r => "(" + r.Pattern + ")")) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, JsonAta.JsonAtaRegexes.MatchTimeout);
        if (Readers.Count > 1_000) Readers.Clear();
        return Readers[picture] = (matcher, readers);
    }

    private static object? Parse(Evaluation ev, string timestamp, string picture)
    {
        var (matcher, readers) = ReaderOf(picture);
        var match = matcher.Match(timestamp);
        if (!match.Success) return null;

        var components = new Dictionary<char, double?>();
        for (var i = 0; i < readers.Count; i++)
            if (readers[i].Parse is { } parse)
                components[readers[i].Component] = parse(match.Groups[i + 1].Value) is double d ? d : null;
        if (components.Count == 0) return null;

        bool Has(char c) => components.TryGetValue(c, out var v) && v is { } d && d != 0 && !double.IsNaN(d);
        int Mask(string order)
        {
            var mask = 0;
            foreach (var c in order) mask = (mask << 1) + (Has(c) ? 1 : 0);
            return mask;
        }
        static bool IsType(int type, int mask) => (~type & mask) == 0 && (type & mask) != 0;

        var dateMask = Mask("YXMxWwdD");
        var dateA = IsType(161, dateMask);
        var dateB = !dateA && IsType(130, dateMask);
        var dateC = IsType(84, dateMask);
        var dateD = !dateC && IsType(72, dateMask);
        var timeMask = Mask("PHhmsf");
        var timeA = IsType(23, timeMask);
        var timeB = !timeA && IsType(47, timeMask);

        var order = (dateB ? "YD" : dateC ? "XxwF" : dateD ? "XWF" : "YMD") + (timeB ? "Phmsf" : "Hmsf");
        var now = new Fields(ev.Now.ToUnixTimeMilliseconds());
        bool startSpecified = false, endSpecified = false;
        foreach (var c in order)
        {
            if (!components.TryGetValue(c, out var value) || value is null)
            {
                if (startSpecified)
                {
                    components[c] = "MDd".IndexOf(c) != -1 ? 1 : 0;
                    endSpecified = true;
                }
                else
                {
                    components[c] = Component(now, c) is double d ? d : null;
                }
            }
            else
            {
                startSpecified = true;
                if (endSpecified) throw new JsonAtaError("D3136");
            }
        }

        double Get(char c) => components.TryGetValue(c, out var v) && v is { } d ? d : double.NaN;
        var month = Get('M') > 0 ? Get('M') - 1 : 0;
        var day = Get('D');
        if (dateB)
        {
            var derived = new Fields(Utc(Get('Y'), 0) + (Get('d') - 1) * DayMillis);
            month = derived.Month;
            day = derived.Day;
        }
        if (dateC || dateD) throw new JsonAtaError("D3136");
        var hours = Get('H');
        if (timeB)
        {
            hours = Get('h') == 12 ? 0 : Get('h');
            if (Get('P') == 1) hours += 12;
        }
        var millis = Utc(Get('Y'), month, day, hours, Get('m'), Get('s'), Get('f'));
        var zone = components.TryGetValue('Z', out var z) && z is { } zv && zv != 0 ? zv
            : components.TryGetValue('z', out var zz) && zz is { } zzv ? zzv : 0;
        return Box.Number(millis - zone * 60 * 1000);
    }

    private static (string Pattern, Func<string, object?>? Parse, char Component) Reader(Part part)
    {
        if (part.Component is 'Z' or 'z')
        {
            var separator = part.IntegerFormat!.Regular ? part.IntegerFormat.Separators[0].Character : null;
            var pattern = (part.Component == 'z' ? "GMT" : "") + "[-+][0-9]+" + (separator is null ? "" : Regex.Escape(separator) + "[0-9]+");
            return (pattern, text =>
            {
                if (part.Component == 'z') text = text.Substring(3);
                double hours, minutes = 0;
                if (separator is not null)
                {
                    var at = text.IndexOf(separator, StringComparison.Ordinal);
                    hours = ParseInt(text.Substring(0, at));
                    minutes = ParseInt(text.Substring(at + separator.Length));
                }
                else if (text.Length - 1 <= 2)
                {
                    hours = ParseInt(text);
                }
                else
                {
                    hours = ParseInt(text.Substring(0, 3));
                    minutes = ParseInt(text.Substring(3));
                }
                return Box.Number(hours * 60 + minutes);
            }, part.Component);
        }
        if (part.IntegerFormat is { } format)
        {
            // Only the year, month and day are read with the picture's width (a year as its kept digits); every other
            // number is any run of digits ("[H01]" reads "7" and "123").
            var digits = part.Component == 'Y' ? part.N
                : part.Component is 'M' or 'D' && format.MandatoryDigits + format.OptionalDigits >= 2 ? format.MandatoryDigits + format.OptionalDigits : -1;
            var reader = Parser(format, digits > 0 ? ((int)digits, part.Component == 'Y' && part.Width is { Max: not null } ? 0 : format.OptionalDigits) : null);
            return (reader.Pattern, reader.Parse, part.Component);
        }

        var lookup = new Dictionary<string, double>(StringComparer.Ordinal);
        if (part.Component is 'M' or 'x')
        {
            for (var i = 0; i < MonthNames.Length; i++) lookup[Truncate(MonthNames[i], part)] = i + 1;
        }
        else if (part.Component == 'F')
        {
            for (var i = 1; i < DayNames.Length; i++) lookup[Truncate(DayNames[i], part)] = i;
        }
        else if (part.Component == 'P')
        {
            lookup["am"] = 0;
            lookup["AM"] = 0;
            lookup["pm"] = 1;
            lookup["PM"] = 1;
        }
        else
        {
            throw new JsonAtaError("D3133") { Value = part.Component.ToString() };
        }
        return ("[a-zA-Z]+", text => lookup.TryGetValue(text, out var value) ? Box.Number(value) : null, part.Component);
    }

    private static string Truncate(string name, Part part) =>
        part.Width is { Max: { } max } && name.Length > max ? name.Substring(0, (int)max) : name;

    /// <summary>Date.parse of the ISO 8601 forms JSONata accepts: a date alone is UTC midnight; a time without an offset is UTC.</summary>
    private static double ParseIso(string text)
    {
        var match = IsoParts.Match(text);
        if (!match.Success) return double.NaN;
        double Field(int group, double fallback) => match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        var year = Field(1, 0);
        var month = Field(2, 1);
        var day = Field(3, 1);
        var hours = Field(4, 0);
        var minutes = Field(5, 0);
        var seconds = Field(6, 0);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, (int)month) || hours > 24 || minutes > 59 || seconds > 59)
            return double.NaN;
        var fraction = match.Groups[7].Success ? match.Groups[7].Value : "";
        var millis = fraction.Length == 0 ? 0 : double.Parse((fraction + "00").Substring(0, 3), CultureInfo.InvariantCulture);
        var result = DaysFromCivil((long)year, (int)month, (int)day) * DayMillis + hours * 3.6e6 + minutes * 6e4 + seconds * 1e3 + millis;
        var zone = match.Groups[8].Value;
        if (zone.Length > 1)
        {
            var sign = zone[0] == '-' ? -1 : 1;
            var digits = zone.Substring(1).Replace(":", "");
            var offset = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture) * 60 + int.Parse(digits.Substring(2, 2), CultureInfo.InvariantCulture);
            result -= sign * offset * 6e4;
        }
        return result;
    }
}
