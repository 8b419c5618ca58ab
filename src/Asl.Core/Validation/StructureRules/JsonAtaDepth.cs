namespace Asl.Validation;

/// <summary>
/// How deeply a JSONata expression nests brackets ( [ {, ignoring string literals, back-quoted names and
/// comments. Evaluation recurses at least once per level, so the nesting is a lower bound of the
/// evaluation depth.
/// </summary>
internal static class JsonAtaDepth
{
    /// <summary>The deepest bracket nesting of the expression inside <c>{% %}</c>.</summary>
    public static int Of(string jsonAta)
    {
        var text = jsonAta.Trim();
        int depth = 0, max = 0;
        for (var i = 2; i < text.Length - 2; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"' or '\'':
                    i = SkipQuoted(text, i, c);
                    break;
                case '`':
                    i = Skip(text, i + 1, "`");
                    break;
                case '/' when text[i + 1] == '*':
                    i = Skip(text, i + 2, "*/");
                    break;
                case '(' or '[' or '{':
                    if (++depth > max) max = depth;
                    break;
                case ')' or ']' or '}':
                    if (depth > 0) depth--;
                    break;
            }
        }
        return max;
    }

    /// <summary>The index of the closing quote (backslash escapes honoured), or the end.</summary>
    private static int SkipQuoted(string text, int open, char quote)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == quote) return i;
        }
        return text.Length;
    }

    /// <summary>The index of the last character of <paramref name="end"/> found from <paramref name="from"/>, or the end.</summary>
    private static int Skip(string text, int from, string end)
    {
        var at = text.IndexOf(end, from, System.StringComparison.Ordinal);
        return at < 0 ? text.Length : at + end.Length - 1;
    }
}
