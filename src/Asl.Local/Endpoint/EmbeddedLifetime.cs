using Microsoft.Extensions.Hosting;

namespace Asl.Local.Endpoint;

/// <summary>
/// The host's lifetime when the endpoint is embedded: it starts and stops only when told. The default console
/// lifetime would install process-wide Ctrl+C and SIGTERM handlers and stop the server behind the back of the
/// program that hosts it (a test run, or <c>asl serve</c>, which handles the signals itself).
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
