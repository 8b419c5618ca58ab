using Asl.Json;
using Asl.Local.Errors;
using Asl.Model;

namespace Asl.Local.Tasks;

/// <summary>
/// Runs a task attempt under its TimeoutSeconds and HeartbeatSeconds. When a limit passes, the work is cancelled
/// (a <c>.sync</c> child execution is stopped) and the attempt fails with States.Timeout or States.HeartbeatTimeout.
/// </summary>
internal static class TaskSupervisor
{
    public static async Task<AslJson> RunAsync(TaskCall call, Func<CancellationToken, Task<AslJson>> body)
    {
        var heartbeat = call.Pending is not null ? call.HeartbeatSeconds : null;
        if (call.TimeoutSeconds is null && heartbeat is null) return await body(call.Frame.Token);

        using var limits = CancellationTokenSource.CreateLinkedTokenSource(call.Frame.Token);
        var work = body(limits.Token);
        var waiting = new List<Task>(3) { work };
        Task? timeout = null;
        Task? missedHeartbeat = null;
        if (call.TimeoutSeconds is { } seconds)
        {
            timeout = call.Engine.Loop.Delay(TimeSpan.FromSeconds(seconds), limits.Token);
            waiting.Add(timeout);
        }
        if (heartbeat is { } interval)
        {
            missedHeartbeat = WatchHeartbeatAsync(call, TimeSpan.FromSeconds(interval), limits.Token);
            waiting.Add(missedHeartbeat);
        }

        var first = await Task.WhenAny(waiting);
        if (first == work || first.IsCanceled)
        {
            limits.Cancel();
            return await work;
        }
        limits.Cancel();
        _ = work.ContinueWith(static t => t.Exception, TaskScheduler.Default);
        throw new StatesError(first == timeout ? ErrorNames.Timeout : ErrorNames.HeartbeatTimeout, null);
    }

    private static async Task WatchHeartbeatAsync(TaskCall call, TimeSpan interval, CancellationToken cancellation)
    {
        while (true)
        {
            var beat = call.Pending!.NextHeartbeat;
            var deadline = call.Engine.Loop.Delay(interval, cancellation);
            var first = await Task.WhenAny(beat, deadline);
            cancellation.ThrowIfCancellationRequested();
            if (first == deadline) return;
        }
    }
}
