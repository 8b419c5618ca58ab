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
        var retained = new Option<int>("--retain-executions")
        {
            Description = $"The most finished executions kept; past it the one that finished first is forgotten and answers ExecutionDoesNotExist, as an expired execution does in AWS (default {LocalEngineOptions.DefaultRetainedExecutions:N0}).",
            HelpName = "COUNT",
            DefaultValueFactory = _ => LocalEngineOptions.DefaultRetainedExecutions,
        };
        retained.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--retain-executions must be at least 1.");
        });
        var retention = new Option<TimeSpan>("--retention-period")
        {
            Description = "How long a finished execution is kept, on the engine's clock: a number and a unit, s, m, h or d (default 90d, as AWS keeps closed executions).",
            HelpName = "DURATION",
            DefaultValueFactory = _ => TimeSpan.FromDays(90),
            CustomParser = ParseDuration,
        };

        var s3Dir = S3Folder.CreateOption();

        var command = new Command("serve", "Serve the AWS Step Functions API on the local engine, for the AWS CLI and SDKs (--endpoint-url).")
        {
            port, host, mockConfig, realTime, retained, retention, s3Dir,
        };
        command.SetAction((parse, cancellation) => ServeAsync(
            new Settings(parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(mockConfig), parse.GetValue(realTime),
                parse.GetValue(retained), parse.GetValue(retention), parse.GetValue(s3Dir)),
            stdout, stderr, cancellation));
        return command;
    }

    /// <summary>The parsed options of one <c>asl serve</c>.</summary>
    private sealed record Settings(int Port, string Host, string? MockConfig, bool RealTime, int RetainedExecutions, TimeSpan RetentionPeriod, string? S3Directory);

    /// <summary>A positive duration written as a number and a unit: <c>45s</c>, <c>30m</c>, <c>12h</c>, <c>90d</c>.</summary>
    private static TimeSpan ParseDuration(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        var unit = text.Length > 0 ? char.ToLowerInvariant(text[^1]) : ' ';
        if (unit is 's' or 'm' or 'h' or 'd'
            && double.TryParse(text[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var amount)
            && amount > 0 && double.IsFinite(amount))
        {
            var seconds = amount * unit switch { 's' => 1, 'm' => 60, 'h' => 3600, _ => 86400 };
            if (seconds <= TimeSpan.MaxValue.TotalSeconds / 2) return TimeSpan.FromSeconds(seconds);
        }
        result.AddError($"'{text}' is not a duration for --retention-period; write a positive number and a unit, s, m, h or d, for example 12h or 90d.");
        return default;
    }

    private static async Task<int> ServeAsync(Settings settings, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var (port, host, mockPath, realTime, _, _, _) = settings;
        using var signals = new TerminationSignals(cancellation);
        cancellation = signals.Token;
        MockConfigFile? mocks = null;
        if (mockPath is not null && !MockConfigFile.TryLoad(mockPath, out mocks, out var problem))
        {
            stderr.WriteLine($"asl serve: {problem}");
            return ExitCodes.InputError;
        }
        if (!S3Folder.TryOpen(settings.S3Directory, "serve", stderr, out var s3)) return ExitCodes.InputError;

        using var engine = new LocalEngine(new LocalEngineOptions
        {
            S3 = s3,
            ClockMode = realTime ? ClockMode.Real : ClockMode.Virtual,
            MockConfig = mocks?.Config,
            RetainedExecutions = settings.RetainedExecutions,
            ExecutionRetentionPeriod = settings.RetentionPeriod,
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
            stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"asl serve: keeps up to {settings.RetainedExecutions:N0} finished executions, each for {Describe(settings.RetentionPeriod)} (--retain-executions, --retention-period)."));
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

    /// <summary>The period in its largest whole unit: "90 days", "12 hours", "90 seconds".</summary>
    private static string Describe(TimeSpan period)
    {
        foreach (var (unit, size) in new[] { ("day", TimeSpan.FromDays(1)), ("hour", TimeSpan.FromHours(1)), ("minute", TimeSpan.FromMinutes(1)) })
        {
            var count = period / size;
            if (count >= 1 && count == Math.Floor(count))
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:0} {unit}{(count == 1 ? "" : "s")}");
        }
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period.TotalSeconds:0.###} seconds");
    }

    private static bool IsLoopback(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
