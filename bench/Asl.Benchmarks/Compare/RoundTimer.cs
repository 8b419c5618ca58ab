using System.Diagnostics;

namespace Asl.Benchmarks.Compare;

/// <summary>
/// Times a workload the way bench/compare.sh times the JavaScript tools: rounds of the whole workload, first for a
/// warm-up period (JIT and caches), then for a measured period; the wall-clock figure is the median round. It also
/// takes the process's CPU time over the measured rounds (every thread, so GC and JIT threads count): on a shared,
/// loaded machine a process waits for a core an unknown share of the wall time, but its CPU time per round stays
/// close to what the work costs. Both sides use the same rules.
/// </summary>
internal static class RoundTimer
{
    /// <summary>Warm-up and measured seconds, from BENCH_WARMUP_SECONDS and BENCH_SECONDS (defaults 3 and 10).</summary>
    public static (double Warmup, double Measured) Durations() =>
        (Seconds("BENCH_WARMUP_SECONDS", 3), Seconds("BENCH_SECONDS", 10));

    public static async Task<RoundTimes> RunAsync(Func<Task> round, int minimumRounds = 3)
    {
        var (warmup, measured) = Durations();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < warmup) await round();

        var times = new List<double>();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < measured || times.Count < minimumRounds)
        {
            var start = Stopwatch.GetTimestamp();
            await round();
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new RoundTimes(times, cpu / times.Count);
    }

    public static Task<RoundTimes> Run(Action round, int minimumRounds = 3) =>
        RunAsync(() =>
        {
            round();
            return Task.CompletedTask;
        }, minimumRounds);

    private static double Seconds(string variable, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;
}

/// <summary>The wall-clock seconds of each measured round, and the process's mean CPU seconds per round.</summary>
internal sealed record RoundTimes(IReadOnlyList<double> Seconds, double CpuSecondsPerRound)
{
    public double Median
    {
        get
        {
            var sorted = Seconds.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Best => Seconds.Min();

    public int Count => Seconds.Count;
}
