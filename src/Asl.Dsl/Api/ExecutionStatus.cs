namespace Asl.Api;

/// <summary>The status of an execution, as DescribeExecution and StartSyncExecution report it.</summary>
public enum ExecutionStatus
{
    /// <summary>A status this client does not know (a newer service may add some).</summary>
    Unknown,
    /// <summary>RUNNING</summary>
    Running,
    /// <summary>SUCCEEDED</summary>
    Succeeded,
    /// <summary>FAILED</summary>
    Failed,
    /// <summary>TIMED_OUT</summary>
    TimedOut,
    /// <summary>ABORTED</summary>
    Aborted,
    /// <summary>PENDING_REDRIVE: the execution failed and a redrive has been requested.</summary>
    PendingRedrive,
}

/// <summary>The AWS spelling of <see cref="ExecutionStatus"/> values.</summary>
public static class ExecutionStatusNames
{
    /// <summary>RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE, or UNKNOWN.</summary>
    public static string ToAwsName(this ExecutionStatus status) => status switch
    {
        ExecutionStatus.Running => "RUNNING",
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        ExecutionStatus.PendingRedrive => "PENDING_REDRIVE",
        _ => "UNKNOWN",
    };

    /// <summary>Reads an AWS status name; anything else is <see cref="ExecutionStatus.Unknown"/>.</summary>
    public static ExecutionStatus FromAwsName(string? name) => name switch
    {
        "RUNNING" => ExecutionStatus.Running,
        "SUCCEEDED" => ExecutionStatus.Succeeded,
        "FAILED" => ExecutionStatus.Failed,
        "TIMED_OUT" => ExecutionStatus.TimedOut,
        "ABORTED" => ExecutionStatus.Aborted,
        "PENDING_REDRIVE" => ExecutionStatus.PendingRedrive,
        _ => ExecutionStatus.Unknown,
    };

    /// <summary>True for the statuses an execution ends in (everything but RUNNING and PENDING_REDRIVE).</summary>
    public static bool IsFinal(this ExecutionStatus status)
        => status is ExecutionStatus.Succeeded or ExecutionStatus.Failed or ExecutionStatus.TimedOut or ExecutionStatus.Aborted;
}
