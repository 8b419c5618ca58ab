using Asl.Local.Json;
using Asl.Local.Tasks;

namespace Asl.Local;

public sealed partial class LocalEngine
{
    /// <summary>
    /// Completes the task waiting for <paramref name="taskToken"/> with <paramref name="output"/> (JSON text).
    /// Throws <see cref="InvalidTokenException"/> for a token the engine never issued,
    /// <see cref="TaskTimedOutException"/> for one whose task is closed (already completed, timed out, or its
    /// execution ended) and <see cref="InvalidOutputException"/> when the output is not JSON.
    /// </summary>
    public void SendTaskSuccess(string taskToken, string output)
    {
        if (!JsonText.TryParse(output, out var value, out var problem))
            throw new InvalidOutputException($"Invalid Output: '{problem}'. The task output must be JSON text, for example \"\\\"done\\\"\" or \"{{}}\".");
        if (output.Length > 262144)
            throw new ValidationException("1 validation error detected: Value at 'output' failed to satisfy constraint: Member must have length less than or equal to 262144");
        lock (Loop.Gate) Tokens.GetOpen(taskToken).Complete(new TokenOutcome(true, value, null, null));
    }

    /// <summary>Fails the task waiting for <paramref name="taskToken"/>; both error and cause are optional.</summary>
    public void SendTaskFailure(string taskToken, string? error = null, string? cause = null)
    {
        if (error is { Length: > 256 }) throw new ValidationException("1 validation error detected: Value at 'error' failed to satisfy constraint: Member must have length less than or equal to 256");
        if (cause is { Length: > 32768 }) throw new ValidationException("1 validation error detected: Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 32768");
        lock (Loop.Gate) Tokens.GetOpen(taskToken).Complete(new TokenOutcome(false, null, error, cause));
    }

    /// <summary>Reports that the work behind <paramref name="taskToken"/> is alive, restarting its HeartbeatSeconds clock (no history event).</summary>
    public void SendTaskHeartbeat(string taskToken)
    {
        lock (Loop.Gate) Tokens.GetOpen(taskToken).Heartbeat();
    }
}
