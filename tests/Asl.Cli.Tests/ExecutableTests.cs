using System.Diagnostics;
using System.Text.Json;

namespace Asl.Cli.Tests;

/// <summary>End to end: the built <c>asl</c> executable, started as its own process, as a user or CI runs it.</summary>
public sealed class ExecutableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_asl_executable_exits_0_for_valid_definitions()
    {
        var first = _dir.Write("first.asl.json", Definitions.Valid);
        var second = _dir.Write("second.asl.json", Definitions.WaitForTaskToken);

        var run = RunAsl("validate", first, second);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2 files checked: 2 valid, 0 invalid; 0 errors.\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void The_asl_executable_exits_1_and_prints_each_finding_for_an_invalid_definition()
    {
        var path = _dir.Write("unknown.asl.json", Definitions.TwoUnknownFields);

        var run = RunAsl("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}(3,3): error ASL1028: Field \"Timeout\"", run.Lines[0]);
        Assert.StartsWith($"{path}(4,3): error ASL1028: Field \"Owner\"", run.Lines[1]);
    }

    [Fact]
    public void The_asl_executable_exits_2_for_bad_input_without_a_stack_trace()
    {
        var notJson = _dir.Write("not-json.asl.json", "StartAt: A");
        var missing = Path.Combine(_dir.Path, "missing.asl.json");

        var run = RunAsl("validate", "--format", "json", notJson, missing);

        Assert.Equal(2, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var codes = document.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(["ASL1001", "ASL1094"], codes);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void The_asl_executable_exits_2_for_a_usage_error()
    {
        var run = RunAsl("validate", "--format", "yaml", "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'yaml' is not a valid value for --format", run.Stderr);
        run.AssertNoStackTrace();
    }

    /// <summary>Runs the asl.dll that the build copied next to the tests, with the dotnet host running the tests.</summary>
    private static CliRun RunAsl(params string[] args)
    {
        var asl = Path.Combine(AppContext.BaseDirectory, "asl.dll");
        Assert.True(File.Exists(asl), $"{asl} was not built");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(asl);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A safety net against a hang, not a performance assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("asl did not exit within two minutes");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
