namespace Asl.Paths;

/// <summary>
/// Parses JSONPath as Amazon States Language uses it (the Jayway dialect): roots <c>$</c>, <c>$$</c> and
/// <c>$name</c>; dot and bracket notation (<c>$.a</c>, <c>$['a b']</c>, <c>$["x"]</c>); indexes, also negative
/// (<c>[-1]</c>, <c>[(@.length-1)]</c>); wildcards (<c>*</c>); slices (<c>[start:end:step]</c>); unions
/// (<c>[0,1]</c>, <c>['a','b']</c>); filters (<c>[?(@.price &lt; 10 &amp;&amp; @.tag == 'x')]</c>); and recursive
/// descent (<c>..</c>). Thread-safe; never throws on bad input. One pass without backtracking: time and memory are
/// linear in the length of the text, and recursion (filters, parentheses) stops at 64 levels.
/// </summary>
public static class JsonPathParser
{
    /// <summary>
    /// Parses <paramref name="text"/>. On failure the result says what is wrong and the 0-based offset of the
    /// offending character. Trailing white space is ignored; leading white space is an error.
    /// </summary>
    public static JsonPathParseResult Parse(string text)
    {
        if (text is null) return JsonPathParseResult.Fail("the path is missing", 0);
        if (text.Length == 0) return JsonPathParseResult.Fail("the path is empty; a path starts with '$'", 0);

        var cursor = new SyntaxCursor(text);
        var path = new PathReader(cursor).ReadPath(allowCurrent: false);
        if (path is not null)
        {
            cursor.SkipWhitespace();
            if (cursor.AtEnd) return JsonPathParseResult.Ok(path);
            cursor.Fail(cursor.Position, UnexpectedAfterPath(cursor));
        }
        return JsonPathParseResult.Fail(cursor.Error ?? "the path is not valid", cursor.ErrorOffset < 0 ? 0 : cursor.ErrorOffset);
    }

    /// <summary>How the message of an unquoted word in a filter starts (<c>[?(@.type == VENDOR)]</c>).</summary>
    internal const string UnquotedFilterWordPrefix = "the unquoted word ";

    /// <summary>
    /// True when a parse error (of a path, or of an intrinsic call or payload expression holding one) is an
    /// unquoted word in a filter where a value belongs, such as <c>[?(@.type == VENDOR)]</c>. AWS accepts such
    /// definitions; its JSONPath (Jayway) reads the word as a number when the path is evaluated, so the state
    /// fails then. Validators report it as a doubtful construct rather than a definition error.
    /// </summary>
    public static bool IsUnquotedFilterWord(string? error) =>
        error is not null && error.StartsWith(UnquotedFilterWordPrefix, System.StringComparison.Ordinal);

    /// <summary>The message for a character that cannot continue a path.</summary>
    internal static string UnexpectedAfterPath(SyntaxCursor cursor)
    {
        var found = cursor.Describe();
        if (cursor.Current == '(')
            return "JSONPath functions such as length() are not supported in ASL paths; use an intrinsic function such as States.ArrayLength($.items) in a payload template instead";
        var previous = cursor.Position > 0 ? cursor.Text[cursor.Position - 1] : '\0';
        if (SyntaxCursor.IsWhitespace(previous) || cursor.Current is ')' or ',' or '\'' or '"' or '=' or '<' or '>' or '!')
            return $"unexpected {found}; a field name with spaces or special characters needs bracket notation, for example $['first name']";
        if (cursor.Current == ']')
            return "unexpected ']' without a matching '['";
        return $"unexpected {found}; a path continues with '.name', '[...]' or ends";
    }
}
