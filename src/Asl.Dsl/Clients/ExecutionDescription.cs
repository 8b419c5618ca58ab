using Asl.Api;

namespace Asl.Clients;

/// <summary>A typed view of DescribeExecution: the status, and the output read as <typeparamref name="TOutput"/> once the execution succeeded.</summary>
/// <typeparam name="TOutput">The state machine's output type.</typeparam>
public sealed record ExecutionDescription<TOutput>
{
    /// <summary>The execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The execution name.</summary>
    public string? Name { get; init; }

    /// <summary>The status.</summary>
    public required ExecutionStatus Status { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>When it stopped; null while it runs.</summary>
    public DateTimeOffset? StopDate { get; init; }

    /// <summary>The output once the execution succeeded; default otherwise.</summary>
    public TOutput? Output { get; init; }

    /// <summary>The output as JSON text, as the service sent it.</summary>
    public string? OutputJson { get; init; }

    /// <summary>The input as JSON text.</summary>
    public string? InputJson { get; init; }

    /// <summary>The error name of a failed, timed-out or aborted execution.</summary>
    public string? Error { get; init; }

    /// <summary>The cause of a failed, timed-out or aborted execution.</summary>
    public string? Cause { get; init; }
}
