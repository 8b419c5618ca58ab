using Asl.Collections;
using Asl.Json;

namespace Asl.Model;

/// <summary>One entry of a state's <c>Retry</c> array. Numeric fields are JSON values so that a
/// <c>${Placeholder}</c> can stand in for a number; the validator checks their types.</summary>
public sealed record Retrier(EquatableArray<string> ErrorEquals)
{
    /// <summary>Seconds before the first retry (default 1).</summary>
    public AslJson? IntervalSeconds { get; init; }

    /// <summary>Maximum retries (default 3; 0 = never).</summary>
    public AslJson? MaxAttempts { get; init; }

    /// <summary>Multiplier of the interval per attempt (default 2.0, at least 1.0).</summary>
    public AslJson? BackoffRate { get; init; }

    /// <summary>Upper bound of the interval.</summary>
    public AslJson? MaxDelaySeconds { get; init; }

    /// <summary>FULL or NONE.</summary>
    public string? JitterStrategy { get; init; }

    /// <summary>An optional description.</summary>
    public string? Comment { get; init; }
}

/// <summary>One entry of a state's <c>Catch</c> array.</summary>
public sealed record Catcher(EquatableArray<string> ErrorEquals, string Next)
{
    /// <summary>JSONPath: where to put the error output.</summary>
    public PathOrNull? ResultPath { get; init; }

    /// <summary>JSONata: the output on error.</summary>
    public AslJson? Output { get; init; }

    /// <summary>Variables to assign on error.</summary>
    public AslJson? Assign { get; init; }

    /// <summary>An optional description.</summary>
    public string? Comment { get; init; }
}

/// <summary>The error names that ASL and AWS predefine.</summary>
public static class ErrorNames
{
    /// <summary>Matches any error name (except States.DataLimitExceeded and States.Runtime).</summary>
    public const string All = "States.ALL";
    /// <summary>A task ran longer than TimeoutSeconds or a run exceeded its timeout.</summary>
    public const string Timeout = "States.Timeout";
    /// <summary>A task sent no heartbeat within HeartbeatSeconds.</summary>
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    /// <summary>A task failed.</summary>
    public const string TaskFailed = "States.TaskFailed";
    /// <summary>Insufficient privileges.</summary>
    public const string Permissions = "States.Permissions";
    /// <summary>ResultPath cannot be applied.</summary>
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    /// <summary>A path in the parameters cannot be resolved.</summary>
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    /// <summary>A JSONata expression failed.</summary>
    public const string QueryEvaluationError = "States.QueryEvaluationError";
    /// <summary>A Parallel branch failed.</summary>
    public const string BranchFailed = "States.BranchFailed";
    /// <summary>No Choice rule matched and there is no Default.</summary>
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    /// <summary>An intrinsic function failed.</summary>
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    /// <summary>A distributed Map exceeded its tolerated failures.</summary>
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    /// <summary>A distributed Map's reader failed.</summary>
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    /// <summary>A distributed Map's writer failed.</summary>
    public const string ResultWriterFailed = "States.ResultWriterFailed";
    /// <summary>A payload exceeded the size quota (terminal).</summary>
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    /// <summary>A run-time failure such as an invalid path (terminal).</summary>
    public const string Runtime = "States.Runtime";
    /// <summary>An HTTP task's socket timed out.</summary>
    public const string HttpSocket = "States.Http.Socket";

    /// <summary>Every predefined name.</summary>
    public static EquatableArray<string> Predefined { get; } = EquatableArray.Create(
        All, HeartbeatTimeout, Timeout, TaskFailed, Permissions, ResultPathMatchFailure, ParameterPathFailure,
        QueryEvaluationError, BranchFailed, NoChoiceMatched, IntrinsicFailure, ExceedToleratedFailureThreshold,
        ItemReaderFailed, ResultWriterFailed, DataLimitExceeded, Runtime, HttpSocket);
}
