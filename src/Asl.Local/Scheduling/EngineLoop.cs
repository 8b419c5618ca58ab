namespace Asl.Local.Scheduling;

/// <summary>
/// The single-threaded event loop every execution runs on. Engine code awaits ordinary tasks; because this
/// loop is the synchronization context, each continuation is queued here and runs under <see cref="Gate"/>,
/// one at a time and in a deterministic order. Engine tasks are completed only on the loop, without
/// asynchronous continuations, so every continuation runs on the loop at once: the loop always knows whether
/// work is pending. Timers live on the loop's clock: in virtual mode the clock jumps to the next timer only
/// when nothing else can run.
/// </summary>
internal sealed class EngineLoop : SynchronizationContext
{
    private readonly object _sync = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _ready = new();
    private readonly PriorityQueue<LoopTimer, (long DueTicks, long Sequence)> _timers = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly SemaphoreSlim _pumpLock = new(1, 1);
    private long _timerSequence;
    private int _external;
    private long _virtualTicks;

    public EngineLoop(ClockMode mode, DateTimeOffset start)
    {
        Mode = mode;
        _virtualTicks = start.UtcTicks;
    }

    /// <summary>The lock under which all engine state is read and changed (re-entrant).</summary>
    public object Gate { get; } = new();

    public ClockMode Mode { get; }

    /// <summary>The current time on the engine's clock.</summary>
    public DateTimeOffset Now
    {
        get
        {
            if (Mode == ClockMode.Real) return DateTimeOffset.UtcNow;
            return VirtualNow;
        }
    }

    private DateTimeOffset VirtualNow => new(Interlocked.Read(ref _virtualTicks), TimeSpan.Zero);

    /// <summary>True while the current thread is running loop work.</summary>
    public bool IsOnLoop => Current == this;

    /// <summary>
    /// Raised after work is posted, from whichever thread posts it. A background driver listens, so that work
    /// started outside its own requests (a direct engine call, a token answered from another thread) runs at once.
    /// </summary>
    public event Action? WorkPosted;

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_sync) _ready.Enqueue((d, state));
        Wake();
        WorkPosted?.Invoke();
    }

    public override void Send(SendOrPostCallback d, object? state)
        => throw new NotSupportedException("The engine loop runs work asynchronously only.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Queues an action to run on the loop.</summary>
    public void Enqueue(Action action) => Post(static s => ((Action)s!)(), action);

    /// <summary>A task that completes when the clock reaches <paramref name="delay"/> from now.</summary>
    public Task Delay(TimeSpan delay, CancellationToken cancellation)
    {
        if (cancellation.IsCancellationRequested) return Task.FromCanceled(cancellation);
        var timer = new LoopTimer();
        lock (_sync)
        {
            var due = (Mode == ClockMode.Real ? DateTimeOffset.UtcNow : VirtualNow) + (delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
            timer.Due = due;
            _timers.Enqueue(timer, (due.UtcTicks, _timerSequence++));
        }
        if (cancellation.CanBeCanceled)
            timer.Registration = cancellation.Register(static s => ((LoopTimer)s!).Cancel(), timer);
        Wake();
        return timer.Completion.Task;
    }

    /// <summary>Marks the start of work that completes outside the loop (a handler awaiting real I/O); time does not move meanwhile.</summary>
    public void BeginExternal() => Interlocked.Increment(ref _external);

    /// <summary>Marks the end of outside work.</summary>
    public void EndExternal()
    {
        Interlocked.Decrement(ref _external);
        Wake();
    }

    /// <summary>
    /// Runs the loop until <paramref name="until"/> holds. In virtual mode, <paramref name="advanceTime"/>
    /// lets the clock jump to pending timers (never past <paramref name="timeLimit"/> when given).
    /// In real mode the loop waits for real timers and outside events until the condition holds.
    /// </summary>
    public async Task<PumpOutcome> PumpAsync(Func<bool> until, bool advanceTime, DateTimeOffset? timeLimit, CancellationToken cancellation)
    {
        await _pumpLock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                if (until()) return PumpOutcome.Done;
                if (RunReady()) continue;
                if (FireDueTimers()) continue;
                if (Mode == ClockMode.Real)
                {
                    await WaitForWakeAsync(NextRealWait(), cancellation).ConfigureAwait(false);
                    continue;
                }
                if (Volatile.Read(ref _external) > 0)
                {
                    await WaitForWakeAsync(Timeout.InfiniteTimeSpan, cancellation).ConfigureAwait(false);
                    continue;
                }
                if (!advanceTime) return PumpOutcome.Idle;
                var next = PeekLiveTimerDue();
                if (next is null)
                {
                    if (timeLimit is { } end) SetVirtualNow(end);
                    return timeLimit is null ? PumpOutcome.Stalled : PumpOutcome.Idle;
                }
                if (timeLimit is { } limit && next.Value > limit)
                {
                    SetVirtualNow(limit);
                    return PumpOutcome.Idle;
                }
                SetVirtualNow(next.Value);
            }
        }
        finally
        {
            _pumpLock.Release();
        }
    }

    /// <summary>Waits (in real time) until work is posted to the loop; false when <paramref name="timeout"/> passes first.</summary>
    public Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellation) => _wake.WaitAsync(timeout, cancellation);

    private void SetVirtualNow(DateTimeOffset value)
    {
        lock (_sync)
            if (value.UtcTicks > Interlocked.Read(ref _virtualTicks)) Interlocked.Exchange(ref _virtualTicks, value.UtcTicks);
    }

    private bool RunReady()
    {
        var ran = false;
        while (true)
        {
            (SendOrPostCallback Callback, object? State) item;
            lock (_sync)
            {
                if (_ready.Count == 0) return ran;
                item = _ready.Dequeue();
            }
            ran = true;
            RunItem(item.Callback, item.State);
        }
    }

    /// <summary>Runs one piece of loop work under the gate with this loop as the synchronization context.</summary>
    private void RunItem(SendOrPostCallback callback, object? state)
    {
        var previous = Current;
        lock (Gate)
        {
            SetSynchronizationContext(this);
            try
            {
                callback(state);
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }

    private bool FireDueTimers()
    {
        var fired = false;
        while (true)
        {
            LoopTimer? due = null;
            lock (_sync)
            {
                var now = Mode == ClockMode.Real ? DateTimeOffset.UtcNow : VirtualNow;
                while (_timers.TryPeek(out var head, out _))
                {
                    if (head.IsCancelled)
                    {
                        _timers.Dequeue();
                        continue;
                    }
                    if (head.Due > now) break;
                    due = _timers.Dequeue();
                    break;
                }
            }
            if (due is null) return fired;
            fired = true;
            RunItem(static t => ((LoopTimer)t!).Fire(), due);
        }
    }

    private DateTimeOffset? PeekLiveTimerDue()
    {
        lock (_sync)
        {
            while (_timers.TryPeek(out var head, out _))
            {
                if (!head.IsCancelled) return head.Due;
                _timers.Dequeue();
            }
            return null;
        }
    }

    private TimeSpan NextRealWait()
    {
        var next = PeekLiveTimerDue();
        if (next is null) return Timeout.InfiniteTimeSpan;
        var wait = next.Value - DateTimeOffset.UtcNow;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private async Task WaitForWakeAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        if (timeout == Timeout.InfiniteTimeSpan) await _wake.WaitAsync(cancellation).ConfigureAwait(false);
        else await _wake.WaitAsync(timeout, cancellation).ConfigureAwait(false);
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    private sealed class LoopTimer
    {
        private int _state; // 0 pending, 1 fired, 2 cancelled

        public DateTimeOffset Due;
        public CancellationTokenRegistration Registration;
        // Completed on the loop, so continuations run there at once (no thread-pool hop that the loop cannot see).
        public readonly TaskCompletionSource Completion = new();

        public bool IsCancelled => Volatile.Read(ref _state) == 2;

        public void Fire()
        {
            if (Interlocked.CompareExchange(ref _state, 1, 0) != 0) return;
            Registration.Dispose();
            Completion.TrySetResult();
        }

        public void Cancel()
        {
            if (Interlocked.CompareExchange(ref _state, 2, 0) != 0) return;
            Completion.TrySetCanceled();
        }
    }
}
