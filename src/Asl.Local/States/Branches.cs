using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;

namespace Asl.Local.States;

/// <summary>
/// Waits for concurrent child frames (Parallel branches, Map iterations). The first failure aborts the others
/// (they record their "…Aborted" events pointing at the failure) and is rethrown once all have stopped.
/// </summary>
internal static class Branches
{
    /// <summary>
    /// Completes when every task has finished, with the first failure (if any). The first failure that is not
    /// tolerated aborts the siblings at once. Linear in the number of tasks: each reports once as it finishes
    /// (on the engine loop, so the bookkeeping needs no lock).
    /// </summary>
    public static Task<StatesError?> AwaitAllAsync(List<Task> running, AbortSignal siblings, Func<StatesError, bool>? tolerate = null)
    {
        if (running.Count == 0) return Task.FromResult<StatesError?>(null);
        var all = new TaskCompletionSource<StatesError?>();
        var remaining = running.Count;
        StatesError? failure = null;
        foreach (var task in running)
        {
            task.ContinueWith(done =>
            {
                if (done.IsFaulted && failure is null && Unwrap(done.Exception!) is { } error && (tolerate is null || !tolerate(error)))
                {
                    failure = error;
                    siblings.Abort(AbortReason.SiblingFailed, error.EventId);
                }
                if (--remaining == 0) all.TrySetResult(failure);
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        running.Clear();
        return all.Task;
    }

    /// <summary>The StatesError inside a faulted task; other exceptions become States.Runtime.</summary>
    public static StatesError? Unwrap(AggregateException exception)
    {
        var inner = exception.InnerException;
        return inner switch
        {
            StatesError e => e,
            OperationCanceledException => null,
            null => null,
            _ => StatesError.Runtime($"The local engine failed unexpectedly: {inner.GetType().Name}: {inner.Message}"),
        };
    }
}
