namespace Asl.Api;

/// <summary>The input of <see cref="IStepFunctionsApi.StartExecutionAsync"/>.</summary>
public sealed record StartExecutionRequest
{
    /// <summary>The state machine to start.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The execution name (1–80 characters, unique per state machine for 90 days); AWS picks a UUID when null.</summary>
    public string? Name { get; init; }

    /// <summary>The input as JSON text; <c>{}</c> when null.</summary>
    public string? Input { get; init; }

    /// <summary>An AWS X-Ray trace header to pass on, or null.</summary>
    public string? TraceHeader { get; init; }
}

/// <summary>The input of <see cref="IStepFunctionsApi.StartSyncExecutionAsync"/>.</summary>
public sealed record StartSyncExecutionRequest
{
    /// <summary>The EXPRESS state machine to run.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The execution name, or null for a generated one.</summary>
    public string? Name { get; init; }

    /// <summary>The input as JSON text; <c>{}</c> when null.</summary>
    public string? Input { get; init; }

    /// <summary>An AWS X-Ray trace header to pass on, or null.</summary>
    public string? TraceHeader { get; init; }
}

/// <summary>The input of <see cref="IStepFunctionsApi.DescribeExecutionAsync"/>.</summary>
public sealed record DescribeExecutionRequest
{
    /// <summary>The execution to describe.</summary>
    public required string ExecutionArn { get; init; }
}

/// <summary>The input of <see cref="IStepFunctionsApi.StopExecutionAsync"/>.</summary>
public sealed record StopExecutionRequest
{
    /// <summary>The execution to stop.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The error name recorded for the stop (at most 256 characters), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The cause recorded for the stop (at most 32768 characters), or null.</summary>
    public string? Cause { get; init; }
}

/// <summary>The input of <see cref="IStepFunctionsApi.GetExecutionHistoryAsync"/>.</summary>
public sealed record GetExecutionHistoryRequest
{
    /// <summary>The execution whose history to read.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The most events in one page (1–1000); null or 0 for the service default of 100.</summary>
    public int? MaxResults { get; init; }

    /// <summary>True to list the newest event first.</summary>
    public bool? ReverseOrder { get; init; }

    /// <summary>The token of the previous page, or null for the first page.</summary>
    public string? NextToken { get; init; }

    /// <summary>False to leave inputs and outputs out of the events (the service default is true).</summary>
    public bool? IncludeExecutionData { get; init; }
}
