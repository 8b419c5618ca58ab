namespace Asl.Local.History;

/// <summary>The events of one execution, in order. Ids are assigned here, from 1.</summary>
internal sealed class HistoryLog
{
    /// <summary>AWS's hard limit on events per execution.</summary>
    public const int MaxEvents = 25000;

    private readonly List<HistoryEvent> _events = new();

    public int Count => _events.Count;

    public long LastId => _events.Count;

    /// <summary>A snapshot of the events.</summary>
    public HistoryEvent[] ToArray() => _events.ToArray();

    public long Append(HistoryEventType type, long previousEventId, DateTimeOffset timestamp, in EventData data)
    {
        var id = _events.Count + 1L;
        _events.Add(new HistoryEvent
        {
            Id = id,
            PreviousEventId = previousEventId,
            Timestamp = timestamp,
            Type = type,
            Name = data.Name,
            Input = data.Input,
            Output = data.Output,
            Error = data.Error,
            Cause = data.Cause,
            ResourceType = data.ResourceType,
            Resource = data.Resource,
            Region = data.Region,
            Parameters = data.Parameters,
            TimeoutInSeconds = data.TimeoutInSeconds,
            HeartbeatInSeconds = data.HeartbeatInSeconds,
            Length = data.Length,
            Index = data.Index,
            RoleArn = data.RoleArn,
            AssignedVariables = data.AssignedVariables,
        });
        return id;
    }
}
