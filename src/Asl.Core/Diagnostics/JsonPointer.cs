namespace Asl.Diagnostics;

/// <summary>RFC 6901 JSON pointers, as used in findings (<c>/States/My~1State/Next</c>).</summary>
public static class JsonPointer
{
    /// <summary>The pointer to the document root.</summary>
    public const string Root = "";

    /// <summary>Appends one reference token, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Append(string pointer, string token) =>
        // Tokens rarely need escaping: one scan instead of two Replace calls on every append.
        pointer + "/" + (token.IndexOfAny(Escaped) < 0 ? token : token.Replace("~", "~0").Replace("/", "~1"));

    private static readonly char[] Escaped = { '~', '/' };

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Decodes one reference token.</summary>
    public static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");
}
