using System.Diagnostics;
using System.Text.Json;

namespace Asl.Cli.Tests.RunServe;

/// <summary>The real AWS CLI as a client of <c>asl serve</c>; each call is its own bounded process.</summary>
internal sealed class AwsCli(string endpoint)
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(90);

    /// <summary>Runs <c>aws stepfunctions ARGS</c> against the endpoint with throw-away credentials and no config files; returns its JSON output.</summary>
    public async Task<JsonElement> StepFunctionsAsync(params string[] args)
    {
        var start = new ProcessStartInfo(FindAws())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "stepfunctions" }.Concat(args).Concat(["--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json"]))
            start.ArgumentList.Add(arg);
        var environment = start.Environment;
        environment["AWS_ACCESS_KEY_ID"] = "test";
        environment["AWS_SECRET_ACCESS_KEY"] = "test";
        environment.Remove("AWS_SESSION_TOKEN");
        environment.Remove("AWS_PROFILE");
        environment["AWS_CONFIG_FILE"] = "/dev/null";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
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
        Assert.True(process.ExitCode == 0, $"aws stepfunctions {args[0]} exited with {process.ExitCode}: {await stderr}");
        var text = await stdout;
        if (text.Trim().Length == 0) return default;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string FindAws()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "aws");
            if (File.Exists(candidate)) return candidate;
        }
        Assert.Fail("The AWS CLI ('aws') is not on PATH; install it with 'pip install awscli' (or 'apt-get install -y awscli').");
        return "";
    }
}
