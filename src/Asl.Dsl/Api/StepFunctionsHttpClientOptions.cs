using Amazon.Runtime;

namespace Asl.Api;

/// <summary>Where and how <see cref="StepFunctionsHttpClient"/> reaches Step Functions.</summary>
public sealed record StepFunctionsHttpClientOptions
{
    /// <summary>
    /// The endpoint to call instead of AWS, for example <c>http://127.0.0.1:8083</c> for <c>asl serve</c>. Requests
    /// go to it unchanged: no <c>sync-</c> host prefix for StartSyncExecution. Null calls AWS at
    /// <c>https://states.&lt;region&gt;.amazonaws.com</c> (the region's partition decides the domain).
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>
    /// The region to sign for and, without <see cref="Endpoint"/>, to call, for example <c>eu-west-1</c>. Null asks
    /// AWSSDK.Core's region chain (AWS_REGION, the profile, instance metadata); with an <see cref="Endpoint"/> and no
    /// region found it signs for us-east-1, which local endpoints accept.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>
    /// The credentials to sign with. Null asks AWSSDK.Core's default chain on the first call (environment
    /// variables, the shared profile, web identity, container and instance roles). Local endpoints accept any
    /// values, for example <c>new BasicAWSCredentials("test", "test")</c>.
    /// </summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>How throttling, server errors and network failures are retried.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>The clock the retry delays wait on (tests can pass a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The source of backoff jitter (tests fix it to check the waits exactly).</summary>
    internal Random Jitter { get; init; } = Random.Shared;
}

/// <summary>
/// Retries with exponential backoff and full jitter: before attempt <c>n + 1</c> the client waits a random time
/// between zero and <c>min(MaxDelay, BaseDelay × 2^(n-1))</c>, or the server's <c>Retry-After</c> when it is longer.
/// Throttling errors (ThrottlingException, TooManyRequestsException, HTTP 429, …), HTTP 5xx, network failures and
/// timeouts are retried; other 4xx errors are not.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>Attempts per call, the first included (default 3, as the AWS SDKs' standard mode); 1 turns retries off.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The backoff ceiling of the first retry (default 100 ms); it doubles with each further attempt.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between two attempts (default 20 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>No retries: every failure is reported at once.</summary>
    public static RetryOptions None { get; } = new() { MaxAttempts = 1 };

    internal void Validate()
    {
        if (MaxAttempts < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "RetryOptions.MaxAttempts counts the first attempt too, so it must be at least 1 (1 turns retries off).");
        if (BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), "RetryOptions.BaseDelay and MaxDelay must not be negative.");
    }

    /// <summary>The wait before attempt <paramref name="nextAttempt"/> (2 or more).</summary>
    internal TimeSpan DelayBefore(int nextAttempt, TimeSpan? retryAfter, Random random)
    {
        var exponent = Math.Min(nextAttempt - 2, 30);
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var delay = TimeSpan.FromMilliseconds(random.NextDouble() * ceiling);
        if (retryAfter is { } serverAsked && serverAsked > delay) delay = serverAsked < MaxDelay ? serverAsked : MaxDelay;
        return delay;
    }
}
