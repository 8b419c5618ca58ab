namespace Asl.Local.Execution;

/// <summary>Why a part of an execution was cancelled; decides which history events the cancelled states record.</summary>
internal enum AbortReason
{
    /// <summary>Not aborted explicitly (cancellation came from an enclosing signal).</summary>
    None,

    /// <summary>The whole execution ended (stopped, timed out, history limit): states record nothing more.</summary>
    ExecutionEnded,

    /// <summary>A sibling Parallel branch or Map iteration failed: running states record an "…Aborted" event.</summary>
    SiblingFailed,
}

/// <summary>
/// A cancellation scope of an execution: the execution has one, each Parallel state and Map state another
/// linked to it. Aborting one cancels everything inside it and records why.
/// </summary>
internal sealed class AbortSignal : IDisposable
{
    private readonly CancellationTokenSource _source;

    public AbortSignal(AbortSignal? parent)
    {
        Parent = parent;
        _source = parent is null ? new CancellationTokenSource() : CancellationTokenSource.CreateLinkedTokenSource(parent.Token);
        Token = _source.Token;
    }

    public AbortSignal? Parent { get; }

    public CancellationToken Token { get; }

    public AbortReason Reason { get; private set; }

    /// <summary>The history event that caused the abort (the failure that made siblings stop).</summary>
    public long CauseEventId { get; private set; }

    public bool IsAborted => Token.IsCancellationRequested;

    public void Abort(AbortReason reason, long causeEventId)
    {
        if (Reason != AbortReason.None) return;
        Reason = reason;
        CauseEventId = causeEventId;
        _source.Cancel();
    }

    /// <summary>The innermost signal that was aborted explicitly, from this one outwards; null when none was.</summary>
    public AbortSignal? FindCause()
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s.Reason != AbortReason.None) return s;
        return null;
    }

    public void Dispose() => _source.Dispose();
}
