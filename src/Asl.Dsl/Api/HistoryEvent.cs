using System.Text.Json;
using Asl.Api.Http;

namespace Asl.Api;

/// <summary>
/// One event of an execution's history. <see cref="Type"/> is AWS's event type name (for example
/// <c>TaskStateEntered</c>, <c>TaskSucceeded</c>, <c>ExecutionFailed</c>); the members that most event types
/// share are read out of the details object, and <see cref="Details"/> keeps the whole object for the rest.
/// </summary>
public sealed record HistoryEvent
{
    /// <summary>The event's sequence number, from 1.</summary>
    public required long Id { get; init; }

    /// <summary>The event that led to this one; 0 when none.</summary>
    public long PreviousEventId { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The event type, as AWS names it (for example <c>TaskSubmitted</c>).</summary>
    public required string Type { get; init; }

    /// <summary>The name of the details member on the wire (for example <c>taskSubmittedEventDetails</c>), or null when the event has none.</summary>
    public string? DetailsName { get; init; }

    /// <summary>The details object as sent, or null when the event has none.</summary>
    public JsonElement? Details { get; init; }

    /// <summary>The state's name (state entered and exited events) or the Map state's name (iteration events).</summary>
    public string? Name { get; init; }

    /// <summary>The input as JSON text (execution started, state entered, Lambda scheduled), when included.</summary>
    public string? Input { get; init; }

    /// <summary>The output as JSON text (succeeded, exited and submitted events), when included.</summary>
    public string? Output { get; init; }

    /// <summary>The error name (failed, timed-out and aborted events).</summary>
    public string? Error { get; init; }

    /// <summary>The cause (failed, timed-out and aborted events).</summary>
    public string? Cause { get; init; }

    /// <summary>The resource type of a task event, for example <c>lambda</c> or <c>states</c>.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The resource of a task event, for example <c>startExecution.sync:2</c>, or a Lambda function's ARN.</summary>
    public string? Resource { get; init; }

    /// <summary>
    /// Reads one event in the shape GetExecutionHistory sends: <c>timestamp</c> (epoch seconds), <c>type</c>,
    /// <c>id</c>, <c>previousEventId</c> and at most one <c>…EventDetails</c> object.
    /// </summary>
    /// <exception cref="JsonException">The element is not an event object, or a required member is missing or of the wrong type.</exception>
    public static HistoryEvent FromAwsJson(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new JsonException($"A history event must be a JSON object, but it is {element.ValueKind}.");
        string? detailsName = null;
        JsonElement? details = null;
        foreach (var member in element.EnumerateObject())
        {
            if (!member.Name.EndsWith("EventDetails", StringComparison.Ordinal) || member.Value.ValueKind != JsonValueKind.Object) continue;
            detailsName = member.Name;
            details = member.Value.Clone();
            break;
        }
        return new HistoryEvent
        {
            Id = RequiredInt64(element, "id"),
            PreviousEventId = element.TryGetProperty("previousEventId", out var previous) && previous.ValueKind == JsonValueKind.Number ? previous.GetInt64() : 0,
            Timestamp = element.TryGetProperty("timestamp", out var timestamp) ? EpochSeconds.Read(timestamp)
                : throw new JsonException("A history event has no 'timestamp'."),
            Type = element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()!
                : throw new JsonException("A history event has no 'type' string."),
            DetailsName = detailsName,
            Details = details,
            Name = DetailString(details, "name"),
            Input = DetailString(details, "input"),
            Output = DetailString(details, "output"),
            Error = DetailString(details, "error"),
            Cause = DetailString(details, "cause"),
            ResourceType = DetailString(details, "resourceType"),
            Resource = DetailString(details, "resource"),
        };
    }

    private static long RequiredInt64(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new JsonException($"A history event has no integer '{name}'.");

    private static string? DetailString(JsonElement? details, string name)
        => details is { } d && d.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
