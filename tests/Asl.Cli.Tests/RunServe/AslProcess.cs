using System.Diagnostics;
using System.Text;

namespace Asl.Cli.Tests.RunServe;

/// <summary>The built <c>asl</c> executable as its own process: run to completion, or kept running (serve) and stopped with a signal.</summary>
internal sealed class AslProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _firstErrorLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AslProcess(params string[] args)
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
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stdout) _stdout.Append(e.Data).Append('\n');
            _firstLine.TrySetResult(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.Append(e.Data).Append('\n');
            _firstErrorLine.TrySetResult(e.Data);
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Stdout
    {
        get
        {
            lock (_stdout) return _stdout.ToString();
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    /// <summary>Runs asl to its end (at most two minutes: a safety net, not a performance assertion).</summary>
    public static CliRun Run(params string[] args)
    {
        using var asl = new AslProcess(args);
        var exitCode = asl.WaitForExit(TimeSpan.FromMinutes(2));
        return new CliRun(exitCode, asl.Stdout, asl.Stderr);
    }

    /// <summary>Starts asl and leaves it running.</summary>
    public static AslProcess Start(params string[] args) => new(args);

    /// <summary>The first line of stdout (the serve banner); fails when the process prints nothing within the limit.</summary>
    public Task<string> FirstLineAsync(TimeSpan limit) => FirstAsync(_firstLine.Task, "stdout", limit);

    /// <summary>The first line of stderr.</summary>
    public Task<string> FirstErrorLineAsync(TimeSpan limit) => FirstAsync(_firstErrorLine.Task, "stderr", limit);

    private async Task<string> FirstAsync(Task<string> line, string stream, TimeSpan limit)
    {
        var finished = await Task.WhenAny(line, Task.Delay(limit));
        Assert.True(finished == line, $"asl printed nothing on {stream} within {limit.TotalSeconds} s; stdout: {Stdout}; stderr: {Stderr}");
        return await line;
    }

    /// <summary>
    /// Sends SIGTERM, which asl handles exactly as Ctrl+C (SIGINT). SIGINT itself cannot be used here: a test run
    /// started as a background job inherits SIGINT as ignored, and the runtime keeps it ignored.
    /// </summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"asl did not exit within {limit.TotalSeconds} s");
        }
        _process.WaitForExit(); // Drains the redirected output.
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
