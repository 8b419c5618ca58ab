using System.Text.Json;
using System.Text.Json.Nodes;
using Asl.Benchmarks.Inputs;

namespace Asl.Benchmarks.Compare;

/// <summary>
/// <c>compare-execute MACHINE INPUT</c>: runs the definition in MACHINE on INPUT in this process, in batches of
/// BENCH_BATCH executions (default 200): one after the other, and all started at once. Prints executions/s and
/// state transitions/s, and the output of one execution so the script can check both engines agree.
/// </summary>
internal static class ExecutionThroughput
{
    public static async Task<int> RunAsync(string machinePath, string inputPath)
    {
        if (!File.Exists(machinePath) || !File.Exists(inputPath))
        {
            Console.Error.WriteLine($"compare-execute: pass the definition file and the input file (got '{machinePath}' and '{inputPath}').");
            return 2;
        }
        var machine = EngineWorkload.Read(File.ReadAllText(machinePath));
        var input = File.ReadAllText(inputPath).Trim();
        var batch = int.TryParse(Environment.GetEnvironmentVariable("BENCH_BATCH"), out var size) && size > 0 ? size : 200;

        var first = await EngineWorkload.RunSequentialAsync(machine, input, 1);
        var entered = EngineWorkload.StatesEntered(machine, input);
        var sequential = await RoundTimer.RunAsync(() => EngineWorkload.RunSequentialAsync(machine, input, batch));
        var concurrent = await RoundTimer.RunAsync(() => EngineWorkload.RunConcurrentAsync(machine, input, batch));

        var sequentialRate = batch / sequential.Median;
        var concurrentRate = batch / concurrent.Median;
        Console.Error.WriteLine($"Asl local engine, in process: {entered} states entered per execution, batches of {batch}");
        Console.Error.WriteLine($"  one at a time: {sequentialRate:0} executions/s, {sequentialRate * entered:0} state transitions/s, {batch / sequential.CpuSecondsPerRound:0} executions per CPU second ({sequential.Count} rounds)");
        Console.Error.WriteLine($"  all at once:   {concurrentRate:0} executions/s, {concurrentRate * entered:0} state transitions/s, {batch / concurrent.CpuSecondsPerRound:0} executions per CPU second ({concurrent.Count} rounds)");
        Console.WriteLine(JsonSerializer.Serialize(new JsonObject
        {
            ["tool"] = "asl",
            ["batch"] = batch,
            ["statesEntered"] = entered,
            ["sequentialExecutionsPerSecond"] = sequentialRate,
            ["concurrentExecutionsPerSecond"] = concurrentRate,
            ["sequentialExecutionsPerCpuSecond"] = batch / sequential.CpuSecondsPerRound,
            ["concurrentExecutionsPerCpuSecond"] = batch / concurrent.CpuSecondsPerRound,
            ["output"] = JsonNode.Parse(first.Output ?? "null"),
        }));
        return 0;
    }
}
