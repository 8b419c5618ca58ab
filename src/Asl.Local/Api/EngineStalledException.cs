namespace Asl.Local;

/// <summary>
/// Thrown by the virtual-clock drivers when an execution cannot make progress on its own: nothing is runnable,
/// no timer is pending and no handler is running, so only an outside call (SendTaskSuccess, StopExecution…) can
/// move it on. The message lists what each execution waits for.
/// </summary>
public sealed class EngineStalledException(string message) : InvalidOperationException(message);
