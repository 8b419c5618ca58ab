using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Core.Tests.Generators;

/// <summary>What a state can raise, so that handlers name errors it can actually raise.</summary>
internal sealed record ErrorSource(bool HasHeartbeat = false, bool IsParallel = false, bool IsDistributedMap = false);

/// <summary>Retry and Catch arrays in a valid order: every ErrorEquals non-empty, States.ALL alone and last.</summary>
internal sealed class ErrorHandlers(Draw draw)
{
    private static readonly string[] Common =
    [
        "Lambda.ServiceException", "Lambda.TooManyRequestsException", "OrderNotFound", "Custom.Error", "PaymentDeclined",
        ErrorNames.TaskFailed, ErrorNames.Timeout, ErrorNames.Permissions, ErrorNames.ResultPathMatchFailure,
        ErrorNames.ParameterPathFailure, ErrorNames.IntrinsicFailure,
    ];

    public EquatableArray<Retrier> Retriers(ErrorSource source)
    {
        var groups = ErrorGroups(source, draw.Int(0, 3));
        return groups.Select(names => new Retrier(names)
        {
            Comment = draw.Chance(15) ? "Transient, try again." : null,
            IntervalSeconds = draw.Chance(60) ? AslJson.Of(draw.Int(1, 30)) : null,
            MaxAttempts = draw.Chance(60) ? AslJson.Of(draw.Int(0, 6)) : null,
            BackoffRate = draw.Chance(50) ? new AslJsonNumber(draw.Pick("1", "1.5", "2", "2.0", "3")) : null,
            MaxDelaySeconds = draw.Chance(25) ? AslJson.Of(draw.Int(1, 3600)) : null,
            JitterStrategy = draw.Chance(20) ? draw.Pick("FULL", "NONE") : null,
        }).ToEquatableArray();
    }

    /// <summary>Catchers; <paramref name="build"/> fills in the target and the language-specific fields.</summary>
    public EquatableArray<Catcher> Catchers(ErrorSource source, Func<EquatableArray<string>, Catcher> build) =>
        ErrorGroups(source, draw.Int(0, 2)).Select(build).ToEquatableArray();

    /// <summary>Distinct error names spread over <paramref name="count"/> groups; the last may be States.ALL alone.</summary>
    private List<EquatableArray<string>> ErrorGroups(ErrorSource source, int count)
    {
        var pool = new List<string>(Common);
        if (source.HasHeartbeat) pool.Add(ErrorNames.HeartbeatTimeout);
        if (source.IsParallel) pool.Add(ErrorNames.BranchFailed);
        if (source.IsDistributedMap)
            pool.AddRange([ErrorNames.ExceedToleratedFailureThreshold, ErrorNames.ItemReaderFailed, ErrorNames.ResultWriterFailed]);
        draw.Shuffle(pool);

        var groups = new List<EquatableArray<string>>();
        var taken = 0;
        for (var i = 0; i < count; i++)
        {
            if (i == count - 1 && draw.Chance(35))
            {
                groups.Add(EquatableArray.Create(ErrorNames.All));
                break;
            }
            var size = draw.Int(1, 2);
            groups.Add(pool.Skip(taken).Take(size).ToEquatableArray());
            taken += size;
        }
        return groups;
    }
}
