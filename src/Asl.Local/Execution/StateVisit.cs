using Asl.Json;

namespace Asl.Local.Execution;

/// <summary>How one entry of a state ended (so far).</summary>
internal enum VisitOutcome
{
    Running,
    Exited,
    Failed,
    Aborted,
}

/// <summary>
/// One entry of a state, kept when the engine traces state visits (the test harness turns it on): what the state got,
/// what it handed on or how it failed, and how often it retried. Written on the engine loop only.
/// </summary>
internal sealed class StateVisit(string name, string type, AslJson input, DateTimeOffset enteredAt)
{
    public string Name { get; } = name;

    /// <summary>Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map.</summary>
    public string Type { get; } = type;

    public AslJson Input { get; } = input;

    public DateTimeOffset EnteredAt { get; } = enteredAt;

    public DateTimeOffset? ExitedAt { get; private set; }

    public AslJson? Output { get; private set; }

    public VisitOutcome Outcome { get; private set; } = VisitOutcome.Running;

    /// <summary>The error that failed the state, or that a Catch handled.</summary>
    public string? Error { get; private set; }

    public string? Cause { get; private set; }

    public int RetryCount { get; set; }

    public void Exit(AslJson output, DateTimeOffset at)
    {
        Output = output;
        ExitedAt = at;
        Outcome = VisitOutcome.Exited;
    }

    /// <summary>A Catch handled <paramref name="error"/>; the state still exits through the catcher.</summary>
    public void Caught(string? error, string? cause)
    {
        Error = error;
        Cause = cause;
    }

    public void Fail(string? error, string? cause, DateTimeOffset at)
    {
        Error = error;
        Cause = cause;
        ExitedAt = at;
        Outcome = VisitOutcome.Failed;
    }

    public void Abort(DateTimeOffset at)
    {
        ExitedAt = at;
        Outcome = VisitOutcome.Aborted;
    }
}
