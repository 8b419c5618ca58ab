using System.Text;
using Asl.Local.Scheduling;

namespace Asl.Local;

public sealed partial class LocalEngine
{
    /// <summary>
    /// Runs the engine until the execution stops and returns its description. With the virtual clock, time jumps
    /// to each pending timer (Wait, retry interval, timeout) whenever nothing else can run. Throws
    /// <see cref="EngineStalledException"/> when the execution can only continue through an outside call such
    /// as SendTaskSuccess (after waiting <see cref="LocalEngineOptions.StallTimeout"/> for one). With the real
    /// clock it simply waits.
    /// </summary>
    public async Task<ExecutionSnapshot> RunToCompletionAsync(string executionArn, CancellationToken cancellation = default)
    {
        Execution.ExecutionRun run;
        lock (Loop.Gate) run = FindRun(executionArn);
        if (Options.ClockMode == ClockMode.Real || Loop.IsOnLoop)
        {
            await run.FinishedOutside.WaitAsync(cancellation).ConfigureAwait(false);
            return DescribeExecution(executionArn);
        }
        while (await Loop.PumpAsync(() => !run.IsRunning, advanceTime: true, timeLimit: null, cancellation).ConfigureAwait(false) == PumpOutcome.Stalled)
        {
            if (Options.StallTimeout <= TimeSpan.Zero || !await Loop.WaitForWorkAsync(Options.StallTimeout, cancellation).ConfigureAwait(false))
                throw new EngineStalledException(DescribeStall(run));
        }
        return DescribeExecution(executionArn);
    }

    /// <summary>
    /// Runs everything that can run now without moving the virtual clock, and returns when every execution is
    /// blocked (on a timer, a task token, or nothing). With the real clock it returns at once.
    /// </summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellation = default)
    {
        if (Options.ClockMode == ClockMode.Real) return;
        await Loop.PumpAsync(static () => false, advanceTime: false, timeLimit: null, cancellation).ConfigureAwait(false);
    }

    /// <summary>Moves the virtual clock forward by <paramref name="duration"/>, running everything that becomes due on the way.</summary>
    public async Task AdvanceTimeAsync(TimeSpan duration, CancellationToken cancellation = default)
    {
        if (Options.ClockMode == ClockMode.Real)
            throw new InvalidOperationException("The engine runs on the real clock; AdvanceTimeAsync needs ClockMode.Virtual.");
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), "Time only moves forward.");
        var target = Now + duration;
        await Loop.PumpAsync(static () => false, advanceTime: true, timeLimit: target, cancellation).ConfigureAwait(false);
    }

    private string DescribeStall(Execution.ExecutionRun run)
    {
        var text = new StringBuilder($"The execution '{run.Arn}' cannot make progress on its own: nothing is runnable and no timer is pending.");
        lock (Loop.Gate)
        {
            foreach (var waiting in Tokens.OpenTasks())
                text.Append($" State '{waiting.StateName}' of '{waiting.Run.Arn}' waits for a task token.");
        }
        text.Append(" Complete the token with SendTaskSuccess or SendTaskFailure (use RunUntilIdleAsync to get there), stop the execution, or set TimeoutSeconds on the task.");
        return text.ToString();
    }
}
