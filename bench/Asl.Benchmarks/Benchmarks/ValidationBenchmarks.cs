using Asl.Benchmarks.Compare;
using Asl.Benchmarks.Inputs;
using Asl.Benchmarks.Suite;
using Asl.Json;
using Asl.Model;
using Asl.Validation;
using BenchmarkDotNet.Attributes;

namespace Asl.Benchmarks.Benchmarks;

/// <summary>
/// The reader and the validator on the generated set (<see cref="DefinitionSet"/>): both together, as
/// <c>asl validate</c> runs them, and each alone. One operation is one definition.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private IReadOnlyList<GeneratedDefinition> _set = [];
    private StateMachine[] _machines = [];

    /// <summary>The average size of a definition of the set, for MB/s.</summary>
    public static double AverageBytes => (double)DefinitionSet.TotalBytes(DefinitionSet.Default) / DefinitionSet.Default.Count;

    [GlobalSetup]
    public void Setup()
    {
        _set = DefinitionSet.Default;
        var (valid, _) = ValidationThroughput.Check(_set);
        if (valid != _set.Count)
            throw new InvalidOperationException($"Only {valid} of {_set.Count} generated definitions are valid; the set must be all valid so every rule runs.");
        _machines = _set.Select(d => AslReader.Read(d.Utf8).Machine!).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DefinitionSet.DefaultCount)]
    [Throughput("definitions", BytesPerOperation = nameof(AverageBytes))]
    public int ReadAndValidate() => ValidationThroughput.ValidateAll(_set);

    [Benchmark(OperationsPerInvoke = DefinitionSet.DefaultCount)]
    [Throughput("definitions", BytesPerOperation = nameof(AverageBytes))]
    public int ReadOnly()
    {
        var states = 0;
        foreach (var definition in _set) states += AslReader.Read(definition.Utf8).Machine!.States.Count;
        return states;
    }

    [Benchmark(OperationsPerInvoke = DefinitionSet.DefaultCount)]
    [Throughput("definitions", BytesPerOperation = nameof(AverageBytes))]
    public int ValidateOnly()
    {
        var findings = 0;
        foreach (var machine in _machines) findings += AslValidator.Validate(machine).Count;
        return findings;
    }
}
