namespace Asl.JsonAta;

/// <summary>Recognises JSONata strings: JSON string values of the form <c>{% expression %}</c>.</summary>
public static class JsonAtaText
{
    /// <summary>
    /// True when <paramref name="value"/> starts with <c>{%</c> and ends with <c>%}</c>; gives the expression between
    /// the delimiters and the offset of its first character in <paramref name="value"/>. White space inside the
    /// delimiters is part of the expression and is allowed; so are line breaks.
    /// </summary>
    public static bool TryGetExpression(string? value, out string expression, out int offset)
    {
        expression = "";
        offset = 0;
        if (!IsExpression(value)) return false;
        offset = 2;
        expression = value!.Substring(2, value.Length - 4);
        return true;
    }

    /// <summary>True when <paramref name="value"/> starts with <c>{%</c> and ends with <c>%}</c> (<see cref="TryGetExpression"/> without cutting the expression out).</summary>
    public static bool IsExpression(string? value) =>
        value is { Length: >= 4 } && value[0] == '{' && value[1] == '%' && value[value.Length - 2] == '%' && value[value.Length - 1] == '}';

    /// <summary>
    /// True when <paramref name="value"/> would be a JSONata string but for white space before <c>{%</c> or after
    /// <c>%}</c>; gives the expression and its offset as <see cref="TryGetExpression"/> does.
    /// </summary>
    public static bool TryGetPaddedExpression(string? value, out string expression, out int offset)
    {
        expression = "";
        offset = 0;
        if (value is null || IsExpression(value)) return false;
        var start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start])) start++;
        var end = value.Length;
        while (end > start && char.IsWhiteSpace(value[end - 1])) end--;
        if (start == 0 && end == value.Length) return false; // no padding, and not a JSONata string as it is
        if (!TryGetExpression(value.Substring(start, end - start), out expression, out var inner)) return false;
        offset = start + inner;
        return true;
    }
}
