using Asl.Json;
using Asl.Local.Scheduling;

namespace Asl.Local.Tasks;

/// <summary>
/// Calls user handlers. A handler that completes at once costs nothing more; one that awaits real work is
/// counted as outside work, so the virtual clock stands still until it returns, except while it waits on the
/// engine's own clock (<see cref="HandlerClock.DelayAsync"/>).
/// </summary>
internal static class HandlerCalls
{
    public static async Task<AslJson> CallAsync(HandlerClock clock, Func<ValueTask<AslJson>> call)
    {
        var pending = call();
        if (pending.IsCompleted) return pending.Result ?? AslJson.Null;
        clock.Pending();
        try
        {
            return await pending ?? AslJson.Null;
        }
        finally
        {
            clock.Done();
        }
    }
}

/// <summary>
/// Whether one handler call holds the virtual clock still: it does while it awaits outside work, and it does not
/// while it waits on the engine's clock, so a Wait-like delay or a TimeoutSeconds limit can pass meanwhile.
/// </summary>
internal sealed class HandlerClock(EngineLoop loop)
{
    private readonly object _sync = new();
    private int _engineWaits;
    private bool _pending;
    private bool _holdsClock;

    /// <summary>The handler returned without completing: it holds the clock unless it waits on the engine's clock.</summary>
    public void Pending()
    {
        lock (_sync)
        {
            _pending = true;
            if (_engineWaits == 0) Hold();
        }
    }

    /// <summary>The handler completed.</summary>
    public void Done()
    {
        lock (_sync)
        {
            _pending = false;
            Release();
        }
    }

    /// <summary>Waits <paramref name="delay"/> on the engine's clock (<see cref="Timeout.InfiniteTimeSpan"/>: until cancelled).</summary>
    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellation)
    {
        lock (_sync)
        {
            _engineWaits++;
            Release();
        }
        try
        {
            if (delay == Timeout.InfiniteTimeSpan) await UntilCancelledAsync(cancellation);
            else await loop.Delay(delay, cancellation);
        }
        finally
        {
            lock (_sync)
            {
                _engineWaits--;
                if (_pending && _engineWaits == 0) Hold();
            }
        }
    }

    private static Task UntilCancelledAsync(CancellationToken cancellation)
    {
        if (!cancellation.CanBeCanceled)
            throw new ArgumentException("Waiting forever needs a cancellation token that the engine cancels (the handler's own).", nameof(cancellation));
        var never = new TaskCompletionSource();
        cancellation.Register(static s => ((TaskCompletionSource)s!).TrySetCanceled(), never);
        return never.Task;
    }

    private void Hold()
    {
        if (_holdsClock) return;
        _holdsClock = true;
        loop.BeginExternal();
    }

    private void Release()
    {
        if (!_holdsClock) return;
        _holdsClock = false;
        loop.EndExternal();
    }
}
