using Asl.Local;

namespace Asl.Testing;

/// <summary>An execution started by <see cref="WorkflowHarness.Start{TInput, TOutput}"/>: drive it, look at it, stop it.</summary>
/// <typeparam name="TOutput">The state machine's output type.</typeparam>
public sealed class WorkflowExecution<TOutput>
{
    private readonly WorkflowHarness _harness;

    internal WorkflowExecution(WorkflowHarness harness, string executionArn)
    {
        _harness = harness;
        ExecutionArn = executionArn;
    }

    /// <summary>The execution's ARN.</summary>
    public string ExecutionArn { get; }

    /// <summary>
    /// Runs the engine until the execution ends and returns it. With the virtual clock, time jumps to each pending timer
    /// when nothing else can run. Throws <see cref="EngineStalledException"/> when it waits for something only an outside
    /// call can give (a task token nobody sends): run until idle, send the token, then call this again.
    /// </summary>
    public async Task<WorkflowRun<TOutput>> RunToCompletionAsync(CancellationToken cancellation = default)
    {
        await _harness.Engine.RunToCompletionAsync(ExecutionArn, cancellation).ConfigureAwait(false);
        return Snapshot();
    }

    /// <summary>The execution as it is now (status RUNNING until it ends).</summary>
    public WorkflowRun<TOutput> Snapshot() => new(_harness.Describe(ExecutionArn));

    /// <summary>Stops the execution (it ends ABORTED with the given error and cause).</summary>
    public void Stop(string? error = null, string? cause = null) => _harness.Engine.StopExecution(ExecutionArn, error, cause);
}
