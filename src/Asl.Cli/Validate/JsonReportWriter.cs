using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Asl.Cli.Validate;

/// <summary>
/// One JSON document, <c>{"files":[{"path","valid","diagnostics":[{"code","severity","message","pointer","line","column"}]}]}</c>,
/// written file by file so a long run streams. Property order is fixed; line and column are null when unknown.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Messages quote field names ('Next'); the output goes to a terminal or a file, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    public JsonReportWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartObject();
        _json.WriteStartArray("files");
    }

    public void Write(FileReport report)
    {
        _json.WriteStartObject();
        _json.WriteString("path", report.Path);
        _json.WriteBoolean("valid", report.IsValid);
        _json.WriteStartArray("diagnostics");
        foreach (var finding in report.Findings)
        {
            _json.WriteStartObject();
            _json.WriteString("code", finding.Code);
            _json.WriteString("severity", TextReportWriter.SeverityName(finding.Severity));
            _json.WriteString("message", finding.Message);
            _json.WriteString("pointer", finding.Pointer);
            WriteNumberOrNull("line", finding.Line);
            WriteNumberOrNull("column", finding.Column);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
    }

    public void Complete(RunSummary summary)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
        _output.WriteLine();
        _output.Flush();
    }

    private void WriteNumberOrNull(string name, int? value)
    {
        if (value is { } number) _json.WriteNumber(name, number);
        else _json.WriteNull(name);
    }

    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _output.Flush();
        _buffer.ResetWrittenCount();
    }
}
