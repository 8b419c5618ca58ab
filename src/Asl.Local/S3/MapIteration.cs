using Asl.Json;

namespace Asl.Local.S3;

/// <summary>What a distributed Map's ResultWriter records of one iteration (AWS: one child workflow execution).</summary>
internal sealed class MapIteration
{
    public required AslJson Input { get; init; }
    public required DateTimeOffset StartDate { get; init; }
    public DateTimeOffset? StopDate { get; set; }

    /// <summary>SUCCEEDED, FAILED or ABORTED; null while it runs.</summary>
    public string? Status { get; set; }
    public AslJson? Output { get; set; }
    public string? Error { get; set; }
    public string? Cause { get; set; }
}
