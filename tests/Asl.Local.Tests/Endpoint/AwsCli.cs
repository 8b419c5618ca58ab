using System.Diagnostics;
using System.Text.Json;

namespace Asl.Local.Tests.Endpoint;

/// <summary>The real AWS CLI as a client of the endpoint: each call is its own bounded process.</summary>
internal sealed class AwsCli(Uri endpoint)
{
    /// <summary>What a fresh machine needs before these tests can run.</summary>
    public const string InstallHint = "The AWS CLI ('aws') is not on PATH; install it with 'pip install awscli' (or 'apt-get install -y awscli').";

    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(90);

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json
        {
            get
            {
                Assert.True(ExitCode == 0, $"aws exited with {ExitCode}: {Stderr}");
                if (Stdout.Trim().Length == 0) return default;
                using var document = JsonDocument.Parse(Stdout);
                return document.RootElement.Clone();
            }
        }
    }

    /// <summary>Runs <c>aws stepfunctions ARGS --endpoint-url … --region us-east-1 --output json</c> with throw-away credentials.</summary>
    public async Task<Result> StepFunctionsAsync(params string[] args)
    {
        var start = new ProcessStartInfo(FindAws())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("stepfunctions");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var arg in new[] { "--endpoint-url", endpoint.ToString().TrimEnd('/'), "--region", "us-east-1", "--output", "json" })
            start.ArgumentList.Add(arg);
        var environment = start.Environment;
        environment["AWS_ACCESS_KEY_ID"] = "test";
        environment["AWS_SECRET_ACCESS_KEY"] = "test";
        environment.Remove("AWS_SESSION_TOKEN");
        environment.Remove("AWS_PROFILE");
        environment["AWS_DEFAULT_REGION"] = "us-east-1";
        environment["AWS_CONFIG_FILE"] = "/dev/null";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        // StartSyncExecution is sent to "sync-<host>" unless host prefixes are off.
        environment["AWS_DISABLE_HOST_PREFIX_INJECTION"] = "true";
        environment["AWS_PAGER"] = "";
        environment["AWS_MAX_ATTEMPTS"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(CallLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"aws stepfunctions {string.Join(' ', args)} did not finish within {CallLimit.TotalSeconds} s");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    private static string FindAws()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "aws");
            if (File.Exists(candidate)) return candidate;
        }
        Assert.Fail(InstallHint);
        return "";
    }
}
