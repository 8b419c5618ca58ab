using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Asl.Benchmarks.Suite;

/// <summary>Runs the BenchmarkDotNet suites with the memory diagnoser and the throughput column.</summary>
internal static class SuiteRunner
{
    /// <summary>True under <c>--quick</c>: the parameter sources then offer their smaller sets.</summary>
    public static bool Quick { get; private set; }

    public static int Run(string[] args)
    {
        Quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToList();
        // Without a filter BenchmarkDotNet asks on the console which suite to run; a script has nobody to answer.
        if (!rest.Any(a => a.StartsWith("--filter", StringComparison.Ordinal) || a.StartsWith("--list", StringComparison.Ordinal)))
            rest.AddRange(["--filter", "*"]);

        var config = DefaultConfig.Instance
            // Reports go under bin/ (ignored by git) unless --artifacts names another folder.
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(ThroughputColumn.Instance);
        if (Quick)
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(SuiteRunner).Assembly).Run([.. rest], config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
