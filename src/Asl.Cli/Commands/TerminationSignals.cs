using System.Runtime.InteropServices;

namespace Asl.Cli.Commands;

/// <summary>
/// A token cancelled by Ctrl+C (SIGINT) or SIGTERM, so a long-running command can stop cleanly instead of being
/// killed: the synchronous invocation of the command line installs no signal handlers of its own.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public TerminationSignals(CancellationToken outer)
    {
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    /// <summary>Cancelled on the first signal (or when the outer token is).</summary>
    public CancellationToken Token => _cancellation.Token;

    private void Handle(PosixSignalContext context)
    {
        // The command ends by itself once the token is cancelled; the process must not die first.
        context.Cancel = true;
        _cancellation.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }
}
