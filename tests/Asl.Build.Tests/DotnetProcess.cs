using System.Diagnostics;
using System.Text;

namespace Asl.Build.Tests;

/// <summary>What a finished <c>dotnet</c> command printed and returned.</summary>
internal sealed record DotnetResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public string Describe() => $"`{Command}` exited with {ExitCode} after {Elapsed.TotalSeconds:F0} s. Output:\n{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> of the SDK running the tests, with no build servers (no process outlives the command
/// or holds its output open), a clean MSBuild environment, a time limit, and all output captured.
/// </summary>
internal static class DotnetProcess
{
    public static async Task<DotnetResult> RunAsync(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Variables the test host's own MSBuild may have set would point the child at the wrong SDK parts.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var command = "dotnet " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`{command}` did not finish within {timeout.TotalMinutes:F0} min and was stopped. Output so far:\n{Snapshot(output)}");
        }
        return new DotnetResult(command, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.Append(line).Append('\n');
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output) return output.ToString();
    }

    /// <summary>The dotnet host of the SDK in use (the SDK sets DOTNET_HOST_PATH for the processes it starts).</summary>
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
