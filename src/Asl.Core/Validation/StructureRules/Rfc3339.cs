using System.Globalization;
using System.Text.RegularExpressions;

namespace Asl.Validation;

/// <summary>
/// RFC 3339 date-times as Step Functions reads them: <c>2026-03-14T01:59:26Z</c>, with optional fractional
/// seconds and a <c>Z</c> or <c>±hh:mm</c> offset; the <c>T</c> and <c>Z</c> must be upper-case.
/// </summary>
internal static class Rfc3339
{
    private static readonly Regex Shape = new(
        @"^(\d{4})-(\d{2})-(\d{2})([Tt ])(\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))?$",
        RegexOptions.CultureInvariant);

    /// <summary>Null when <paramref name="text"/> is a valid timestamp; otherwise what is wrong with it, as a clause.</summary>
    public static string? Problem(string text)
    {
        var match = Shape.Match(text);
        if (!match.Success) return "it is not of the form yyyy-mm-ddThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)";

        var separator = match.Groups[4].Value;
        if (separator == " ") return "the date and the time must be separated by \"T\", not a space";
        if (separator == "t") return "the separator must be an upper-case \"T\"";
        if (!match.Groups[9].Success) return "it has no time zone; end it with \"Z\" (UTC) or an offset such as \"+02:00\"";
        if (match.Groups[9].Value == "z") return "the UTC designator must be an upper-case \"Z\"";

        int year = Number(match, 1), month = Number(match, 2), day = Number(match, 3);
        int hour = Number(match, 5), minute = Number(match, 6), second = Number(match, 7);
        if (month < 1 || month > 12) return $"month {month:D2} does not exist";
        if (day < 1 || day > DaysIn(year, month)) return $"day {day:D2} does not exist in {year:D4}-{month:D2}";
        if (hour > 23) return $"hour {hour:D2} does not exist";
        if (minute > 59) return $"minute {minute:D2} does not exist";
        if (second > 60) return $"second {second:D2} does not exist"; // 60 is RFC 3339's leap second.
        if (match.Groups[10].Success && (Number(match, 10) > 23 || Number(match, 11) > 59))
            return $"the offset {match.Groups[9].Value} is not a valid time zone offset";
        return null;
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int DaysIn(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
