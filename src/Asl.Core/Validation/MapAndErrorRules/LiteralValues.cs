using System.Globalization;
using Asl.Json;

namespace Asl.Validation;

// Checks of literal field values shared by the Map and Retry rules, and how a bad value is shown in a message.
internal sealed partial class MapAndErrorRules
{
    private const int MaxShownStringLength = 60;

    /// <summary>
    /// True when the value is decided later: a <c>${Placeholder}</c> (filled in by DefinitionSubstitutions)
    /// or a JSONata expression. A JSONata string in a JSONPath state is left alone here because it is
    /// H02's finding (LanguageRules), not a second finding of ours.
    /// </summary>
    private static bool IsDeferred(AslJson value) => Values.IsPlaceholder(value) || Values.IsJsonAta(value);

    /// <summary>True for a JSON number that is a whole number within [min, max].</summary>
    private static bool IsIntegerInRange(AslJson value, long min, long max) =>
        Values.TryGetInteger(value, out var n) && n >= min && n <= max;

    /// <summary>True for a finite JSON number within [min, max] (fractions allowed).</summary>
    private static bool IsNumberInRange(AslJson value, double min, double max) =>
        TryGetFiniteNumber(value, out var d) && d >= min && d <= max;

    private static bool TryGetFiniteNumber(AslJson value, out double result)
    {
        result = 0;
        return value is AslJsonNumber number
            && double.TryParse(number.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && !double.IsInfinity(result) && !double.IsNaN(result);
    }

    /// <summary>Shows a JSON value in a message: numbers and literals as written, strings quoted, containers by kind.</summary>
    private static string Describe(AslJson? value) => value switch
    {
        null => "missing",
        AslJsonNumber number => number.Raw,
        AslJsonString text => Describe(text.Value),
        AslJsonBool flag => flag.Value ? "true" : "false",
        AslJsonNull => "null",
        AslJsonArray => "an array",
        _ => "an object",
    };

    /// <summary>Shows a string value in a message, quoted and shortened when long.</summary>
    private static string Describe(string? text)
    {
        if (text is null) return "missing";
        if (text.Length == 0) return "an empty string";
        var shown = text.Length > MaxShownStringLength ? text.Substring(0, MaxShownStringLength) + "…" : text;
        return "\"" + shown + "\"";
    }

    /// <summary>Whether an enumeration field holds one of its values (a whole-value placeholder stands for any).</summary>
    private static bool IsOneOf(string value, string[] allowed)
    {
        if (Values.IsPlaceholder(value)) return true;
        foreach (var candidate in allowed)
            if (candidate == value) return true;
        return false;
    }

    /// <summary>"A, B or C" for a message.</summary>
    private static string ListOf(string[] values) =>
        values.Length == 1 ? values[0] : string.Join(", ", values, 0, values.Length - 1) + " or " + values[values.Length - 1];
}
