namespace Asl.Dsl.Tests.Api;

/// <summary>A clock whose timers fire at once and remember how long they were asked to wait, so backoff can be checked without waiting.</summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    private readonly List<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_waits) return _waits.ToArray(); }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_waits) _waits.Add(dueTime);
        return base.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
