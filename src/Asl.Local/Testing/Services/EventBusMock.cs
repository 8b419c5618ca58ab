using System.Text.Json.Nodes;

namespace Asl.Testing;

/// <summary>
/// An EventBridge event bus for the test harness (<see cref="WorkflowHarness.MockEventBus"/>): every entry of an
/// <c>events:putEvents</c> call (<see cref="EventBridgePutEventsBuilder"/>, or a raw Task) sent to this bus is recorded as
/// an <see cref="EventBridgeEvent"/> (each entry counts as one call), and the call is answered as EventBridge answers Step
/// Functions: <c>Entries</c> (an <c>EventId</c> each) and <c>FailedEntryCount</c>.
/// </summary>
public sealed class EventBusMock : ServiceMock<EventBusMock, EventBridgeEvent>
{
    private (string Code, string Message)? _entryFailure;

    internal EventBusMock(string bus) : base(bus) { }

    /// <summary>Every event received so far, in order (the same as <see cref="ServiceMock{TSelf, TCall}.Calls"/>).</summary>
    public IReadOnlyList<EventBridgeEvent> Events => Calls;

    /// <summary>
    /// Rejects every entry sent to this bus with <paramref name="errorCode"/> and <paramref name="errorMessage"/>, as
    /// EventBridge rejects an entry (for example <c>MalformedDetail</c>, <c>Detail is malformed.</c>): the task fails with
    /// <see cref="Errors.EventBridge.FailedEntry"/>, its cause the PutEvents response with the failed entries.
    /// </summary>
    public EventBusMock RejectsEntries(string errorCode, string errorMessage)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ArgumentNullException.ThrowIfNull(errorMessage);
        lock (Sync) _entryFailure = (errorCode, errorMessage);
        return this;
    }

    /// <summary>
    /// Runs <paramref name="rule"/> on each event once it is put, as a rule's target would receive it: for a
    /// <c>.WaitForTaskToken()</c> state it may answer with <see cref="ServiceCall.SendTaskSuccess{T}"/>.
    /// </summary>
    public EventBusMock OnEvent(Action<EventBridgeEvent> rule) => Listen(rule);

    /// <summary>Records one entry; returns its result entry (an EventId, or the rejection set up).</summary>
    internal async Task<JsonObject> PutAsync(EventBridgeEvent entry, MockContext context, CancellationToken cancellation)
    {
        await RecordAsync(entry, context, cancellation);
        (string Code, string Message)? rejection;
        lock (Sync) rejection = _entryFailure;
        return rejection is { } r
            ? new JsonObject { ["ErrorCode"] = r.Code, ["ErrorMessage"] = r.Message }
            : new JsonObject { ["EventId"] = entry.EventId };
    }

    /// <summary>Tells the rule about an accepted event.</summary>
    internal void Deliver(EventBridgeEvent entry)
    {
        bool rejected;
        lock (Sync) rejected = _entryFailure is not null;
        if (!rejected) Notify(entry);
    }
}

/// <summary>An event put on an <see cref="EventBusMock"/>.</summary>
public sealed class EventBridgeEvent : ServiceCall
{
    internal EventBridgeEvent(WorkflowHarness harness, MockContext context, JsonObject entry, string eventId) : base(harness, context)
    {
        EventBusName = ServiceRequests.String(entry, "EventBusName") ?? "default";
        Source = ServiceRequests.String(entry, "Source") ?? "";
        DetailType = ServiceRequests.String(entry, "DetailType") ?? "";
        Detail = ServiceRequests.Text(entry, "Detail") ?? "{}";
        Resources = entry["Resources"] is JsonArray resources ? resources.Select(r => (string?)r ?? "").ToArray() : [];
        EventId = eventId;
    }

    /// <summary>The bus, as the entry named it (<c>default</c> when it named none).</summary>
    public string EventBusName { get; }

    /// <summary>The event's source, for example <c>com.example.orders</c>.</summary>
    public string Source { get; }

    /// <summary>The event's detail type, for example <c>OrderPlaced</c>.</summary>
    public string DetailType { get; }

    /// <summary>The detail as JSON text (an object detail is sent as its JSON text).</summary>
    public string Detail { get; }

    /// <summary>The ARNs the event names as its resources.</summary>
    public IReadOnlyList<string> Resources { get; }

    /// <summary>The <c>EventId</c> the mock answered with.</summary>
    public string EventId { get; }

    /// <summary>The detail read as JSON into <typeparamref name="T"/>.</summary>
    public T DetailAs<T>() => Read<T>(Detail, $"The detail of the {DetailType} event of state '{StateName}'");
}
