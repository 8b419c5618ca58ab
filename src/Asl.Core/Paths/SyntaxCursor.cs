using System.Globalization;

namespace Asl.Paths;

/// <summary>
/// The shared state of the hand-written parsers: the text, the position, and the first error found.
/// Parsers report errors through <see cref="Fail"/> and unwind by returning null, so bad input never throws.
/// </summary>
internal sealed class SyntaxCursor
{
    public SyntaxCursor(string text) => Text = text;

    public string Text { get; }

    public int Position { get; set; }

    public string? Error { get; private set; }

    public int ErrorOffset { get; private set; } = -1;

    public bool AtEnd => Position >= Text.Length;

    /// <summary>The character at the position, or '\0' at the end.</summary>
    public char Current => Position < Text.Length ? Text[Position] : '\0';

    /// <summary>The character after the current one, or '\0'.</summary>
    public char Next => Position + 1 < Text.Length ? Text[Position + 1] : '\0';

    /// <summary>Records the first error; later ones are consequences and are dropped.</summary>
    public void Fail(int offset, string message)
    {
        if (Error is not null) return;
        Error = message;
        ErrorOffset = offset;
    }

    public void SkipWhitespace()
    {
        while (Position < Text.Length && IsWhitespace(Text[Position])) Position++;
    }

    public bool StartsWith(string token) => string.CompareOrdinal(Text, Position, token, 0, token.Length) == 0;

    /// <summary>Consumes <paramref name="expected"/> or fails with a message naming it.</summary>
    public bool Expect(char expected, string context)
    {
        if (Current == expected)
        {
            Position++;
            return true;
        }
        Fail(Position, $"expected '{expected}' {context}, found {Describe()}");
        return false;
    }

    /// <summary>A readable name of the current character for messages.</summary>
    public string Describe() => AtEnd ? "the end of the text" : Describe(Current);

    public static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\n' or '\r' => "a line break",
        _ when char.IsControl(c) => "the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        '\'' => "\"'\"",
        _ => "'" + c + "'",
    };

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The first character of a variable name (Unicode letters, letter numbers and '_'; surrogates are let through).</summary>
    public static bool IsIdentifierStart(char c)
    {
        if (c == '_' || char.IsSurrogate(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    /// <summary>A later character of a variable name: a start character, a digit, a combining mark or a connector.</summary>
    public static bool IsIdentifierPart(char c)
    {
        if (IsIdentifierStart(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format;
    }
}
