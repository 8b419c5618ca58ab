using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Asl.Collections;
using Asl.Json;

namespace Asl.Local.Json;

/// <summary>
/// Reads and writes JSON text as <see cref="AslJson"/> values, the engine's run-time data type.
/// Writing is compact (no whitespace) and keeps number text as it was read, like Step Functions does.
/// </summary>
public static class JsonText
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 512 };

    /// <summary>Parses JSON text; throws <see cref="JsonException"/> when it is not valid JSON.</summary>
    public static AslJson Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return Parse(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses UTF-8 JSON; throws <see cref="JsonException"/> when it is not valid JSON.</summary>
    public static AslJson Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        if (!reader.Read()) throw new JsonException("The text is empty; expected a JSON value.");
        var value = ReadValue(ref reader);
        if (reader.Read()) throw new JsonException($"Unexpected content after the JSON value at byte {reader.TokenStartIndex}.");
        return value;
    }

    /// <summary>Parses JSON text, returning false (and a message saying why) instead of throwing.</summary>
    public static bool TryParse(string? json, out AslJson value, out string? error)
    {
        value = AslJson.Null;
        error = null;
        if (json is null)
        {
            error = "The text is null; expected a JSON value.";
            return false;
        }
        try
        {
            value = Parse(json);
            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static AslJson ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return AslJson.Null;
            case JsonTokenType.True: return AslJsonBool.True;
            case JsonTokenType.False: return AslJsonBool.False;
            case JsonTokenType.String: return new AslJsonString(ReadString(ref reader));
            case JsonTokenType.Number:
                return new AslJsonNumber(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
            case JsonTokenType.StartArray:
            {
                var items = new List<AslJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader));
                return new AslJsonArray(EquatableArray<AslJson>.UnsafeWrap(items.ToArray()));
            }
            case JsonTokenType.StartObject:
            {
                var members = new JsonObjectBuilder();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = ReadString(ref reader);
                    reader.Read();
                    members.Set(name, ReadValue(ref reader));
                }
                return members.Build();
            }
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>A string or member name; text that is not Unicode is a JSON error like any other.</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture,
                $"The string at byte {reader.TokenStartIndex} is not valid Unicode text: it holds bytes that are not UTF-8 or an escaped half of a surrogate pair such as \\ud800."));
        }
    }

    /// <summary>Writes a value as compact JSON text.</summary>
    public static string Write(AslJson value)
    {
        switch (value)
        {
            case AslJsonNull: return "null";
            case AslJsonBool b: return b.Value ? "true" : "false";
            case AslJsonNumber n: return n.Raw;
        }
        var builder = new StringBuilder();
        Write(value, builder);
        return builder.ToString();
    }

    /// <summary>Appends a value as compact JSON text.</summary>
    public static void Write(AslJson value, StringBuilder output)
    {
        StackGuard.Ensure();
        switch (value)
        {
            case AslJsonNull:
                output.Append("null");
                break;
            case AslJsonBool b:
                output.Append(b.Value ? "true" : "false");
                break;
            case AslJsonNumber n:
                output.Append(n.Raw);
                break;
            case AslJsonString s:
                WriteString(s.Value, output);
                break;
            case AslJsonArray a:
                output.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0) output.Append(',');
                    Write(a.Items[i], output);
                }
                output.Append(']');
                break;
            case AslJsonObject o:
                output.Append('{');
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    if (i > 0) output.Append(',');
                    WriteString(o.Properties[i].Name, output);
                    output.Append(':');
                    Write(o.Properties[i].Value, output);
                }
                output.Append('}');
                break;
        }
    }

    /// <summary>
    /// Appends a JSON string literal, escaping only what JSON requires, and any half of a surrogate pair standing
    /// alone (which a string built by a function can hold): the text is then always valid Unicode, which every UTF-8
    /// writer downstream (the endpoint's responses, files) requires.
    /// </summary>
    public static void WriteString(string value, StringBuilder output)
    {
        output.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                if (!char.IsSurrogate(c)) continue;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
            }
            output.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default: output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }
        output.Append(value, start, value.Length - start);
        output.Append('"');
    }
}
