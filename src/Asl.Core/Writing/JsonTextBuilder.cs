using System;
using System.Text;
using Asl.Json;

namespace Asl.Writing;

/// <summary>
/// Writes indented JSON text into a <see cref="StringBuilder"/>: four spaces per level, <c>"name": value</c>,
/// one member or item per line, <c>{}</c> and <c>[]</c> for empty containers, <c>\n</c> line ends.
/// </summary>
internal sealed class JsonTextBuilder
{
    private const int IndentSize = 4;
    private static readonly string[] Indents = BuildIndents(32);

    private readonly StringBuilder _text;
    private bool[] _hasItems = new bool[16];
    private int _depth;
    private bool _afterName;

    public JsonTextBuilder(int capacity = 1024) => _text = new StringBuilder(capacity);

    public override string ToString() => _text.ToString();

    public void BeginObject()
    {
        BeforeValue();
        _text.Append('{');
        Push();
    }

    public void EndObject() => Pop('}');

    public void BeginArray()
    {
        BeforeValue();
        _text.Append('[');
        Push();
    }

    public void EndArray() => Pop(']');

    /// <summary>Starts an object member; the next value written is its value.</summary>
    public void Name(string name)
    {
        if (_hasItems[_depth]) _text.Append(',');
        _hasItems[_depth] = true;
        NewLine();
        AppendString(name);
        _text.Append(": ");
        _afterName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        AppendString(value);
    }

    public void Bool(bool value)
    {
        BeforeValue();
        _text.Append(value ? "true" : "false");
    }

    public void Null()
    {
        BeforeValue();
        _text.Append("null");
    }

    /// <summary>Writes a number's JSON text exactly as the model holds it.</summary>
    public void RawNumber(string raw)
    {
        BeforeValue();
        _text.Append(raw);
    }

    /// <summary>Writes any JSON value; object members keep their order.</summary>
    public void Value(AslJson value)
    {
        switch (value)
        {
            case AslJsonString s:
                String(s.Value);
                break;
            case AslJsonNumber n:
                RawNumber(n.Raw);
                break;
            case AslJsonBool b:
                Bool(b.Value);
                break;
            case AslJsonObject o:
                BeginObject();
                var properties = o.Properties;
                for (var i = 0; i < properties.Count; i++)
                {
                    var property = properties[i];
                    Name(property.Name);
                    Value(property.Value);
                }
                EndObject();
                break;
            case AslJsonArray a:
                BeginArray();
                var items = a.Items;
                for (var i = 0; i < items.Count; i++) Value(items[i]);
                EndArray();
                break;
            default:
                Null();
                break;
        }
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_depth == 0) return;
        if (_hasItems[_depth]) _text.Append(',');
        _hasItems[_depth] = true;
        NewLine();
    }

    private void Push()
    {
        _depth++;
        if (_depth == _hasItems.Length) Array.Resize(ref _hasItems, _hasItems.Length * 2);
        _hasItems[_depth] = false;
    }

    private void Pop(char close)
    {
        var hadItems = _hasItems[_depth];
        _depth--;
        if (hadItems) NewLine();
        _text.Append(close);
    }

    private void NewLine()
    {
        _text.Append('\n');
        if (_depth < Indents.Length) _text.Append(Indents[_depth]);
        else _text.Append(' ', _depth * IndentSize);
    }

    /// <summary>
    /// Appends a JSON string literal. Escapes quote, backslash and control characters (short forms where
    /// JSON has them), and lone surrogates as <c>\uXXXX</c> so the text stays valid UTF-16 and UTF-8.
    /// Everything else, non-ASCII included, is written as is.
    /// </summary>
    private void AppendString(string value)
    {
        _text.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && !char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (i > start) _text.Append(value, start, i - start);
            AppendEscape(c);
            start = i + 1;
        }
        if (start < value.Length) _text.Append(value, start, value.Length - start);
        _text.Append('"');
    }

    private void AppendEscape(char c)
    {
        switch (c)
        {
            case '"': _text.Append("\\\""); break;
            case '\\': _text.Append("\\\\"); break;
            case '\n': _text.Append("\\n"); break;
            case '\r': _text.Append("\\r"); break;
            case '\t': _text.Append("\\t"); break;
            case '\b': _text.Append("\\b"); break;
            case '\f': _text.Append("\\f"); break;
            default:
                _text.Append("\\u");
                _text.Append(HexDigit(c >> 12)).Append(HexDigit(c >> 8)).Append(HexDigit(c >> 4)).Append(HexDigit(c));
                break;
        }
    }

    private static char HexDigit(int value)
    {
        var digit = value & 0xF;
        return (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
    }

    private static string[] BuildIndents(int count)
    {
        var indents = new string[count];
        for (var i = 0; i < count; i++) indents[i] = new string(' ', i * IndentSize);
        return indents;
    }
}
