using System.Net;
using System.Net.Sockets;
using Asl.Local.Endpoint.Operations;
using Asl.Local.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asl.Local.Endpoint;

/// <summary>
/// Serves the AWS Step Functions API for a <see cref="LocalEngine"/> over HTTP (the AWS JSON 1.0 protocol), so
/// the AWS CLI and SDKs work against it unchanged: point them at <see cref="Url"/> with any credentials. With
/// the engine's virtual clock the server drives the engine itself: work runs at once, and the clock jumps over
/// Wait states and retry intervals unless some task waits for a token from an outside caller.
/// </summary>
public sealed class EndpointServer : IAsyncDisposable
{
    /// <summary>The port AWS Step Functions Local uses, and ours by default.</summary>
    public const int DefaultPort = 8083;

    /// <summary>Loopback only, so nothing outside this machine can reach the unauthenticated API.</summary>
    public const string DefaultHost = "127.0.0.1";

    private readonly WebApplication _app;
    private readonly bool _drivesClock;
    private int _stopped;

    private EndpointServer(WebApplication app, LocalEngine engine, Uri url, bool drivesClock)
    {
        _app = app;
        Engine = engine;
        Url = url;
        _drivesClock = drivesClock;
    }

    /// <summary>The engine this server serves.</summary>
    public LocalEngine Engine { get; }

    /// <summary>The base URL clients use as their endpoint (for example <c>http://127.0.0.1:8083/</c>), with the port actually bound.</summary>
    public Uri Url { get; }

    /// <summary>
    /// Starts serving <paramref name="engine"/> on <paramref name="host"/>:<paramref name="port"/>. Port 0 binds a
    /// free port (read it from <see cref="Url"/>). The host is an IP address, <c>localhost</c> (127.0.0.1), or
    /// <c>*</c> for every interface. Throws <see cref="IOException"/> when the address cannot be bound (for
    /// example the port is in use) and <see cref="ArgumentException"/> for a host that is not an address.
    /// </summary>
    public static async Task<EndpointServer> StartAsync(LocalEngine engine, int port = DefaultPort, string host = DefaultHost,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var address = ParseHost(host);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The endpoint enforces its own limit, so an oversized body gets an AWS-shaped answer.
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(address, port);
        });
        var app = builder.Build();

        var drivesClock = engine.Options.ClockMode == ClockMode.Virtual;
        var driver = drivesClock ? engine.AcquireClockDriver() : null;
        var endpoint = new HttpEndpoint(new StepFunctionsApi(engine));
        app.Run(endpoint.HandleAsync);
        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            if (driver is not null) await engine.ReleaseClockDriverAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"Cannot listen on {FormatHost(address)}:{port}: {e.Message} Choose another port (or 0 for any free one).", e);
        }
        catch
        {
            if (driver is not null) await engine.ReleaseClockDriverAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var bound = addresses.Addresses.First();
        return new EndpointServer(app, engine, new Uri(bound.EndsWith('/') ? bound : bound + "/"), drivesClock);
    }

    /// <summary>Stops accepting requests, lets running requests finish (up to the token's limit), and stops driving the engine.</summary>
    public async Task StopAsync(CancellationToken cancellation = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        try
        {
            await _app.StopAsync(cancellation).ConfigureAwait(false);
        }
        finally
        {
            if (_drivesClock) await Engine.ReleaseClockDriverAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server (see <see cref="StopAsync"/>), waiting at most five seconds for running requests.</summary>
    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await StopAsync(limit.Token).ConfigureAwait(false);
    }

    private static IPAddress ParseHost(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        if (host == "*") return IPAddress.Any;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.Loopback;
        var trimmed = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(trimmed, out var address)) return address;
        throw new ArgumentException($"'{host}' is not an IP address; use 127.0.0.1 (the default), ::1, localhost, an address of this machine, or * for every interface.", nameof(host));
    }

    private static string FormatHost(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
}
