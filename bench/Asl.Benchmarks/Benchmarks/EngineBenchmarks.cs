using Asl.Benchmarks.Inputs;
using Asl.Benchmarks.Suite;
using Asl.Model;
using BenchmarkDotNet.Attributes;

namespace Asl.Benchmarks.Benchmarks;

/// <summary>
/// The local engine: the 20-state Pass/Choice/Map machine (<see cref="ExecutionMachines.PassChoiceMap"/>) run one
/// execution after the other and all started at once, and a parent that runs a child with <c>.sync:2</c>. Each
/// invocation uses a fresh engine for <see cref="Batch"/> executions; one operation is one (parent) execution.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    public const int Batch = 100;

    private StateMachine _machine = null!;
    private StateMachine _parent = null!;
    private StateMachine _child = null!;

    /// <summary>States entered by one execution of the Pass/Choice/Map machine.</summary>
    public static double TransitionsPerExecution => ExecutionMachines.StatesEnteredPerOrder;

    [GlobalSetup]
    public void Setup()
    {
        _machine = EngineWorkload.Read(ExecutionMachines.PassChoiceMap);
        _parent = EngineWorkload.SyncParent();
        _child = EngineWorkload.Read(ExecutionMachines.Child);
        var entered = EngineWorkload.StatesEntered(_machine, ExecutionMachines.OrderInput);
        if (entered != ExecutionMachines.StatesEnteredPerOrder)
            throw new InvalidOperationException($"One execution entered {entered} states, not {ExecutionMachines.StatesEnteredPerOrder}; update ExecutionMachines.StatesEnteredPerOrder.");
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    [Throughput("executions", Secondary = "transitions", SecondaryPerOperation = nameof(TransitionsPerExecution))]
    public Task PassChoiceMap_OneAtATime() => EngineWorkload.RunSequentialAsync(_machine, ExecutionMachines.OrderInput, Batch);

    [Benchmark(OperationsPerInvoke = Batch)]
    [Throughput("executions", Secondary = "transitions", SecondaryPerOperation = nameof(TransitionsPerExecution))]
    public Task PassChoiceMap_AllAtOnce() => EngineWorkload.RunConcurrentAsync(_machine, ExecutionMachines.OrderInput, Batch);

    [Benchmark(OperationsPerInvoke = Batch)]
    [Throughput("parent executions")]
    public Task NestedSync_OneAtATime() => EngineWorkload.RunNestedAsync(_parent, _child, Batch);
}
