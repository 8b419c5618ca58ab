using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Local.Errors;

/// <summary>
/// The retry bookkeeping of one state entry. The first retrier whose ErrorEquals matches decides; each retrier
/// counts its own attempts; once it is exhausted the error goes on to Catch.
/// </summary>
internal sealed class RetryState
{
    private readonly EquatableArray<Retrier> _retriers;
    private readonly int[] _attempts;

    public RetryState(EquatableArray<Retrier> retriers)
    {
        _retriers = retriers;
        _attempts = retriers.Count == 0 ? Array.Empty<int>() : new int[retriers.Count];
    }

    /// <summary>The wait before the next attempt, or null when the error is not retried (any more).</summary>
    public TimeSpan? NextDelay(string? error, Random random)
    {
        for (var i = 0; i < _retriers.Count; i++)
        {
            var retrier = _retriers[i];
            if (!ErrorMatching.Matches(retrier.ErrorEquals, error)) continue;
            var maxAttempts = Integer(retrier.MaxAttempts, "MaxAttempts", 3);
            if (_attempts[i] >= maxAttempts) return null;
            var interval = Number(retrier.IntervalSeconds, "IntervalSeconds", 1);
            var backoff = Number(retrier.BackoffRate, "BackoffRate", 2.0);
            var seconds = interval * Math.Pow(backoff, _attempts[i]);
            if (retrier.MaxDelaySeconds is not null) seconds = Math.Min(seconds, Number(retrier.MaxDelaySeconds, "MaxDelaySeconds", double.MaxValue));
            if (retrier.JitterStrategy == "FULL") seconds *= random.NextDouble();
            _attempts[i]++;
            return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2));
        }
        return null;
    }

    private static long Integer(AslJson? value, string field, long fallback)
    {
        if (value is null) return fallback;
        if (value is AslJsonNumber n && n.TryGetInt64(out var result) && result >= 0) return result;
        throw StatesError.Runtime($"The Retry field {field} must be a non-negative integer, but it is {Describe(value)}.");
    }

    private static double Number(AslJson? value, string field, double fallback)
    {
        if (value is null) return fallback;
        if (value is AslJsonNumber n && n.Value >= 0) return n.Value;
        throw StatesError.Runtime($"The Retry field {field} must be a non-negative number, but it is {Describe(value)}.");
    }

    private static string Describe(AslJson value) => Json.JsonText.Write(value);
}
