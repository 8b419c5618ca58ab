using Asl.Json;
using Asl.Api;

namespace Asl.Local;

/// <summary>What DescribeExecution returns for one execution (a snapshot; it does not change afterwards).</summary>
public sealed record ExecutionSnapshot
{
    /// <summary>The execution ARN (<c>arn:aws:states:region:account:execution:machine:name</c>).</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The state machine's ARN.</summary>
    public required string StateMachineArn { get; init; }

    /// <summary>The execution name.</summary>
    public required string Name { get; init; }

    /// <summary>The status.</summary>
    public required ExecutionStatus Status { get; init; }

    /// <summary>When the execution started (engine clock).</summary>
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>When it stopped; null while running.</summary>
    public DateTimeOffset? StopDate { get; init; }

    /// <summary>The input as JSON text.</summary>
    public required string Input { get; init; }

    /// <summary>The input value.</summary>
    public required AslJson InputValue { get; init; }

    /// <summary>The output as JSON text once the execution succeeded; otherwise null.</summary>
    public string? Output { get; init; }

    /// <summary>The output value once the execution succeeded; otherwise null.</summary>
    public AslJson? OutputValue { get; init; }

    /// <summary>The error name of a failed, timed-out or aborted execution.</summary>
    public string? Error { get; init; }

    /// <summary>The cause of a failed, timed-out or aborted execution.</summary>
    public string? Cause { get; init; }

    /// <summary>The ARN of the execution that started this one through a <c>states:startExecution</c> task, or null.</summary>
    public string? ParentExecutionArn { get; init; }

    /// <summary>The test case of the mock configuration this execution runs with (<c>…:stateMachine:name#Case</c>), or null.</summary>
    public string? MockTestCase { get; init; }
}
