namespace Asl.Paths;

/// <summary>
/// Recognises the commonest path without parsing it: <c>$</c> alone or followed by dot-notation names of ASCII
/// letters, digits and underscores (<c>$.order.items</c>). Such a path always parses, starts at the input, is a
/// Reference Path and reads no context or variable, so the path rules have nothing to report about it; large
/// definitions hold thousands of them, and building a <see cref="JsonPath"/> for each was a large share of
/// validation.
/// </summary>
internal static class PlainPath
{
    /// <summary>True when <paramref name="text"/> is such a path; <paramref name="hasSegments"/> is false for <c>$</c> alone.</summary>
    public static bool IsPlainInputPath(string text, out bool hasSegments)
    {
        hasSegments = false;
        if (text.Length == 0 || text[0] != '$') return false;
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] != '.') return false;
            var start = ++i;
            while (i < text.Length && IsNameChar(text[i])) i++;
            if (i == start) return false;
            hasSegments = true;
        }
        return true;
    }

    /// <summary>True when <paramref name="text"/> is such a path.</summary>
    public static bool IsPlainInputPath(string text) => IsPlainInputPath(text, out _);

    private static bool IsNameChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
}
