using System;
using System.Globalization;
using System.Text;

namespace Asl.JsonAta;

/// <summary>
/// Reads the tokens of a JSONata expression one at a time, as the parser asks for them, following the lexical rules
/// of JSONata 2.0.6: names end only at white space or an operator character, strings take either quote and JSON
/// escapes, <c>/* */</c> comments are skipped, and a <c>/</c> starts a regular expression only when the parser is not
/// after an operand (which is why the parser, not the lexer, knows which one it is).
/// </summary>
internal sealed class JsonAtaLexer
{
    private const string OperatorCharacters = ".[]{}(),@#;:?+-*/%|=<>^&!~";

    // Character classes by table: the lexer asks for every character of every expression.
    private const byte WhiteSpaceClass = 1, OperatorClass = 2;
    private static readonly byte[] Classes = BuildClasses();

    // One shared string per single-character operator instead of one per token.
    private static readonly string[] OperatorTexts = Array.ConvertAll(OperatorCharacters.ToCharArray(), c => c.ToString());

    private readonly string _text;
    private int _position;

    public JsonAtaLexer(string text) => _text = text;

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        foreach (var c in " \t\n\r\v") classes[c] |= WhiteSpaceClass;
        foreach (var c in OperatorCharacters) classes[c] |= OperatorClass;
        return classes;
    }

    private static bool Is(char c, byte kind) => c < 128 && (Classes[c] & kind) != 0;

    /// <summary>True for a character that ends a name (white space or an operator character).</summary>
    public static bool EndsName(char c) => Is(c, WhiteSpaceClass | OperatorClass);

    /// <summary>The next token; <paramref name="infix"/> when an operand has just ended, so that <c>/</c> divides.</summary>
    public JsonAtaToken Next(bool infix)
    {
        var text = _text;
        while (true)
        {
            while (_position < text.Length && Is(text[_position], WhiteSpaceClass)) _position++;
            if (_position >= text.Length) return new JsonAtaToken(JsonAtaTokenKind.End, "(end)", text.Length, 0);
            if (text[_position] != '/' || _position + 1 >= text.Length || text[_position + 1] != '*') break;
            var close = text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
            if (close < 0) throw Error("S0106", "this comment is never closed; end it with */", _position);
            _position = close + 2;
        }

        var start = _position;
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        if (c == '/' && !infix) return Regex(start);
        if (TwoCharacterOperator(c, next) is { } pair)
        {
            _position += 2;
            return new JsonAtaToken(JsonAtaTokenKind.Operator, pair, start, 2);
        }
        if (Is(c, OperatorClass))
        {
            _position++;
            return new JsonAtaToken(JsonAtaTokenKind.Operator, OperatorTexts[OperatorCharacters.IndexOf(c)], start, 1);
        }
        if (c is '"' or '\'') return String(start);
        if (c is >= '0' and <= '9') return Number(start);
        if (c == '`') return QuotedName(start);
        return Name(start);
    }

    private static string? TwoCharacterOperator(char c, char next) => (c, next) switch
    {
        ('.', '.') => "..",
        (':', '=') => ":=",
        ('!', '=') => "!=",
        ('>', '=') => ">=",
        ('<', '=') => "<=",
        ('*', '*') => "**",
        ('~', '>') => "~>",
        _ => null,
    };

    /// <summary>A regular expression: up to the first unescaped <c>/</c> outside brackets, then the flags i and m.</summary>
    private JsonAtaToken Regex(int start)
    {
        var text = _text;
        var position = start + 1;
        var depth = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '/' && depth == 0 && !IsEscaped(position))
            {
                if (position == start + 1)
                    throw Error("S0301", "this regular expression is empty; write a pattern between the slashes", start);
                var pattern = text.Substring(start + 1, position - start - 1);
                position++;
                var flagsStart = position;
                while (position < text.Length && text[position] is 'i' or 'm') position++;
                // JSONata compiles the regex as it reads it, so an invalid one fails before anything after it is read.
                var flags = text.Substring(flagsStart, position - flagsStart);
                if (JsonAtaRegexes.Check(pattern, flags) is { } problem)
                    throw new JsonAtaSyntaxException(new JsonAtaSyntaxError($"this regular expression is not valid: {problem}", start)
                    {
                        Code = "SyntaxError",
                        JsonAtaMessage = $"Invalid regular expression: /{pattern}/{flags}: {problem}",
                    });
                _position = position;
                return new JsonAtaToken(JsonAtaTokenKind.Regex, pattern, start, position - start);
            }
            if (c is '(' or '[' or '{' && text[position - 1] != '\\') depth++;
            if (c is ')' or ']' or '}' && text[position - 1] != '\\') depth--;
            position++;
        }
        throw Error("S0302", "this regular expression has no closing /; end it with / (to divide, put an operand before the /)", start);
    }

    private bool IsEscaped(int position)
    {
        var backslashes = 0;
        while (position - backslashes - 1 >= 0 && _text[position - backslashes - 1] == '\\') backslashes++;
        return backslashes % 2 == 1;
    }

    private JsonAtaToken String(int start)
    {
        var text = _text;
        var quote = text[start];
        var position = start + 1;

        // Most strings have no escapes: cut them out in one piece.
        var end = position;
        while (end < text.Length && text[end] != quote && text[end] != '\\') end++;
        if (end < text.Length && text[end] == quote)
        {
            _position = end + 1;
            return new JsonAtaToken(JsonAtaTokenKind.String, text.Substring(position, end - position), start, end + 1 - start);
        }

        var value = new StringBuilder(end - position + 16);
        while (position < text.Length)
        {
            var c = text[position];
            if (c == quote)
            {
                _position = position + 1;
                return new JsonAtaToken(JsonAtaTokenKind.String, value.ToString(), start, position + 1 - start);
            }
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
                {
                    // JSONata reads up to 4 characters; all of them must be hex digits (at the very end, fewer will do,
                    // and the string is then never closed).
                    var digits = text.Substring(position + 2, Math.Min(4, text.Length - position - 2));
                    if (digits.Length == 0 || !IsHex(position + 2, digits.Length))
                        throw Error("S0104", "the escape \\u must be followed by 4 hexadecimal digits", position);
                    value.Append((char)int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    position += 4;
                    break;
                }
                case '\0' when position + 1 >= text.Length:
                    throw Unterminated(quote, start);
                default:
                    var hint = escaped == '\'' ? " (inside '...' write \\u0027 for a quote, or use a \"...\" string)" : "";
                    throw Error("S0103", $"\\{escaped} is not a JSONata escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX{hint}", position,
                        token: escaped.ToString());
            }
            position += 2;
        }
        throw Unterminated(quote, start);
    }

    private static JsonAtaSyntaxException Unterminated(char quote, int start) =>
        Error("S0101", $"this string is never closed; end it with {quote}", start);

    private bool IsHex(int start, int count)
    {
        for (var i = start; i < start + count; i++)
            if (!Uri.IsHexDigit(_text[i])) return false;
        return true;
    }

    /// <summary>JSONata numbers: <c>0</c> or a digit run without a leading zero, an optional fraction and exponent.</summary>
    private JsonAtaToken Number(int start)
    {
        var text = _text;
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
            throw Error("S0102", $"the number {raw} is too large for a JSON number", start, token: raw);
        _position = position;
        return new JsonAtaToken(JsonAtaTokenKind.Number, raw, start, raw.Length);
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private JsonAtaToken QuotedName(int start)
    {
        var close = _text.IndexOf('`', start + 1);
        if (close < 0) throw Error("S0105", "this `quoted name` is never closed; end it with `", start);
        _position = close + 1;
        return new JsonAtaToken(JsonAtaTokenKind.QuotedName, _text.Substring(start + 1, close - start - 1), start, close + 1 - start);
    }

    private JsonAtaToken Name(int start)
    {
        var text = _text;
        var position = start;
        while (position < text.Length && !EndsName(text[position])) position++;
        _position = position;
        var length = position - start;
        if (text[start] == '$') return new JsonAtaToken(JsonAtaTokenKind.Variable, text.Substring(start + 1, length - 1), start, length);
        var raw = text.Substring(start, length);
        return raw switch
        {
            "and" or "or" or "in" => new JsonAtaToken(JsonAtaTokenKind.Operator, raw, start, length),
            "true" or "false" => new JsonAtaToken(JsonAtaTokenKind.Boolean, raw, start, length),
            "null" => new JsonAtaToken(JsonAtaTokenKind.Null, raw, start, length),
            _ => new JsonAtaToken(JsonAtaTokenKind.Name, raw, start, length),
        };
    }

    /// <summary>
    /// A syntax error: <paramref name="message"/> for people, at <paramref name="offset"/>, with JSONata's
    /// <paramref name="code"/>. <paramref name="token"/> is the offending token's text, which JSONata's message shows
    /// as JSON (<paramref name="tokenJson"/> when that is not a quoted string, as for a number); <paramref name="value"/>
    /// is written as JSON already.
    /// </summary>
    public static JsonAtaSyntaxException Error(string code, string message, int offset, string? token = null, string? value = null, string? tokenJson = null) =>
        new(new JsonAtaSyntaxError(message, offset)
        {
            Code = code,
            Token = token,
            JsonAtaMessage = JsonAtaErrorCodes.Message(code, (name, _) => name switch
            {
                "token" => tokenJson ?? (token is null ? null : JsonAtaErrorCodes.Quote(token)),
                "value" => value,
                _ => null,
            }),
        });
}

/// <summary>Carries a syntax error out of the lexer and parser to <see cref="JsonAtaParser.Parse"/>.</summary>
internal sealed class JsonAtaSyntaxException : Exception
{
    public JsonAtaSyntaxException(JsonAtaSyntaxError error) : base(error.Message) => Error = error;

    public JsonAtaSyntaxError Error { get; }
}
