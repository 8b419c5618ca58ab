using Asl.Json;
using Asl.Local.Execution;

namespace Asl.Local.Tasks;

/// <summary>How the holder of a task token finished the task.</summary>
internal readonly record struct TokenOutcome(bool Succeeded, AslJson? Output, string? Error, string? Cause);

/// <summary>
/// A task waiting for its token (<c>.waitForTaskToken</c>). The token is single-use: the first success or failure
/// completes it; afterwards (or once it timed out or its execution ended) the token is closed.
/// </summary>
internal sealed class PendingTask
{
    private readonly TaskCompletionSource<TokenOutcome> _outcome = new();
    private TaskCompletionSource _heartbeat = new();

    public PendingTask(ExecutionRun run, string token, string stateName)
    {
        Run = run;
        Token = token;
        StateName = stateName;
    }

    public ExecutionRun Run { get; }

    public string Token { get; }

    public string StateName { get; }

    /// <summary>True once the task succeeded, failed, timed out, or its execution ended.</summary>
    public bool IsClosed { get; private set; }

    public Task<TokenOutcome> Outcome => _outcome.Task;

    /// <summary>Completes at the next heartbeat.</summary>
    public Task NextHeartbeat => _heartbeat.Task;

    /// <summary>Closes the token at once and completes the waiting task on the engine loop.</summary>
    public void Complete(TokenOutcome outcome)
    {
        if (IsClosed) return;
        IsClosed = true;
        Run.Engine.Loop.Enqueue(() => _outcome.TrySetResult(outcome));
    }

    /// <summary>Restarts the heartbeat clock (on the engine loop).</summary>
    public void Heartbeat() => Run.Engine.Loop.Enqueue(() =>
    {
        var beat = _heartbeat;
        _heartbeat = new TaskCompletionSource();
        beat.TrySetResult();
    });

    public void Close() => IsClosed = true;
}
