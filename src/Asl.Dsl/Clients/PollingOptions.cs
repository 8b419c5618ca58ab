namespace Asl.Clients;

/// <summary>
/// How <see cref="ExecutionHandle{TOutput}.WaitAsync(CancellationToken)"/> polls DescribeExecution: at once, then
/// after <see cref="InitialInterval"/>, each wait <see cref="BackoffFactor"/> times longer up to <see cref="MaxInterval"/>.
/// </summary>
public sealed record PollingOptions
{
    /// <summary>The wait after the first poll (default 200 ms).</summary>
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two polls (default 5 s).</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How much longer each wait is than the one before (default 2; 1 polls at a fixed interval).</summary>
    public double BackoffFactor { get; init; } = 2;

    /// <summary>The clock the waits and wait timeouts run on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The defaults.</summary>
    public static PollingOptions Default { get; } = new();

    internal void Validate()
    {
        if (InitialInterval < TimeSpan.Zero || MaxInterval < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(InitialInterval), "PollingOptions.InitialInterval and MaxInterval must not be negative.");
        if (!(BackoffFactor >= 1))
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "PollingOptions.BackoffFactor must be at least 1 (1 polls at a fixed interval).");
    }

    internal TimeSpan Next(TimeSpan current)
    {
        var next = TimeSpan.FromMilliseconds(current.TotalMilliseconds * BackoffFactor);
        return next > MaxInterval ? MaxInterval : next;
    }
}
