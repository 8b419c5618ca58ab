using Asl.Json;
using Asl.Local.Errors;
using Asl.Model;

namespace Asl.Local.Execution;

/// <summary>Runs an execution from its first state to its end, and enforces the state machine's TimeoutSeconds.</summary>
internal static class ExecutionRunner
{
    public static async Task RunAsync(ExecutionRun run)
    {
        var frame = new Frame(run, run.Root, run.Variables, 0);
        try
        {
            StartTimeout(run);
            var output = await ContainerRunner.RunAsync(run.Machine.Definition, run.Input, frame);
            run.Succeed(output, frame.LastEventId);
        }
        catch (StatesError e)
        {
            run.Fail(e.Error, e.Cause, e.EventId);
        }
        catch (OperationCanceledException) when (!run.IsRunning)
        {
            // Stopped, timed out or over the history limit: the event that ended it is recorded already.
        }
        catch (Exception e)
        {
            run.Fail(ErrorNames.Runtime, $"The local engine failed unexpectedly: {e.GetType().Name}: {e.Message}", frame.LastEventId);
        }
    }

    private static void StartTimeout(ExecutionRun run)
    {
        var timeout = run.Machine.Definition.TimeoutSeconds;
        if (timeout is null) return;
        if (timeout is not AslJsonNumber number || !number.TryGetInt64(out var seconds) || seconds <= 0)
            throw StatesError.Runtime($"The state machine's TimeoutSeconds must be a positive integer, but it is {Json.JsonText.Write(timeout)}.");
        _ = WatchAsync(run, TimeSpan.FromSeconds(seconds));
    }

    private static async Task WatchAsync(ExecutionRun run, TimeSpan timeout)
    {
        try
        {
            await run.Engine.Loop.Delay(timeout, run.Root.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        run.TimeOut();
    }
}
