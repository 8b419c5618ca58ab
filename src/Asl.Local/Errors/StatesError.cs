using Asl.Model;

namespace Asl.Local.Errors;

/// <summary>
/// A failure inside an execution, carrying the ASL error name and cause. It travels up to the nearest
/// Retry/Catch, or fails the execution.
/// </summary>
internal sealed class StatesError : Exception
{
    public StatesError(string? error, string? cause) : base(cause ?? error ?? "error")
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name (may be null when a task token holder sent none).</summary>
    public string? Error { get; }

    /// <summary>The human-readable cause, or null.</summary>
    public string? Cause { get; }

    /// <summary>The history event that recorded this failure (0 when none did); the next event links to it.</summary>
    public long EventId { get; set; }

    /// <summary>True once the cause names the state it happened in.</summary>
    public bool HasStateContext { get; init; }

    /// <summary>True for errors that no Retry or Catch may handle (States.Runtime, States.DataLimitExceeded).</summary>
    public bool IsTerminal => Error is ErrorNames.Runtime or ErrorNames.DataLimitExceeded;

    /// <summary>The same error with a cause that starts with the state and event it happened in, as AWS writes runtime errors.</summary>
    public StatesError WithStateContext(string stateName, long enteredEventId)
        => HasStateContext ? this : new StatesError(Error, $"An error occurred while executing the state '{stateName}' (entered at the event id #{enteredEventId}). {Cause}")
        {
            HasStateContext = true,
        };

    /// <summary>A States.Runtime failure.</summary>
    public static StatesError Runtime(string cause) => new(ErrorNames.Runtime, cause);

    /// <summary>A States.IntrinsicFailure.</summary>
    public static StatesError Intrinsic(string cause) => new(ErrorNames.IntrinsicFailure, cause);

    /// <summary>A States.QueryEvaluationError (JSONata).</summary>
    public static StatesError Query(string cause) => new(ErrorNames.QueryEvaluationError, cause);
}
