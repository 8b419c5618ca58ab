namespace Asl.Local.Scheduling;

/// <summary>Why a run of the engine loop stopped.</summary>
internal enum PumpOutcome
{
    /// <summary>The condition the caller waited for became true.</summary>
    Done,

    /// <summary>Nothing is runnable and time was not allowed to move (or reached its limit).</summary>
    Idle,

    /// <summary>Nothing is runnable, nothing runs outside the loop and no timer is pending: only an outside call can make progress.</summary>
    Stalled,
}
