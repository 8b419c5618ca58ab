using System.Runtime.CompilerServices;
using Asl.Json;

namespace Asl.Local.History;

/// <summary>
/// The events of one execution, in order. Ids are assigned here, from 1. Events are kept in a compact form (the
/// engine keeps every history, and most events have only a name, an input or output, or an index); the public
/// <see cref="LocalHistoryEvent"/> objects are made when the history is first read, then reused.
/// </summary>
internal sealed class HistoryLog
{
    /// <summary>AWS's hard limit on events per execution.</summary>
    public const int MaxEvents = 25000;

    // Fixed-size chunks: a growing history never copies its entries, and a short one wastes little.
    private const int ChunkSize = 32;

    private readonly List<Entry[]> _chunks = new();
    private readonly List<LocalHistoryEvent> _read = new();
    private int _count;

    public int Count => _count;

    public long LastId => _count;

    /// <summary>A snapshot of the events.</summary>
    public LocalHistoryEvent[] ToArray()
    {
        for (var i = _read.Count; i < _count; i++) _read.Add(_chunks[i / ChunkSize][i % ChunkSize].ToEvent(i + 1L));
        return _read.ToArray();
    }

    public long Append(HistoryEventType type, long previousEventId, DateTimeOffset timestamp, in EventData data)
    {
        if (_count % ChunkSize == 0) _chunks.Add(new Entry[ChunkSize]);
        _chunks[_count / ChunkSize][_count % ChunkSize] = new Entry(type, previousEventId, timestamp, data);
        return ++_count;
    }

    /// <summary>One event: the common details inline, the rest (errors, task details, variables…) boxed when present.</summary>
    private readonly struct Entry
    {
        private readonly HistoryEventType _type;
        private readonly long _previousEventId;
        private readonly DateTimeOffset _timestamp;
        private readonly string? _name;
        private readonly AslJson? _input;
        private readonly AslJson? _output;
        private readonly int? _index;
        private readonly StrongBox<EventData>? _full;

        public Entry(HistoryEventType type, long previousEventId, DateTimeOffset timestamp, in EventData data)
        {
            _type = type;
            _previousEventId = previousEventId;
            _timestamp = timestamp;
            _name = data.Name;
            _input = data.Input;
            _output = data.Output;
            _index = data.Index;
            if (HasMore(data)) _full = new StrongBox<EventData>(data);
        }

        private static bool HasMore(in EventData data)
            => data.Error is not null || data.Cause is not null || data.ResourceType is not null || data.Resource is not null
                || data.Region is not null || data.Parameters is not null || data.TimeoutInSeconds is not null
                || data.HeartbeatInSeconds is not null || data.Length is not null || data.RoleArn is not null
                || data.AssignedVariables is not null;

        public LocalHistoryEvent ToEvent(long id)
        {
            var data = _full?.Value ?? default;
            return new LocalHistoryEvent
            {
                Id = id,
                PreviousEventId = _previousEventId,
                Timestamp = _timestamp,
                Type = _type,
                Name = _name,
                Input = _input,
                Output = _output,
                Error = data.Error,
                Cause = data.Cause,
                ResourceType = data.ResourceType,
                Resource = data.Resource,
                Region = data.Region,
                Parameters = data.Parameters,
                TimeoutInSeconds = data.TimeoutInSeconds,
                HeartbeatInSeconds = data.HeartbeatInSeconds,
                Length = data.Length,
                Index = _index,
                RoleArn = data.RoleArn,
                AssignedVariables = data.AssignedVariables,
            };
        }
    }
}
