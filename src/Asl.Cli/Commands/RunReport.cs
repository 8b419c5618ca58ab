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
    };

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

    /// <summary>Re-writes JSON text through the writer, so it is indented with the rest (number text is kept as is).</summary>
    private static void WriteJsonText(Utf8JsonWriter json, string text)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 1024 });
        document.RootElement.WriteTo(json);
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
