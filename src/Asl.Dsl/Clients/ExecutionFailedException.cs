using Asl.Api;

namespace Asl.Clients;

/// <summary>
/// Thrown by the typed clients when an execution ends without success: FAILED (a Fail state or an uncaught
/// error), TIMED_OUT (its TimeoutSeconds elapsed) or ABORTED (stopped). <see cref="Error"/> and <see cref="Cause"/> are
/// what the execution reported, for example <c>States.TaskFailed</c> and the task's cause.
/// </summary>
public sealed class ExecutionFailedException : Exception
{
    /// <summary>Creates the exception for an execution that ended with <paramref name="status"/>.</summary>
    public ExecutionFailedException(string executionArn, ExecutionStatus status, string? error, string? cause)
        : base(Describe(executionArn, status, error, cause))
    {
        ExecutionArn = executionArn;
        Status = status;
        Error = error;
        Cause = cause;
    }

    /// <summary>The execution that ended.</summary>
    public string ExecutionArn { get; }

    /// <summary>FAILED, TIMED_OUT or ABORTED.</summary>
    public ExecutionStatus Status { get; }

    /// <summary>The error name, for example <c>States.Timeout</c> or the Fail state's Error; null when none was given.</summary>
    public string? Error { get; }

    /// <summary>The cause; null when none was given.</summary>
    public string? Cause { get; }

    private static string Describe(string executionArn, ExecutionStatus status, string? error, string? cause)
    {
        var text = $"The execution '{executionArn}' ended {status.ToAwsName()}";
        if (!string.IsNullOrEmpty(error)) text += $" with error '{error}'";
        if (!string.IsNullOrEmpty(cause)) text += $": {cause}";
        return text + (text.EndsWith('.') ? "" : ".");
    }
}
