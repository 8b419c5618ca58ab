using System;
using System.Collections.Generic;
using System.Globalization;

namespace Asl.JsonAta;

/// <summary>The tokens of a JSONata expression, or the first lexical error.</summary>
/// <param name="Tokens">The tokens scanned before the end or before the error.</param>
/// <param name="Error">The first lexical error, or null.</param>
public sealed record JsonAtaScanResult(IReadOnlyList<JsonAtaToken> Tokens, JsonAtaSyntaxError? Error);

/// <summary>
/// Splits a JSONata expression (the text between <c>{%</c> and <c>%}</c>) into tokens, following the lexical rules
/// of JSONata 2.0, the version AWS Step Functions runs: names end only at white space or an operator character,
/// strings take either quote and JSON escapes, <c>/* */</c> comments are skipped, and a <c>/</c> starts a regular
/// expression where an operand is expected and divides elsewhere.
/// </summary>
public static class JsonAtaScanner
{
    private const string OperatorCharacters = ".[]{}(),@#;:?+-*/%|=<>^&!~";
    private const string WhiteSpace = " \t\n\r\v";

    // Character classes by table: the scanner asks for every character of every expression.
    private const byte IsWhiteSpace = 1, IsOperator = 2;
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        foreach (var c in WhiteSpace) classes[c] |= IsWhiteSpace;
        foreach (var c in OperatorCharacters) classes[c] |= IsOperator;
        return classes;
    }

    private static bool Is(char c, byte kind) => c < 128 && (Classes[c] & kind) != 0;

    /// <summary>True for a character that ends a name (white space or an operator character).</summary>
    public static bool EndsName(char c) => Is(c, IsWhiteSpace | IsOperator);

    /// <summary>Scans <paramref name="text"/>.</summary>
    public static JsonAtaScanResult Scan(string text)
    {
        // About one token per four characters in typical expressions: sized up front, growing the list cost more than the scan.
        var tokens = new List<JsonAtaToken>(Math.Max(4, text.Length / 4));
        var position = 0;
        while (true)
        {
            while (position < text.Length && Is(text[position], IsWhiteSpace)) position++;
            if (position >= text.Length) return new JsonAtaScanResult(tokens, null);

            var start = position;
            var c = text[position];
            var next = position + 1 < text.Length ? text[position + 1] : '\0';

            if (c == '/' && next == '*')
            {
                var close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (close < 0)
                    return new JsonAtaScanResult(tokens, new JsonAtaSyntaxError("this comment is never closed; end it with */", start));
                position = close + 2;
                continue;
            }

            JsonAtaSyntaxError? error = null;
            JsonAtaToken token;
            if (c == '/' && OperandExpected(tokens))
                (token, error) = ScanRegex(text, start);
            else if (TwoCharacterOperator(c, next) is { } pair)
                (token, error) = (new JsonAtaToken(JsonAtaTokenKind.Operator, pair, start, 2), null);
            else if (Is(c, IsOperator))
                (token, error) = (new JsonAtaToken(JsonAtaTokenKind.Operator, OperatorText(c), start, 1), null);
            else if (c is '"' or '\'')
                (token, error) = ScanString(text, start);
            else if (c is >= '0' and <= '9')
                (token, error) = ScanNumber(text, start);
            else if (c == '`')
                (token, error) = ScanQuotedName(text, start);
            else
                token = ScanName(text, start);

            if (error is not null) return new JsonAtaScanResult(tokens, error);
            tokens.Add(token);
            position = token.Start + token.Length;
        }
    }

    // One shared string per single-character operator instead of one per token.
    private static readonly string[] OperatorTexts = Array.ConvertAll(OperatorCharacters.ToCharArray(), c => c.ToString());

    private static string OperatorText(char c) => OperatorTexts[OperatorCharacters.IndexOf(c)];

    /// <summary>
    /// JSONata reads <c>/</c> as the start of a regular expression only where an operand is expected: at the start,
    /// and after an operator used between operands or a separator (, ; :). After an operand, a closing bracket, or a
    /// bracket or minus that itself starts an operand, it is the division operator.
    /// </summary>
    private static bool OperandExpected(List<JsonAtaToken> tokens)
    {
        if (tokens.Count == 0) return true;
        var previous = tokens[tokens.Count - 1];
        if (previous.Kind != JsonAtaTokenKind.Operator) return false;
        var beforePrevious = tokens.Count > 1 ? tokens[tokens.Count - 2] : (JsonAtaToken?)null;
        var infix = beforePrevious is { } b && EndsOperand(b);
        switch (previous.Text)
        {
            case ")": case "]": case "}": case "**":
                return false;
            case "(": case "[": case "{": case "-": case "*": case "%":
                return infix;
            default:
                return true;
        }
    }

    private static bool EndsOperand(JsonAtaToken token) =>
        token.Kind != JsonAtaTokenKind.Operator || token.Text is ")" or "]" or "}";

    private static string? TwoCharacterOperator(char c, char next) => (c, next) switch
    {
        ('.', '.') => "..",
        (':', '=') => ":=",
        ('!', '=') => "!=",
        ('>', '=') => ">=",
        ('<', '=') => "<=",
        ('*', '*') => "**",
        ('~', '>') => "~>",
        // Accepted so that expressions written for later JSONata releases are not reported as broken.
        ('?', ':') => "?:",
        ('?', '?') => "??",
        _ => null,
    };

    private static (JsonAtaToken, JsonAtaSyntaxError?) ScanRegex(string text, int start)
    {
        var position = start + 1;
        var depth = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '/' && depth == 0 && !IsEscaped(text, position))
            {
                if (position == start + 1)
                    return (default, new JsonAtaSyntaxError("this regular expression is empty; write a pattern between the slashes", start));
                position++;
                while (position < text.Length && text[position] is 'i' or 'm') position++;
                return (new JsonAtaToken(JsonAtaTokenKind.Regex, text.Substring(start, position - start), start, position - start), null);
            }
            if (c is '(' or '[' or '{' && text[position - 1] != '\\') depth++;
            if (c is ')' or ']' or '}' && text[position - 1] != '\\') depth--;
            position++;
        }
        return (default, new JsonAtaSyntaxError("this regular expression has no closing /; end it with / (to divide, put an operand before the /)", start));
    }

    private static bool IsEscaped(string text, int position)
    {
        var backslashes = 0;
        while (position - backslashes - 1 >= 0 && text[position - backslashes - 1] == '\\') backslashes++;
        return backslashes % 2 == 1;
    }

    private static (JsonAtaToken, JsonAtaSyntaxError?) ScanString(string text, int start)
    {
        var quote = text[start];
        var value = new System.Text.StringBuilder();
        var position = start + 1;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == quote)
                return (new JsonAtaToken(JsonAtaTokenKind.String, value.ToString(), start, position + 1 - start), null);
            if (c != '\\')
            {
                value.Append(c);
                position++;
                continue;
            }

            var escaped = position + 1 < text.Length ? text[position + 1] : '\0';
            switch (escaped)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (position + 6 > text.Length || !IsHex(text, position + 2, 4))
                        return (default, new JsonAtaSyntaxError("the escape \\u must be followed by 4 hexadecimal digits", position));
                    value.Append((char)int.Parse(text.Substring(position + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    position += 4;
                    break;
                case '\0' when position + 1 >= text.Length:
                    return (default, Unterminated(quote, start));
                default:
                    var hint = escaped == '\'' ? " (inside '...' write \\u0027 for a quote, or use a \"...\" string)" : "";
                    return (default, new JsonAtaSyntaxError(
                        $"\\{escaped} is not a JSONata escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX{hint}", position));
            }
            position += 2;
        }
        return (default, Unterminated(quote, start));
    }

    private static JsonAtaSyntaxError Unterminated(char quote, int start) =>
        new($"this string is never closed; end it with {quote}", start);

    private static bool IsHex(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
            if (!Uri.IsHexDigit(text[i])) return false;
        return true;
    }

    /// <summary>JSONata numbers: <c>0</c> or a digit run without a leading zero, an optional fraction and exponent.</summary>
    private static (JsonAtaToken, JsonAtaSyntaxError?) ScanNumber(string text, int start)
    {
        var position = start;
        if (text[position] == '0') position++;
        else while (position < text.Length && IsAsciiDigit(text[position])) position++;

        if (position + 1 < text.Length && text[position] == '.' && IsAsciiDigit(text[position + 1]))
        {
            position++;
            while (position < text.Length && IsAsciiDigit(text[position])) position++;
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            var exponent = position + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-') exponent++;
            if (exponent < text.Length && IsAsciiDigit(text[exponent]))
            {
                position = exponent;
                while (position < text.Length && IsAsciiDigit(text[position])) position++;
            }
        }

        var raw = text.Substring(start, position - start);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value))
            return (default, new JsonAtaSyntaxError($"the number {raw} is too large for a JSON number", start));
        return (new JsonAtaToken(JsonAtaTokenKind.Number, raw, start, raw.Length), null);
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static (JsonAtaToken, JsonAtaSyntaxError?) ScanQuotedName(string text, int start)
    {
        var close = text.IndexOf('`', start + 1);
        if (close < 0)
            return (default, new JsonAtaSyntaxError("this `quoted name` is never closed; end it with `", start));
        return (new JsonAtaToken(JsonAtaTokenKind.QuotedName, text.Substring(start + 1, close - start - 1), start, close + 1 - start), null);
    }

    private static JsonAtaToken ScanName(string text, int start)
    {
        var position = start;
        while (position < text.Length && !EndsName(text[position])) position++;
        var length = position - start;
        if (text[start] == '$') return new JsonAtaToken(JsonAtaTokenKind.Variable, text.Substring(start + 1, length - 1), start, length);
        var raw = text.Substring(start, length);
        return raw switch
        {
            "true" or "false" => new JsonAtaToken(JsonAtaTokenKind.Boolean, raw, start, length),
            "null" => new JsonAtaToken(JsonAtaTokenKind.Null, raw, start, length),
            _ => new JsonAtaToken(JsonAtaTokenKind.Name, raw, start, length),
        };
    }
}
