namespace Asl.Local;

/// <summary>The status of an execution, as DescribeExecution reports it.</summary>
public enum ExecutionStatus
{
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
}

/// <summary>The AWS spelling of <see cref="ExecutionStatus"/> values.</summary>
public static class ExecutionStatusNames
{
    /// <summary>RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED.</summary>
    public static string ToAwsName(this ExecutionStatus status) => status switch
    {
        ExecutionStatus.Running => "RUNNING",
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        _ => "ABORTED",
    };

    /// <summary>Parses an AWS status name; false for anything else.</summary>
    public static bool TryParse(string? name, out ExecutionStatus status)
    {
        switch (name)
        {
            case "RUNNING": status = ExecutionStatus.Running; return true;
            case "SUCCEEDED": status = ExecutionStatus.Succeeded; return true;
            case "FAILED": status = ExecutionStatus.Failed; return true;
            case "TIMED_OUT": status = ExecutionStatus.TimedOut; return true;
            case "ABORTED": status = ExecutionStatus.Aborted; return true;
            default: status = default; return false;
        }
    }
}
