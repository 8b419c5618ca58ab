using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Asl.Build.Json;

/// <summary>
/// A small strict JSON parser for the definitions the generator wrote. The task cannot count on
/// System.Text.Json being loadable inside every MSBuild host, so it carries its own. Never throws:
/// malformed text gives null and a message. Nesting is bounded so hostile input cannot overflow the stack.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 512;
    private readonly string _text;
    private int _position;
    private string? _error;

    private JsonParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says where and why.</summary>
    public static JsonValue? Parse(string text, out string? error)
    {
        var parser = new JsonParser(text);
        var value = parser.ParseValue(0);
        if (value is not null)
        {
            parser.SkipWhitespace();
            if (parser._position < text.Length) parser.Fail("unexpected text after the value");
        }
        error = parser._error;
        return error is null ? value : null;
    }

    private JsonValue? ParseValue(int depth)
    {
        if (depth > MaxDepth) return Fail("nesting is deeper than " + MaxDepth);
        SkipWhitespace();
        if (_position >= _text.Length) return Fail("unexpected end of text");
        switch (_text[_position])
        {
            case '{': return ParseObject(depth);
            case '[': return ParseArray(depth);
            case '"': return ParseString() is { } s ? new JsonString(s) : null;
            case 't': return Keyword("true");
            case 'f': return Keyword("false");
            case 'n': return Keyword("null");
            default: return ParseNumber();
        }
    }

    private JsonValue? ParseObject(int depth)
    {
        var result = new JsonObject();
        _position++;
        SkipWhitespace();
        if (TryConsume('}')) return result;
        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"') return Fail("expected a member name");
            var name = ParseString();
            if (name is null) return null;
            SkipWhitespace();
            if (!TryConsume(':')) return Fail("expected ':' after a member name");
            var value = ParseValue(depth + 1);
            if (value is null) return null;
            result.Add(name, value);
            SkipWhitespace();
            if (TryConsume('}')) return result;
            if (!TryConsume(',')) return Fail("expected ',' or '}'");
        }
    }

    private JsonValue? ParseArray(int depth)
    {
        var result = new JsonArray();
        _position++;
        SkipWhitespace();
        if (TryConsume(']')) return result;
        while (true)
        {
            var item = ParseValue(depth + 1);
            if (item is null) return null;
            result.Items.Add(item);
            SkipWhitespace();
            if (TryConsume(']')) return result;
            if (!TryConsume(',')) return Fail("expected ',' or ']'");
        }
    }

    private string? ParseString()
    {
        _position++;
        var text = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"') return text.ToString();
            if (c < ' ') { Fail("control character in a string"); return null; }
            if (c != '\\') { text.Append(c); continue; }
            if (_position >= _text.Length) break;
            var escape = _text[_position++];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when _position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    _position += 4;
                    break;
                default:
                    Fail("invalid escape sequence");
                    return null;
            }
        }
        Fail("unterminated string");
        return null;
    }

    private JsonValue? ParseNumber()
    {
        var start = _position;
        if (_position < _text.Length && _text[_position] == '-') _position++;
        if (_position < _text.Length && _text[_position] == '0') _position++; // JSON allows no leading zeros
        else if (!Digits()) return Fail("unexpected character '" + _text[start] + "'");
        if (_position < _text.Length && _text[_position] == '.')
        {
            _position++;
            if (!Digits()) return Fail("expected digits after '.'");
        }
        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (_position < _text.Length && (_text[_position] == '+' || _text[_position] == '-')) _position++;
            if (!Digits()) return Fail("expected digits in an exponent");
        }
        return new JsonLiteral(_text.Substring(start, _position - start));
    }

    private bool Digits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9') _position++;
        return _position > start;
    }

    private JsonValue? Keyword(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0) return Fail("unexpected character '" + _text[_position] + "'");
        _position += word.Length;
        return new JsonLiteral(word);
    }

    private bool TryConsume(char c)
    {
        if (_position >= _text.Length || _text[_position] != c) return false;
        _position++;
        return true;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r') _position++;
    }

    private JsonValue? Fail(string message)
    {
        _error ??= message + " at offset " + _position.ToString(CultureInfo.InvariantCulture);
        return null;
    }
}
