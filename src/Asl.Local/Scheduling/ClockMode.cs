namespace Asl.Local.Scheduling;

/// <summary>How the engine measures time.</summary>
public enum ClockMode
{
    /// <summary>
    /// The default. Time stands still while work is runnable and jumps to the next timer when every
    /// execution is blocked, so Wait states, retry intervals and timeouts cost no real time and runs are
    /// reproducible. Work runs only while someone drives the engine (<c>RunToCompletionAsync</c>,
    /// <c>RunUntilIdleAsync</c>, <c>AdvanceTimeAsync</c>).
    /// </summary>
    Virtual,

    /// <summary>Wall-clock time: a background loop drives the engine and timers wait for real.</summary>
    Real,
}
