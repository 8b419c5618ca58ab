namespace Asl.Api;

/// <summary>The result of <see cref="IStepFunctionsApi.StartExecutionAsync"/>.</summary>
public sealed record StartExecutionResponse
{
    /// <summary>The new execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartDate { get; init; }
}

/// <summary>The result of <see cref="IStepFunctionsApi.StartSyncExecutionAsync"/>: how the EXPRESS execution ended.</summary>
public sealed record StartSyncExecutionResponse
{
    /// <summary>The execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The state machine's ARN.</summary>
    public string? StateMachineArn { get; init; }

    /// <summary>The execution name.</summary>
    public string? Name { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>When it stopped.</summary>
    public required DateTimeOffset StopDate { get; init; }

    /// <summary>SUCCEEDED, FAILED or TIMED_OUT.</summary>
    public required ExecutionStatus Status { get; init; }

    /// <summary>The error name when it did not succeed.</summary>
    public string? Error { get; init; }

    /// <summary>The cause when it did not succeed.</summary>
    public string? Cause { get; init; }

    /// <summary>The input as JSON text.</summary>
    public string? Input { get; init; }

    /// <summary>The output as JSON text when it succeeded.</summary>
    public string? Output { get; init; }

    /// <summary>The X-Ray trace header, when one was passed.</summary>
    public string? TraceHeader { get; init; }
}

/// <summary>The result of <see cref="IStepFunctionsApi.DescribeExecutionAsync"/>.</summary>
public sealed record DescribeExecutionResponse
{
    /// <summary>The execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The state machine's ARN.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The execution name.</summary>
    public string? Name { get; init; }

    /// <summary>The status.</summary>
    public required ExecutionStatus Status { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>When it stopped; null while it runs.</summary>
    public DateTimeOffset? StopDate { get; init; }

    /// <summary>The input as JSON text.</summary>
    public string? Input { get; init; }

    /// <summary>The output as JSON text once it succeeded; otherwise null.</summary>
    public string? Output { get; init; }

    /// <summary>The error name of a failed, timed-out or aborted execution.</summary>
    public string? Error { get; init; }

    /// <summary>The cause of a failed, timed-out or aborted execution.</summary>
    public string? Cause { get; init; }

    /// <summary>The X-Ray trace header, when one was passed.</summary>
    public string? TraceHeader { get; init; }

    /// <summary>The Map Run that started this execution (a Distributed Map child), or null.</summary>
    public string? MapRunArn { get; init; }

    /// <summary>The state machine version that runs, when started through a version or alias.</summary>
    public string? StateMachineVersionArn { get; init; }

    /// <summary>The alias the execution was started through, or null.</summary>
    public string? StateMachineAliasArn { get; init; }

    /// <summary>How often the execution was redriven.</summary>
    public int? RedriveCount { get; init; }

    /// <summary>When it was last redriven, or null.</summary>
    public DateTimeOffset? RedriveDate { get; init; }
}

/// <summary>The result of <see cref="IStepFunctionsApi.StopExecutionAsync"/>.</summary>
public sealed record StopExecutionResponse
{
    /// <summary>When the execution stopped.</summary>
    public required DateTimeOffset StopDate { get; init; }
}

/// <summary>The result of <see cref="IStepFunctionsApi.GetExecutionHistoryAsync"/>: one page of events.</summary>
public sealed record GetExecutionHistoryResponse
{
    /// <summary>The events of this page, in the requested order.</summary>
    public required IReadOnlyList<HistoryEvent> Events { get; init; }

    /// <summary>The token for the next page, or null on the last page.</summary>
    public string? NextToken { get; init; }
}
