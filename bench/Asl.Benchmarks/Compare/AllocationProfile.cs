using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Asl.Benchmarks.Inputs;
using Asl.Json;
using Asl.Validation;

namespace Asl.Benchmarks.Compare;

/// <summary>
/// <c>alloc-profile read|validate|execute</c>: runs one workload for a few seconds in this process and prints which
/// types it allocates most, from the runtime's allocation sampling (an AllocationTick event about every 100 KB),
/// split into the small and the large object heap, and how many collections of each generation it caused. No
/// external profiler is needed; the sampled bytes are estimates, the collection counts are exact.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string workload, int fixedRounds = 0)
    {
        Action? round = workload switch
        {
            "read" => ReadRound(),
            "validate" => ValidateRound(),
            "execute" => ExecuteRound(),
            "generate" => GenerateRound(GeneratorVersions.After, loops: false),
            "generate-before" => GenerateRound(GeneratorVersions.Before, loops: false),
            "generate-loops" => GenerateRound(GeneratorVersions.After, loops: true),
            "generate-edit" => GenerateRound(GeneratorVersions.After, loops: false, insideWorkflow: true),
            "generate-edit-before" => GenerateRound(GeneratorVersions.Before, loops: false, insideWorkflow: true),
            _ => null,
        };
        if (round is null)
        {
            Console.Error.WriteLine("alloc-profile: name a workload: read, validate, execute, generate, generate-before, generate-loops, generate-edit or generate-edit-before.");
            return 2;
        }
        for (var i = 0; i < 3; i++) round(); // JIT and caches first
        using var listener = new AllocationListener();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var rounds = 0;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (fixedRounds > 0 ? rounds < fixedRounds : clock.Elapsed.TotalSeconds < 5 || rounds < 3)
        {
            round();
            rounds++;
        }
        var total = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var cpuPerRound = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / rounds;
        Console.WriteLine($"{workload}: {rounds} rounds, {total / rounds / 1024.0 / 1024.0:0.00} MB allocated and {cpuPerRound:0} ms of CPU per round; collections per round: "
            + string.Join(", ", Enumerable.Range(0, 3).Select(g => $"gen{g} {(GC.CollectionCount(g) - collections[g]) / (double)rounds:0.00}")));
        listener.Print(Console.Out, 20);
        return 0;
    }

    /// <summary>
    /// The generator after an edit (20 workflows of 40 states, and the loop workflow with <c>loops</c>), as an IDE runs it: of a file
    /// without workflows, or of one Wait inside the first workflow.
    /// </summary>
    private static Action GenerateRound(string version, bool loops, bool insideWorkflow = false)
    {
        var workload = new GeneratorWorkload(20, 40, loops, version);
        var driver = workload.RunAndCheck(trackSteps: false);
        var compilation = workload.Compile();
        var edit = 0;
        return insideWorkflow
            ? () => driver.RunGenerators(GeneratorWorkload.EditFirstWorkflow(compilation, ++edit))
            : () => driver.RunGenerators(GeneratorWorkload.EditUnrelated(compilation, ++edit));
    }

    private static Action ReadRound()
    {
        var set = DefinitionSet.Default;
        return () =>
        {
            foreach (var definition in set) AslReader.Read(definition.Utf8);
        };
    }

    private static Action ValidateRound()
    {
        var machines = DefinitionSet.Default.Select(d => AslReader.Read(d.Utf8).Machine!).ToArray();
        return () =>
        {
            foreach (var machine in machines) AslValidator.Validate(machine);
        };
    }

    private static Action ExecuteRound()
    {
        var machine = EngineWorkload.Read(ExecutionMachines.PassChoiceMap);
        return () => EngineWorkload.RunSequentialAsync(machine, ExecutionMachines.OrderInput, 100).GetAwaiter().GetResult();
    }

    /// <summary>Collects the runtime's GCAllocationTick events: sampled bytes by type and heap.</summary>
    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly ConcurrentDictionary<(string Type, bool Large), long> _bytes = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.Payload is null) return;
            var names = data.PayloadNames!;
            var type = data.Payload![names.IndexOf("TypeName")] as string ?? "?";
            var kind = Convert.ToInt32(data.Payload[names.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture);
            var amount = Convert.ToInt64(data.Payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate((type, kind == 1), amount, (_, sum) => sum + amount);
        }

        public void Print(TextWriter output, int count)
        {
            var total = _bytes.Values.Sum();
            if (total == 0)
            {
                output.WriteLine("  (no allocation samples arrived)");
                return;
            }
            output.WriteLine($"  sampled allocations by type (share of {total / 1024.0 / 1024.0:0} MB sampled; LOH = large object heap):");
            foreach (var ((type, large), bytes) in _bytes.OrderByDescending(p => p.Value).Take(count))
                output.WriteLine($"  {100.0 * bytes / total,5:0.0}%  {(large ? "LOH " : "    ")}{type}");
        }
    }
}
