using System.Text.RegularExpressions;
using Asl.Json;

namespace Asl.Validation;

/// <summary>Shared checks of literal values used by several rule groups.</summary>
public static class Values
{
    private static readonly Regex PlaceholderPattern = new(@"^\$\{[A-Za-z0-9_:.\-]+\}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// True for a whole-value SAM / CloudFormation DefinitionSubstitutions placeholder such as
    /// <c>${MyFunctionArn}</c>; it is accepted wherever a value may stand, numbers included.
    /// </summary>
    public static bool IsPlaceholder(string? text) =>
        // The prefix test first: the validator asks about every path and template string.
        text is not null && text.StartsWith("${", System.StringComparison.Ordinal) && PlaceholderPattern.IsMatch(text);

    /// <summary>True when the string contains a <c>${...}</c> placeholder anywhere (for example inside an ARN).</summary>
    public static bool ContainsPlaceholder(string? text) => text is not null && text.Contains("${") && text.IndexOf('}', text.IndexOf("${", System.StringComparison.Ordinal)) > 0;

    /// <summary>True for a JSONata string: <c>{%</c> … <c>%}</c> (surrounding white space allowed).</summary>
    public static bool IsJsonAta(string? text)
    {
        if (text is null) return false;
        var t = text.Trim();
        return t.Length >= 4 && t.StartsWith("{%", System.StringComparison.Ordinal) && t.EndsWith("%}", System.StringComparison.Ordinal);
    }

    /// <summary>True for a JSON string that is a JSONata expression.</summary>
    public static bool IsJsonAta(AslJson? value) => value is AslJsonString s && IsJsonAta(s.Value);

    /// <summary>True for a JSON string that is a whole-value placeholder.</summary>
    public static bool IsPlaceholder(AslJson? value) => value is AslJsonString s && IsPlaceholder(s.Value);

    /// <summary>The integer value of a JSON number, when it is one.</summary>
    public static bool TryGetInteger(AslJson? value, out long result)
    {
        result = 0;
        return value is AslJsonNumber n && n.TryGetInt64(out result);
    }
}
