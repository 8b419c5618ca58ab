using System.Globalization;
using System.Text;
using System.Text.Json;
using Asl.Diagrams;

namespace Asl.Cli.Commands;

/// <summary>
/// Reads an execution history for <c>asl diagram --history</c>: AWS's GetExecutionHistory response
/// (<c>{"events": [...]}</c>, as <c>aws stepfunctions get-execution-history</c> prints it), the document
/// <c>asl run --history</c> prints (<c>{"history": [...]}</c>), or a bare array of events. Every problem is a message
/// that says where in the file it is.
/// </summary>
internal static class HistoryFile
{
    /// <summary>The events of the history in <paramref name="path"/>, or null and a message (with a line and column where there is one).</summary>
    public static IReadOnlyList<ExecutionEvent>? Read(string path, out string? problem)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException ? $"the history file '{path}' does not exist." : $"the history file '{path}' cannot be read: {e.Message}";
            return null;
        }
        try
        {
            return Parse(bytes, path, out problem);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            problem = string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column}): the history is not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }
    }

    private static IReadOnlyList<ExecutionEvent>? Parse(byte[] bytes, string path, out string? problem)
    {
        problem = null;
        // A byte order mark is skipped; offsets into what follows it are shifted back for positions.
        var bom = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (bytes.AsSpan(bom).IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            problem = $"{path}: the history file is empty.";
            return null;
        }
        var reader = new Utf8JsonReader(bytes.AsSpan(bom), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 512 });
        var positions = new Positions(bytes, bom);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if ((name == "events" || name == "history") && reader.TokenType == JsonTokenType.StartArray)
                {
                    found = true;
                    break;
                }
                reader.Skip();
            }
            if (!found)
            {
                problem = $"{path}(1,1): this is not an execution history: it has no \"events\" array (GetExecutionHistory's response) nor \"history\" array (what 'asl run --history' prints).";
                return null;
            }
        }
        else if (reader.TokenType != JsonTokenType.StartArray)
        {
            problem = $"{positions.At(path, reader.TokenStartIndex)}: this is not an execution history: expected an object with an \"events\" array, or an array of events.";
            return null;
        }

        var events = new List<ExecutionEvent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problem = $"{positions.At(path, start)}: event {events.Count + 1} of the history is not an object.";
                return null;
            }
            var e = ReadEvent(ref reader);
            if (e.Id is not { } id || e.Type is not { } type)
            {
                problem = $"{positions.At(path, start)}: event {events.Count + 1} of the history has no {(e.Id is null ? "numeric \"id\"" : "\"type\"")}; is this an execution history?";
                return null;
            }
            events.Add(new ExecutionEvent(id, e.PreviousId ?? 0, type, type.EndsWith("StateEntered", StringComparison.Ordinal) || type.EndsWith("StateExited", StringComparison.Ordinal) ? e.StateName : null));
        }
        if (events.Count == 0) problem = $"{path}: the history has no events.";
        return events.Count == 0 ? null : events;
    }

    /// <summary>Reads one event object: id, previousEventId, type, and the name in its details, skipping everything else.</summary>
    private static (long? Id, long? PreviousId, string? Type, string? StateName) ReadEvent(ref Utf8JsonReader reader)
    {
        long? id = null, previous = null;
        string? type = null, stateName = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value):
                    id = value;
                    break;
                case "previousEventId" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value):
                    previous = value;
                    break;
                case "type" when reader.TokenType == JsonTokenType.String:
                    type = reader.GetString();
                    break;
                default:
                    if (name is not null && name.EndsWith("EventDetails", StringComparison.Ordinal) && reader.TokenType == JsonTokenType.StartObject)
                        stateName = ReadName(ref reader) ?? stateName;
                    else
                        reader.Skip();
                    break;
            }
        }
        return (id, previous, type, stateName);
    }

    private static string? ReadName(ref Utf8JsonReader reader)
    {
        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == "name" && reader.TokenType == JsonTokenType.String) name = reader.GetString();
            else reader.Skip();
        }
        return name;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim();
    }

    /// <summary>Turns byte offsets into 1-based lines and columns (columns in characters).</summary>
    private sealed class Positions(byte[] bytes, int start)
    {
        public string At(string path, long offset)
        {
            offset += start;
            var line = 1;
            var lineStart = start;
            for (var i = 0; i < offset && i < bytes.Length; i++)
            {
                if (bytes[i] != (byte)'\n') continue;
                line++;
                lineStart = i + 1;
            }
            var column = Encoding.UTF8.GetCharCount(bytes, lineStart, (int)Math.Min(offset, bytes.Length) - lineStart) + 1;
            return string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column})");
        }
    }
}
