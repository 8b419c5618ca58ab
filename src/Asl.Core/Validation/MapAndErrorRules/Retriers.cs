using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// K03-K07: the numbers and the jitter of each retrier. Retrier fields take literals in both query
// languages; a whole-value ${Placeholder} may stand for any of them.
internal sealed partial class MapAndErrorRules
{
    private const long MaxRetrySeconds = 99_999_999;
    private const long MaxRetryAttempts = 99_999_999;
    private const long MaxRetryDelaySeconds = 31_622_400;
    private static readonly string[] JitterStrategies = { "FULL", "NONE" };

    private static void CheckRetriers(ValidationContext context, StateSite site, WorkState work)
    {
        var retry = work.Retry;
        for (var i = 0; i < retry.Count; i++)
        {
            if (retry[i] is not { } retrier) continue;
            var entry = new EntryAt(site, "Retry", i);
            CheckRetrierInteger(context, site, entry, "IntervalSeconds", retrier.IntervalSeconds, 1, MaxRetrySeconds, AslRules.InvalidRetryInterval);
            CheckRetrierInteger(context, site, entry, "MaxAttempts", retrier.MaxAttempts, 0, MaxRetryAttempts, AslRules.InvalidMaxAttempts);
            CheckRetrierInteger(context, site, entry, "MaxDelaySeconds", retrier.MaxDelaySeconds, 1, MaxRetryDelaySeconds, AslRules.InvalidMaxDelaySeconds);
            if (retrier.BackoffRate is { } rate && !Values.IsPlaceholder(rate) && !IsNumberInRange(rate, 1.0, double.MaxValue))
                context.Report(AslRules.InvalidBackoffRate, JsonPointer.Append(entry.Pointer, "BackoffRate"), entry.Name, site.Name, Describe(rate));
            if (retrier.JitterStrategy is { } jitter && !IsOneOf(jitter, JitterStrategies))
                context.Report(AslRules.InvalidJitterStrategy, JsonPointer.Append(entry.Pointer, "JitterStrategy"), entry.Name, site.Name, Describe(jitter));
        }
        CheckErrorEquals(context, site, work, "Retry", RetryEntries(work));
    }

    private static void CheckRetrierInteger(ValidationContext context, StateSite site, EntryAt entry, string field,
        AslJson? value, long min, long max, AslRule rule)
    {
        if (value is not null && !Values.IsPlaceholder(value) && !IsIntegerInRange(value, min, max))
            context.Report(rule, JsonPointer.Append(entry.Pointer, field), entry.Name, site.Name, Describe(value));
    }

    /// <summary>The ErrorEquals of each retrier, in order; null for an entry that is itself null.</summary>
    private static EquatableArray<string>?[] RetryEntries(WorkState work)
    {
        var entries = new EquatableArray<string>?[work.Retry.Count];
        for (var i = 0; i < entries.Length; i++) entries[i] = work.Retry[i]?.ErrorEquals;
        return entries;
    }

    /// <summary>"Retry[2]" or "Catch[0]": how messages name one entry.</summary>
    private static string EntryName(string list, int index) => list + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
