using Asl.Json;

namespace Asl.Local.History;

/// <summary>The details of an event about to be recorded (the history log adds id, previous id and time).</summary>
internal readonly record struct EventData
{
    public string? Name { get; init; }
    public AslJson? Input { get; init; }
    public AslJson? Output { get; init; }
    public string? Error { get; init; }
    public string? Cause { get; init; }
    public string? ResourceType { get; init; }
    public string? Resource { get; init; }
    public string? Region { get; init; }
    public AslJson? Parameters { get; init; }
    public long? TimeoutInSeconds { get; init; }
    public long? HeartbeatInSeconds { get; init; }
    public int? Length { get; init; }
    public int? Index { get; init; }
    public string? RoleArn { get; init; }
    public IReadOnlyDictionary<string, AslJson>? AssignedVariables { get; init; }
}
