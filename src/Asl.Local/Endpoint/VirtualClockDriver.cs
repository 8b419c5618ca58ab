using System.Diagnostics;
using Asl.Local.Scheduling;

namespace Asl.Local.Endpoint;

/// <summary>
/// Drives a virtual-clock engine while an endpoint serves it, since no caller of the API drives it. The rule:
/// work runs as soon as it is runnable; when every execution is blocked the clock jumps to the next timer, so
/// Wait states and retry intervals cost no real time, except while some task waits for a token that only an
/// outside caller can send. Then the clock follows real time, so the caller has the time the definition
/// grants (TimeoutSeconds, HeartbeatSeconds) instead of timing out at once.
/// </summary>
internal sealed class VirtualClockDriver : IAsyncDisposable
{
    /// <summary>
    /// How long an idle driver waits before it looks for work anyway. Posted work wakes it at once
    /// (<see cref="EngineLoop.WorkPosted"/>), so this is only a safety net.
    /// </summary>
    private static readonly TimeSpan DefaultIdlePoll = TimeSpan.FromSeconds(1);

    /// <summary>How long the driver pauses after engine work throws, before it drives on.</summary>
    private static readonly TimeSpan FaultPause = TimeSpan.FromMilliseconds(50);

    /// <summary>How finely the clock follows real time while a task waits for an outside caller.</summary>
    private static readonly TimeSpan RealTimeTick = TimeSpan.FromMilliseconds(10);

    private readonly LocalEngine _engine;
    private readonly SemaphoreSlim _nudge = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _idlePoll;
    private readonly Task _loop;

    /// <param name="engine">The engine to drive.</param>
    /// <param name="idlePoll">How long an idle driver waits for a signal before it looks for work anyway; infinite to rely on signals alone.</param>
    public VirtualClockDriver(LocalEngine engine, TimeSpan? idlePoll = null)
    {
        _engine = engine;
        _idlePoll = idlePoll ?? DefaultIdlePoll;
        engine.Loop.WorkPosted += Nudge;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Wakes the driver: work was posted to the engine loop (by a request, a direct call or a handler).</summary>
    private void Nudge()
    {
        if (_nudge.CurrentCount == 0) _nudge.Release();
    }

    private async Task RunAsync()
    {
        var cancellation = _stop.Token;
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                await StepAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault in one piece of engine work must not stop the server from driving every other execution.
                await Task.Delay(FaultPause, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs what is runnable, then moves the clock by the rule above.</summary>
    private async Task StepAsync(CancellationToken cancellation)
    {
        var loop = _engine.Loop;
        await loop.PumpAsync(static () => false, advanceTime: false, timeLimit: null, cancellation).ConfigureAwait(false);
        if (!_engine.HasOpenTaskTokens())
        {
            var outcome = await loop.PumpAsync(_engine.HasOpenTaskTokens, advanceTime: true, timeLimit: null, cancellation).ConfigureAwait(false);
            if (outcome == PumpOutcome.Stalled) await WaitForNudgeAsync(_idlePoll, cancellation).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await WaitForNudgeAsync(RealTimeTick, cancellation).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await loop.PumpAsync(static () => false, advanceTime: true, timeLimit: _engine.Now + elapsed, cancellation).ConfigureAwait(false);
    }

    private async Task WaitForNudgeAsync(TimeSpan timeout, CancellationToken cancellation)
        => await _nudge.WaitAsync(timeout, cancellation).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        _engine.Loop.WorkPosted -= Nudge;
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        // _nudge stays undisposed: a post that raced with the unsubscription above may still release it.
    }
}
