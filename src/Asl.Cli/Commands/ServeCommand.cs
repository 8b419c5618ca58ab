using System.CommandLine;
using System.Net;
using Asl.Cli.Validate;
using Asl.Local;
using Asl.Local.Endpoint;
using Asl.Local.Scheduling;

namespace Asl.Cli.Commands;

/// <summary>
/// <c>asl serve</c>: serves the AWS Step Functions API (AWS JSON 1.0 protocol) on the local engine until
/// stopped with Ctrl+C, so the AWS CLI and SDKs can create state machines, run executions and send task tokens
/// without an AWS account. Exit 0 after a clean stop; 2 for unusable options (a port in use, a broken mock
/// configuration).
/// </summary>
internal static class ServeCommand
{
    /// <summary>The first line printed once the server listens; tests and scripts read the URL from it.</summary>
    public const string ListeningPrefix = "asl serve: listening on ";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The TCP port (default {EndpointServer.DefaultPort}, as Step Functions Local; 0 picks a free one).",
            HelpName = "PORT",
            DefaultValueFactory = _ => EndpointServer.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > IPEndPoint.MaxPort)
                result.AddError($"--port must be between 0 and {IPEndPoint.MaxPort}.");
        });
        var host = new Option<string>("--host")
        {
            Description = $"The address to listen on (default {EndpointServer.DefaultHost}: this machine only; the API has no authentication).",
            HelpName = "ADDRESS",
            DefaultValueFactory = _ => EndpointServer.DefaultHost,
        };
        var mockConfig = new Option<string>("--mock-config")
        {
            Description = "Mocked task responses in AWS Step Functions Local's MockConfigFile format; select a test case with '#Case' after the state machine ARN in StartExecution.",
            HelpName = "FILE",
        };
        var realTime = new Option<bool>("--real-time") { Description = "Let Wait states, retry intervals and timeouts take real time (default: a virtual clock that skips waiting while no caller holds a task token)." };

        var command = new Command("serve", "Serve the AWS Step Functions API on the local engine, for the AWS CLI and SDKs (--endpoint-url).")
        {
            port, host, mockConfig, realTime,
        };
        command.SetAction((parse, cancellation) => ServeAsync(
            parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(mockConfig), parse.GetValue(realTime), stdout, stderr, cancellation));
        return command;
    }

    private static async Task<int> ServeAsync(int port, string host, string? mockPath, bool realTime, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellation)
    {
        using var signals = new TerminationSignals(cancellation);
        cancellation = signals.Token;
        MockConfigFile? mocks = null;
        if (mockPath is not null && !MockConfigFile.TryLoad(mockPath, out mocks, out var problem))
        {
            stderr.WriteLine($"asl serve: {problem}");
            return ExitCodes.InputError;
        }

        using var engine = new LocalEngine(new LocalEngineOptions
        {
            ClockMode = realTime ? ClockMode.Real : ClockMode.Virtual,
            MockConfig = mocks?.Config,
        });
        EndpointServer server;
        try
        {
            server = await EndpointServer.StartAsync(engine, port, host, cancellation);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            stderr.WriteLine($"asl serve: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return 0;
        }

        await using (server)
        {
            var endpoint = server.Url.ToString().TrimEnd('/');
            stdout.WriteLine(ListeningPrefix + endpoint);
            stdout.WriteLine(realTime
                ? "asl serve: real-time clock: Wait states and timeouts take real time."
                : "asl serve: virtual clock: waits are skipped while no task waits for a token from a caller (use --real-time for wall-clock time).");
            if (mocks is { TestCases.Count: > 0 })
                stdout.WriteLine($"asl serve: mock test cases: {string.Join(", ", mocks.TestCases.Select(c => $"{c.Machine}#{c.TestCase}"))}");
            stdout.WriteLine($"asl serve: try: aws stepfunctions list-state-machines --endpoint-url {endpoint} --region {engine.Options.Region}");
            stdout.WriteLine("asl serve: press Ctrl+C to stop.");
            stdout.Flush();
            if (!IsLoopback(host))
                stderr.WriteLine($"asl serve: warning: listening on {host}; the API has no authentication, so anyone who can reach this address can run workflows.");

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop cleanly.
            }
        }

        stdout.WriteLine("asl serve: stopped.");
        stdout.Flush();
        return 0;
    }

    private static bool IsLoopback(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
