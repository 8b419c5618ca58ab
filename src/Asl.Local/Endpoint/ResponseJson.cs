using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local.Endpoint;

/// <summary>Writes response bodies in the AWS JSON 1.0 shapes: camelCase members, timestamps as epoch seconds.</summary>
internal static class ResponseJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Payloads are JSON text inside strings; escaping every quote as \u0022 would only make them harder to read.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>An output shape without members.</summary>
    public static byte[] Empty() => EmptyObject;

    /// <summary>One JSON object whose members <paramref name="members"/> writes.</summary>
    public static byte[] Object(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The body of an error response.</summary>
    public static byte[] Error(string errorCode, string message) => Object(w =>
    {
        w.WriteString("__type", WireErrors.WireType(errorCode));
        w.WriteString("message", message);
    });

    /// <summary>A timestamp as the AWS JSON protocol sends it: seconds since 1970 as a number, with milliseconds.</summary>
    public static void WriteTimestamp(this Utf8JsonWriter writer, string name, DateTimeOffset value)
        => writer.WriteNumber(name, value.ToUnixTimeMilliseconds() / 1000m);

    /// <summary>Writes the member only when the value is not null.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    /// <summary>An engine JSON value as a nested JSON value (not as text).</summary>
    public static void WriteValue(this Utf8JsonWriter writer, string name, AslJson value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(JsonText.Write(value), skipInputValidation: true);
    }

    /// <summary>A stored configuration structure (JSON text) as a nested value.</summary>
    public static void WriteStructure(this Utf8JsonWriter writer, string name, string json)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary><c>{"included": …}</c>, the inputDetails/outputDetails of DescribeExecution and StartSyncExecution.</summary>
    public static void WriteIncluded(this Utf8JsonWriter writer, string name, bool included)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean("included", included);
        writer.WriteEndObject();
    }
}
