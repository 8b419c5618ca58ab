using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local;

/// <summary>
/// One event of an execution's history. The typed properties hold the event's details; the ones that do not
/// apply to the event type are null. <see cref="ToAwsJson"/> gives the GetExecutionHistory wire shape.
/// </summary>
public sealed record LocalHistoryEvent
{
    /// <summary>The sequence number, from 1.</summary>
    public required long Id { get; init; }

    /// <summary>The event that led to this one; 0 when none.</summary>
    public required long PreviousEventId { get; init; }

    /// <summary>When it happened (engine clock).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The event type.</summary>
    public required HistoryEventType Type { get; init; }

    /// <summary>The state's name (state entered/exited events), or the iteration's Map state name.</summary>
    public string? Name { get; init; }

    /// <summary>The input (execution started, state entered, Lambda scheduled).</summary>
    public AslJson? Input { get; init; }

    /// <summary>The output (succeeded, exited and submitted events).</summary>
    public AslJson? Output { get; init; }

    /// <summary>The error name (failed, timed-out and aborted events).</summary>
    public string? Error { get; init; }

    /// <summary>The cause (failed, timed-out and aborted events).</summary>
    public string? Cause { get; init; }

    /// <summary>The resource type of a task event (for example <c>lambda</c>, <c>states</c>).</summary>
    public string? ResourceType { get; init; }

    /// <summary>The resource of a task event (for example <c>invoke</c>, <c>startExecution.sync:2</c>), or the Lambda ARN.</summary>
    public string? Resource { get; init; }

    /// <summary>The region of a TaskScheduled event.</summary>
    public string? Region { get; init; }

    /// <summary>The effective parameters of a TaskScheduled event.</summary>
    public AslJson? Parameters { get; init; }

    /// <summary>The task timeout of a TaskScheduled or LambdaFunctionScheduled event, when set.</summary>
    public long? TimeoutInSeconds { get; init; }

    /// <summary>The heartbeat interval of a TaskScheduled event, when set.</summary>
    public long? HeartbeatInSeconds { get; init; }

    /// <summary>The number of items of a MapStateStarted event.</summary>
    public int? Length { get; init; }

    /// <summary>The item index of a Map iteration event.</summary>
    public int? Index { get; init; }

    /// <summary>The role ARN of an ExecutionStarted event.</summary>
    public string? RoleArn { get; init; }

    /// <summary>Variables assigned when the state exited (JSON text per name), or null.</summary>
    public IReadOnlyDictionary<string, AslJson>? AssignedVariables { get; init; }

    /// <summary>The member name of the details object on the wire (for example <c>taskScheduledEventDetails</c>), or null when the type has none.</summary>
    public string? DetailsMemberName => HistoryEventDetails.MemberName(Type);

    /// <summary>
    /// The event as GetExecutionHistory returns it: <c>timestamp</c> (epoch seconds), <c>type</c>, <c>id</c>,
    /// <c>previousEventId</c> and the details object, with input and output as JSON text. With
    /// <paramref name="includeExecutionData"/> false, inputs and outputs are left out.
    /// </summary>
    public AslJsonObject ToAwsJson(bool includeExecutionData = true)
    {
        var json = new JsonObjectBuilder(5)
            .AddUnique("timestamp", JsonValues.Number((decimal)Timestamp.ToUnixTimeMilliseconds() / 1000m))
            .AddUnique("type", new AslJsonString(Type.ToString()))
            .AddUnique("id", JsonValues.Number(Id))
            .AddUnique("previousEventId", JsonValues.Number(PreviousEventId));
        if (DetailsMemberName is { } member) json.AddUnique(member, HistoryEventDetails.Build(this, includeExecutionData));
        return json.Build();
    }
}
