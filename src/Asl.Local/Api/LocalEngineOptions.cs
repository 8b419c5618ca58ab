using Asl.Local.Scheduling;

namespace Asl.Local;

/// <summary>How a <see cref="LocalEngine"/> identifies itself and keeps time.</summary>
public sealed record LocalEngineOptions
{
    /// <summary>The region in ARNs (default us-east-1).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account id in ARNs (default 123456789012).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>Virtual time (the default: waits and timeouts cost nothing) or wall-clock time.</summary>
    public ClockMode ClockMode { get; init; } = ClockMode.Virtual;

    /// <summary>Where the virtual clock starts; default: the current time, rounded down to milliseconds.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>
    /// Seeds every random choice that is not security-relevant (States.UUID, States.MathRandom without a seed,
    /// retry jitter, generated execution names and request ids), so runs repeat exactly. Task tokens are always
    /// cryptographically random.
    /// </summary>
    public int? RandomSeed { get; init; }

    /// <summary>How StartDate and StopDate appear in <c>states:startExecution</c> task results (default: epoch milliseconds, as the AWS SDK for Java writes them).</summary>
    public NestedDateFormat NestedDateFormat { get; init; } = NestedDateFormat.EpochMilliseconds;

    /// <summary>
    /// With the virtual clock: how long (in real time) <c>RunToCompletionAsync</c> waits for an outside call
    /// (SendTaskSuccess from another thread, a late handler) when nothing inside the engine can make progress,
    /// before it throws <see cref="EngineStalledException"/>. Default zero: fail at once.
    /// </summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>The mocked responses (Step Functions Local's MockConfigFile format), or null.</summary>
    public MockConfig? MockConfig { get; init; }

    /// <summary>
    /// The S3 that distributed Maps (ItemReader, ResultWriter) and <c>aws-sdk:s3</c> Task states use, for example a
    /// <see cref="LocalS3"/> backed by a folder; default null: the engine starts with an empty in-memory one
    /// (<see cref="LocalEngine.S3"/>).
    /// </summary>
    public LocalS3? S3 { get; init; }

    /// <summary>The default of <see cref="RetainedExecutions"/>.</summary>
    public const int DefaultRetainedExecutions = 10_000;

    /// <summary>
    /// The most finished executions the engine keeps; past it, the one that finished first is forgotten (default
    /// 10,000; null keeps every one). Running executions are always kept. A forgotten execution answers as AWS answers
    /// for one past its retention: DescribeExecution and GetExecutionHistory throw ExecutionDoesNotExist, ListExecutions
    /// no longer lists it, and its name can be used again. Keeps the memory of a long-running engine (asl serve) bounded.
    /// </summary>
    public int? RetainedExecutions { get; init; } = DefaultRetainedExecutions;

    /// <summary>
    /// How long (on the engine's clock) a finished execution is kept; default 90 days, as AWS keeps closed executions;
    /// null keeps them however old. See <see cref="RetainedExecutions"/> for what a forgotten execution answers.
    /// </summary>
    public TimeSpan? ExecutionRetentionPeriod { get; init; } = TimeSpan.FromDays(90);
}

/// <summary>The spelling of dates inside task results.</summary>
public enum NestedDateFormat
{
    /// <summary>A JSON number of milliseconds since 1970 (for example 1700000000123).</summary>
    EpochMilliseconds,

    /// <summary>An ISO 8601 string with milliseconds (for example "2023-11-14T22:13:20.123Z").</summary>
    Iso8601,
}
