using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Asl.Local;
using Asl.Local.Json;
using Asl.Api;

namespace Asl.Cli.Commands;

/// <summary>
/// The document <c>asl run</c> prints: <c>{"status", "output"}</c> for a successful execution,
/// <c>{"status", "error", "cause"}</c> otherwise, and <c>"history"</c> (GetExecutionHistory's event shape) on request.
/// </summary>
internal static class RunReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The document goes to a terminal or a file, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The engine is the judge of how deep an execution's data may nest (a loop that wraps its state each turn
        // adds a level per turn); the report prints whatever the engine produced. Reading and writing here walk the
        // text without recursion, so no depth needs a limit of its own.
        MaxDepth = int.MaxValue,
    };

    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = int.MaxValue };

    public static string Write(ExecutionSnapshot execution, IReadOnlyList<LocalHistoryEvent>? history)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("status", execution.Status.ToAwsName());
            if (execution.Status == ExecutionStatus.Succeeded)
            {
                json.WritePropertyName("output");
                WriteJsonText(json, execution.Output ?? "null");
            }
            else
            {
                WriteStringOrNull(json, "error", execution.Error);
                WriteStringOrNull(json, "cause", execution.Cause);
            }
            if (history is not null)
            {
                json.WriteStartArray("history");
                foreach (var e in history) WriteJsonText(json, JsonText.Write(e.ToAwsJson()));
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Beyond this depth a value is printed compactly: indentation would grow with the square of the depth.</summary>
    private const int MaxIndentedDepth = 100;

    /// <summary>
    /// Re-writes JSON text through the writer, so it is indented with the rest (number text is kept as is); a value
    /// nested deeper than <see cref="MaxIndentedDepth"/> is written as the compact text the engine made.
    /// </summary>
    private static void WriteJsonText(Utf8JsonWriter json, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (DepthOf(utf8) > MaxIndentedDepth)
        {
            json.WriteRawValue(utf8, skipInputValidation: true);
            return;
        }
        using var document = JsonDocument.Parse(utf8, ReadOptions);
        document.RootElement.WriteTo(json);
    }

    private static int DepthOf(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var deepest = 0;
        while (reader.Read()) deepest = Math.Max(deepest, reader.CurrentDepth + 1);
        return deepest;
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
