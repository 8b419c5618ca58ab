using Asl.Json;
using Asl.Local;
using Asl.Model;
using Asl.Api;

namespace Asl.Benchmarks.Inputs;

/// <summary>
/// Runs executions on a fresh <see cref="LocalEngine"/> (virtual clock, seeded). The engine keeps every execution
/// and its history, so each batch gets its own engine, and creating and filling it is part of the measured work.
/// </summary>
public static class EngineWorkload
{
    /// <summary>Reads an ASL definition; throws with the reader's findings when it has errors.</summary>
    public static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        if (read.Machine is null || read.HasErrors)
            throw new InvalidOperationException("The benchmark definition has errors: " + string.Join("; ", read.Diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Pointer}")));
        return read.Machine;
    }

    /// <summary>Runs <paramref name="count"/> executions one after the other (each to its end before the next starts).</summary>
    public static async Task<ExecutionSnapshot> RunSequentialAsync(StateMachine machine, string input, int count)
    {
        using var engine = NewEngine();
        var arn = engine.RegisterStateMachine("Benchmark", machine).StateMachineArn;
        ExecutionSnapshot? last = null;
        for (var i = 0; i < count; i++)
        {
            last = await engine.RunAsync(arn, input);
            Expect(last);
        }
        return last!;
    }

    /// <summary>Starts <paramref name="count"/> executions, then runs the engine until all of them have finished.</summary>
    public static async Task RunConcurrentAsync(StateMachine machine, string input, int count)
    {
        using var engine = NewEngine();
        var arn = engine.RegisterStateMachine("Benchmark", machine).StateMachineArn;
        var started = new string[count];
        for (var i = 0; i < count; i++) started[i] = engine.StartExecution(arn, input).ExecutionArn;
        await engine.RunUntilIdleAsync();
        foreach (var execution in started) Expect(engine.DescribeExecution(execution));
    }

    /// <summary>The name the child of <see cref="ExecutionMachines.SyncParent"/> is registered under.</summary>
    public const string ChildName = "Child";

    /// <summary><see cref="ExecutionMachines.SyncParent"/> read, with <c>${ChildArn}</c> naming <see cref="ChildName"/> on a default engine.</summary>
    public static StateMachine SyncParent() =>
        Read(ExecutionMachines.SyncParent.Replace("${ChildArn}", $"arn:aws:states:us-east-1:123456789012:stateMachine:{ChildName}", StringComparison.Ordinal));

    /// <summary>Runs <paramref name="count"/> parents, one after the other, that each run a child with <c>startExecution.sync:2</c>.</summary>
    public static async Task RunNestedAsync(StateMachine parent, StateMachine child, int count)
    {
        using var engine = NewEngine();
        engine.RegisterStateMachine(ChildName, child);
        var parentArn = engine.RegisterStateMachine("Parent", parent).StateMachineArn;
        for (var i = 0; i < count; i++) Expect(await engine.RunAsync(parentArn, ExecutionMachines.SyncInput));
    }

    /// <summary>How many states one execution enters (from its history).</summary>
    public static int StatesEntered(StateMachine machine, string input)
    {
        using var engine = NewEngine();
        var arn = engine.RegisterStateMachine("Benchmark", machine).StateMachineArn;
        var execution = engine.RunAsync(arn, input).GetAwaiter().GetResult();
        Expect(execution);
        return engine.GetExecutionHistory(execution.ExecutionArn).Count(e => e.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal));
    }

    private static LocalEngine NewEngine() => new(new LocalEngineOptions { RandomSeed = 7 });

    private static void Expect(ExecutionSnapshot execution)
    {
        if (execution.Status != ExecutionStatus.Succeeded)
            throw new InvalidOperationException($"A benchmark execution ended {execution.Status}: {execution.Error} {execution.Cause}");
    }
}
