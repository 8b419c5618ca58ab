using System.Text.Json;
using Asl.Benchmarks.Inputs;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;

namespace Asl.Benchmarks.Compare;

/// <summary>
/// <c>compare-validate DIR</c>: reads every definition of DIR into memory, then reads and validates them all in a
/// loop in this process (as <c>asl validate</c> does for each file: reader findings plus the validator's) and prints
/// definitions/s and MB/s. File reading and process start are outside the timed loop, as on the JavaScript side.
/// </summary>
internal static class ValidationThroughput
{
    public static async Task<int> RunAsync(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"compare-validate: '{directory}' is not a directory; pass the folder of definitions (see the prepare mode).");
            return 2;
        }
        var set = DefinitionSet.ReadFrom(directory);
        if (set.Count == 0)
        {
            Console.Error.WriteLine($"compare-validate: '{directory}' holds no *.json file.");
            return 2;
        }
        var (valid, findings) = Check(set);
        var pausedBefore = GC.GetTotalPauseDuration();
        var times = await RoundTimer.Run(() => ValidateAll(set));
        var pausedShare = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds / (RoundTimer.Durations().Warmup + times.Seconds.Sum());
        var bytes = DefinitionSet.TotalBytes(set);
        var perSecond = set.Count / times.Median;
        var megabytes = bytes / 1024.0 / 1024.0 / times.Median;
        var perCpuSecond = set.Count / times.CpuSecondsPerRound;
        Console.Error.WriteLine($"Asl reader + validator, in process: {DefinitionSet.Describe(set)}; {valid} valid, {findings} findings in all");
        Console.Error.WriteLine($"  {times.Count} rounds, median {times.Median * 1000:0.0} ms per round: {perSecond:0} definitions/s, {megabytes:0.0} MB/s; {perCpuSecond:0} definitions per CPU second");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            tool = "asl",
            definitions = set.Count,
            bytes,
            valid,
            rounds = times.Count,
            medianRoundSeconds = times.Median,
            definitionsPerSecond = perSecond,
            bestDefinitionsPerSecond = set.Count / times.Best,
            gcPauseShare = pausedShare,
            megabytesPerSecond = megabytes,
            cpuSecondsPerRound = times.CpuSecondsPerRound,
            definitionsPerCpuSecond = perCpuSecond,
        }));
        return 0;
    }

    /// <summary>Reads and validates each definition once; returns how many had no error finding, and the number of findings.</summary>
    public static (int Valid, int Findings) Check(IReadOnlyList<GeneratedDefinition> set)
    {
        var valid = 0;
        var findings = 0;
        foreach (var definition in set)
        {
            var diagnostics = ReadAndValidate(definition.Utf8);
            findings += diagnostics.Count;
            if (AslValidator.IsValid(diagnostics)) valid++;
        }
        return (valid, findings);
    }

    /// <summary>Reads and validates every definition; returns the number of findings so the work cannot be dropped.</summary>
    public static int ValidateAll(IReadOnlyList<GeneratedDefinition> set)
    {
        var findings = 0;
        foreach (var definition in set) findings += ReadAndValidate(definition.Utf8).Count;
        return findings;
    }

    /// <summary>The reader's findings and, when the JSON could be read, the validator's: what <c>asl validate</c> reports.</summary>
    public static List<AslDiagnostic> ReadAndValidate(byte[] utf8)
    {
        var read = AslReader.Read(utf8);
        var diagnostics = new List<AslDiagnostic>(read.Diagnostics);
        if (!read.IsParseFailure && read.Machine is { } machine) diagnostics.AddRange(AslValidator.Validate(machine));
        return diagnostics;
    }
}
