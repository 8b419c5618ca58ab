using Asl.Json;
using Asl.Local.Tasks;

namespace Asl.Local;

/// <summary>A C# stand-in for a Lambda function: receives the payload, returns the function's result.</summary>
/// <remarks>
/// Handlers are called on the engine loop. One that completes at once costs nothing; one that awaits real work
/// holds the virtual clock still until it returns. A handler may call the engine (SendTaskSuccess, StartExecution…),
/// but must not block waiting for an execution to progress: the engine cannot run while the handler blocks it.
/// </remarks>
/// <param name="invocation">The payload and where the call comes from.</param>
/// <param name="cancellation">Cancelled when the task times out or its execution stops.</param>
/// <returns>The function's result (any JSON; <see cref="AslJson.Null"/> for none).</returns>
public delegate ValueTask<AslJson> LambdaHandler(LambdaInvocation invocation, CancellationToken cancellation);

/// <summary>A C# implementation of any Task resource (an activity, a service integration, an SDK call).</summary>
/// <remarks>Called on the engine loop, like <see cref="LambdaHandler"/>. For <c>.waitForTaskToken</c> the result is
/// what TaskSubmitted records; the task then waits for the token.</remarks>
/// <param name="invocation">The resolved parameters and where the call comes from.</param>
/// <param name="cancellation">Cancelled when the task times out or its execution stops.</param>
/// <returns>The task's result.</returns>
public delegate ValueTask<AslJson> TaskHandler(TaskInvocation invocation, CancellationToken cancellation);

/// <summary>One call of a Lambda handler.</summary>
public sealed record LambdaInvocation
{
    /// <summary>The function ARN the call resolved to.</summary>
    public required string FunctionArn { get; init; }

    /// <summary>The function name.</summary>
    public required string FunctionName { get; init; }

    /// <summary>The version or alias requested (<c>Qualifier</c> or an ARN suffix), or null for $LATEST.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The event payload.</summary>
    public required AslJson Payload { get; init; }

    /// <summary>The task token when the state uses <c>.waitForTaskToken</c> (also reachable in the payload), else null.</summary>
    public string? TaskToken { get; init; }

    /// <summary>The calling execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The calling Task state's name.</summary>
    public required string StateName { get; init; }

    /// <summary>The engine, so a handler can call back (<see cref="LocalEngine.SendTaskSuccess"/> and friends).</summary>
    public required LocalEngine Engine { get; init; }

    internal HandlerClock? Clock { get; init; }

    /// <summary>
    /// Waits <paramref name="delay"/> on the engine's clock: with the virtual clock the time passes at once when nothing
    /// else can run, and the Task state's TimeoutSeconds can expire meanwhile. <see cref="Timeout.InfiniteTimeSpan"/>
    /// waits until <paramref name="cancellation"/> (the handler's own token) is cancelled: a function that never answers.
    /// </summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellation)
        => (Clock ?? throw new InvalidOperationException("DelayAsync works inside a call from the engine; this invocation was made elsewhere.")).DelayAsync(delay, cancellation);
}

/// <summary>One call of a task handler.</summary>
public sealed record TaskInvocation
{
    /// <summary>The Task state's resource ARN as written (with the integration suffix).</summary>
    public required string Resource { get; init; }

    /// <summary>The effective parameters (after InputPath and Parameters, or the JSONata Arguments).</summary>
    public required AslJson Parameters { get; init; }

    /// <summary>The task token when the state uses <c>.waitForTaskToken</c>, else null.</summary>
    public string? TaskToken { get; init; }

    /// <summary>The calling execution's ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The calling Task state's name.</summary>
    public required string StateName { get; init; }

    /// <summary>The engine, so a handler can call back.</summary>
    public required LocalEngine Engine { get; init; }

    internal HandlerClock? Clock { get; init; }

    /// <summary>
    /// Waits <paramref name="delay"/> on the engine's clock: with the virtual clock the time passes at once when nothing
    /// else can run, and the Task state's TimeoutSeconds or HeartbeatSeconds can expire meanwhile.
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits until <paramref name="cancellation"/> (the handler's own token) is
    /// cancelled: a resource that never answers.
    /// </summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellation)
        => (Clock ?? throw new InvalidOperationException("DelayAsync works inside a call from the engine; this invocation was made elsewhere.")).DelayAsync(delay, cancellation);
}

/// <summary>Thrown by a task handler to fail the task with a chosen error name and cause.</summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates a failure.</summary>
    public TaskFailedException(string error, string? cause = null) : base(cause ?? error)
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name that Retry and Catch match.</summary>
    public string Error { get; }

    /// <summary>The cause.</summary>
    public string? Cause { get; }
}

/// <summary>
/// Thrown by a Lambda handler to report a function error the way a Lambda runtime does: <see cref="ErrorType"/>
/// becomes the task's error name and the cause is <c>{"errorMessage":…,"errorType":…}</c>. Any other
/// exception is reported the same way with its type name as the error type.
/// </summary>
public sealed class LambdaFunctionException : Exception
{
    /// <summary>Creates a function error.</summary>
    public LambdaFunctionException(string errorType, string errorMessage) : base(errorMessage) => ErrorType = errorType;

    /// <summary>The error type (for example <c>ValidationError</c>).</summary>
    public string ErrorType { get; }
}
