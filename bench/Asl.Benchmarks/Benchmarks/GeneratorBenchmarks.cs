using Asl.Benchmarks.Inputs;
using Asl.Benchmarks.Suite;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Asl.Benchmarks.Benchmarks;

/// <summary>
/// The source generator on a project of <see cref="Machines"/> workflows of <see cref="States"/> states (with
/// <see cref="Loops"/>, plus one workflow built by helper methods and loops): a cold run (new driver, fresh
/// compilation: a clean build), and a warm driver's run after an edit of a file without workflows and after an edit
/// inside one workflow (what an IDE does on each keystroke). <see cref="Generator"/> is this build's generator
/// (<c>after</c>) or a baseline revision's (<c>before</c>, see <see cref="GeneratorVersions"/>), measured in one run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorWorkload _workload = null!;
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _compilation = null!;
    private int _version;

    [ParamsSource(nameof(MachineCounts))]
    public int Machines { get; set; }

    [ParamsSource(nameof(StateCounts))]
    public int States { get; set; }

    public static IEnumerable<int> MachineCounts => SuiteRunner.Quick ? [20] : [10, 50];

    public static IEnumerable<int> StateCounts => SuiteRunner.Quick ? [40] : [20, 100];

    [Params(false, true)]
    public bool Loops { get; set; }

    [ParamsSource(nameof(Versions))]
    public string Generator { get; set; } = GeneratorVersions.After;

    public static IEnumerable<string> Versions => GeneratorVersions.Available;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new GeneratorWorkload(Machines, States, Loops, Generator);
        _warm = _workload.RunAndCheck(trackSteps: false);
        _compilation = _workload.Compile();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => _workload.NewDriver().RunGenerators(_workload.Compile());

    [Benchmark]
    public GeneratorDriver AfterUnrelatedEdit() => _warm.RunGenerators(GeneratorWorkload.EditUnrelated(_compilation, ++_version));

    [Benchmark]
    public GeneratorDriver AfterWorkflowEdit() => _warm.RunGenerators(GeneratorWorkload.EditFirstWorkflow(_compilation, ++_version));
}
