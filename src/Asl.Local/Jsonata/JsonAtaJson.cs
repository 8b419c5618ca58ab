using System.Globalization;
using System.Text;
using System.Text.Json;
using Asl.JsonAta;

namespace Asl.Local.Jsonata;

/// <summary>JSON text in and out of JSONata values, as JavaScript's JSON.parse and JSON.stringify read and write it.</summary>
internal static class JsonAtaJson
{
    /// <summary>JSON.stringify(<paramref name="value"/>): undefined and functions give "undefined" at the top.</summary>
    public static string Stringify(object? value)
    {
        if (value is null or JFunction or TailCall) return "undefined";
        var output = new StringBuilder();
        Write(value, output, indent: null, depth: 0, forString: false);
        return output.ToString();
    }

    /// <summary>String(<paramref name="value"/>) as JavaScript writes a value into a message.</summary>
    public static string Text(object? value) => value switch
    {
        null => "undefined",
        string s => s,
        double d => JsonAtaNumbers.Format(d),
        bool b => b ? "true" : "false",
        _ => Stringify(value),
    };

    /// <summary>
    /// JSONata's <c>$string</c> of a value that is not a string: JSON with numbers rounded to 15 significant digits,
    /// functions written as empty strings, and, when <paramref name="pretty"/>, indented by two spaces.
    /// </summary>
    public static string ForString(object value, bool pretty)
    {
        var output = new StringBuilder();
        Write(value, output, pretty ? "" : null, depth: 0, forString: true);
        return output.ToString();
    }

    /// <summary>Writes <paramref name="value"/> as JSON: undefined and functions become null in arrays and are left out of objects.</summary>
    public static void Write(object? value, StringBuilder output, string? indent, int depth, bool forString)
    {
        switch (value)
        {
            case string s:
                output.Append('"');
                JsonAtaErrorCodes.AppendQuoted(output, s);
                output.Append('"');
                return;
            case double d:
                WriteNumber(d, output, forString);
                return;
            case bool b:
                output.Append(b ? "true" : "false");
                return;
            case JArray array:
            {
                Evaluation.EnsureStack();
                if (array.Count == 0)
                {
                    output.Append("[]");
                    return;
                }
                output.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) output.Append(',');
                    NewLine(output, indent, depth + 1);
                    var item = array[i];
                    if (item is null || item is JFunction && !forString) output.Append("null");
                    else Write(item, output, indent, depth + 1, forString);
                }
                NewLine(output, indent, depth);
                output.Append(']');
                return;
            }
            case JObject obj:
            {
                Evaluation.EnsureStack();
                var first = true;
                output.Append('{');
                for (var i = 0; i < obj.Count; i++)
                {
                    var member = obj.ValueAt(i);
                    if (member is null || member is JFunction && !forString) continue;
                    if (!first) output.Append(',');
                    first = false;
                    NewLine(output, indent, depth + 1);
                    output.Append('"');
                    JsonAtaErrorCodes.AppendQuoted(output, obj.KeyAt(i));
                    output.Append(indent is null ? "\":" : "\": ");
                    Write(member, output, indent, depth + 1, forString);
                }
                if (!first) NewLine(output, indent, depth);
                output.Append('}');
                return;
            }
            case JFunction when forString:
                output.Append("\"\"");
                return;
            default:
                output.Append("null");
                return;
        }
    }

    private static void NewLine(StringBuilder output, string? indent, int depth)
    {
        if (indent is null) return;
        output.Append('\n').Append(' ', depth * 2);
    }

    private static void WriteNumber(double d, StringBuilder output, bool forString)
    {
        if (double.IsNaN(d))
        {
            output.Append("null");
            return;
        }
        if (double.IsInfinity(d))
        {
            if (forString) throw new JsonAtaError("D1001") { Value = d };
            output.Append("null");
            return;
        }
        output.Append(JsonAtaNumbers.Format(forString ? Precision15(d) : d));
    }

    /// <summary>Number(d.toPrecision(15)): the double rounded to 15 significant digits.</summary>
    public static double Precision15(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d // integers of up to 15 digits are unchanged
            : double.Parse(d.ToString("E14", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// JSON.parse(JSON.stringify(value)) with $string's rules, without the text in between: what $clone (and so a
    /// transform) makes of a value. Numbers are rounded to 15 digits, functions become "", undefined members go.
    /// </summary>
    public static object? Clone(object? value)
    {
        switch (value)
        {
            case double d:
                if (double.IsNaN(d)) return JNull.Value;
                if (double.IsInfinity(d)) throw new JsonAtaError("D1001") { Value = d };
                return Box.Number(Precision15(d));
            case JArray array:
            {
                Evaluation.EnsureStack();
                var copy = new JArray(array.Count);
                foreach (var item in array) copy.Add(item is null ? JNull.Value : Clone(item));
                return copy;
            }
            case JObject obj:
            {
                Evaluation.EnsureStack();
                var copy = new JObject(obj.Count);
                for (var i = 0; i < obj.Count; i++)
                    if (obj.ValueAt(i) is { } member) copy.Set(obj.KeyAt(i), Clone(member));
                return copy;
            }
            case JFunction:
                return "";
            default:
                return value;
        }
    }

    /// <summary>JSON.parse(<paramref name="text"/>) into JSONata values; throws <see cref="JsonException"/> when it is not JSON.</summary>
    public static object? Parse(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 1_000 });
        if (!reader.Read()) throw new JsonException("The text is empty.");
        var value = ReadValue(ref reader);
        if (reader.Read()) throw new JsonException("The text has more after the JSON value.");
        return value;
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number:
                return Box.Number(double.Parse(Encoding.UTF8.GetString(reader.ValueSpan), NumberStyles.Float, CultureInfo.InvariantCulture));
            case JsonTokenType.True:
                return Box.True;
            case JsonTokenType.False:
                return Box.False;
            case JsonTokenType.Null:
                return JNull.Value;
            case JsonTokenType.StartArray:
            {
                var array = new JArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) array.Add(ReadValue(ref reader));
                return array;
            }
            case JsonTokenType.StartObject:
            {
                var obj = new JObject();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = ReadString(ref reader);
                    reader.Read();
                    obj.Set(name, ReadValue(ref reader));
                }
                return obj;
            }
            default:
                throw new JsonException($"Unexpected {reader.TokenType}.");
        }
    }

    /// <summary>A string value, with escapes of lone surrogates kept (JSON.parse keeps them; System.Text.Json refuses them).</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return reader.GetString()!;
        var raw = reader.HasValueSequence ? Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)) : Encoding.UTF8.GetString(reader.ValueSpan);
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                text.Append(c);
                continue;
            }
            var escaped = raw[++i];
            switch (escaped)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append(escaped); break;
            }
        }
        return text.ToString();
    }
}
