extern alias generator;

using Asl.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using TrackingNames = generator::Asl.Generators.TrackingNames;

namespace Asl.Benchmarks.Compare;

/// <summary>
/// <c>generator-steps</c>: runs the generator on 20 workflows of 40 states and one built by helpers and loops, then again after an edit of a file with
/// no workflow and after an edit inside one workflow, and prints how each tracked step's outputs came out
/// (Cached = not re-run; Unchanged = re-run with an equal result, so nothing after it re-runs; New/Modified = re-run
/// with a new result). Roslyn runs the attribute transform (<c>Machines</c>: evaluating each Define() with the new
/// semantic model) on every compilation change; exit 1 when the unrelated edit re-ran any step after it, or changed
/// any output.
/// </summary>
internal static class GeneratorSteps
{
    private static readonly string[] Steps = [TrackingNames.Machines, TrackingNames.Specs, TrackingNames.Names, TrackingNames.AllNames];

    public static int Run()
    {
        var workload = new GeneratorWorkload(machines: 20, states: 40, loops: true);
        var driver = workload.RunAndCheck(trackSteps: true);
        var compilation = workload.Compile();

        var afterUnrelated = Reasons(driver.RunGenerators(GeneratorWorkload.EditUnrelated(compilation, 1)));
        var afterWorkflow = Reasons(driver.RunGenerators(GeneratorWorkload.EditFirstWorkflow(compilation, 1)));
        Print("edit outside the workflows", afterUnrelated);
        Print("edit inside one workflow  ", afterWorkflow);

        var changed = afterUnrelated.Where(r => r.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).ToList();
        var executed = afterUnrelated.Where(r => r.Step != TrackingNames.Machines && r.Reason != IncrementalStepRunReason.Cached).ToList();
        var machinesChanged = afterWorkflow.Count(r => r.Step == TrackingNames.Machines && r.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Console.WriteLine(changed.Count == 0
            ? "An edit outside the workflows changes no step output: no source or diagnostic is produced again."
            : $"An edit outside the workflows changed {changed.Count} step outputs ({string.Join(", ", changed.Select(r => r.Step).Distinct())}).");
        Console.WriteLine(executed.Count == 0
            ? "An edit outside the workflows re-runs no generator step after the attribute transform (Roslyn re-runs that transform, "
              + "which evaluates each Define() against the new semantic model; validating, writing and emitting are skipped)."
            : $"An edit outside the workflows re-ran {executed.Count} step outputs after the transform ({string.Join(", ", executed.Select(r => r.Step).Distinct())}).");
        Console.WriteLine($"An edit inside one workflow changed the result of {machinesChanged} of {workload.Machines} workflows.");
        return executed.Count == 0 && changed.Count == 0 ? 0 : 1;
    }

    private static List<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps
            .Where(s => Steps.Contains(s.Key))
            .SelectMany(s => s.Value.SelectMany(run => run.Outputs.Select(o => (s.Key, o.Reason))))
            .ToList();

    private static void Print(string title, List<(string Step, IncrementalStepRunReason Reason)> reasons)
    {
        var summary = Steps.Select(step =>
        {
            var counts = reasons.Where(r => r.Step == step).GroupBy(r => r.Reason).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} {g.Key}");
            return $"{step}: {string.Join(", ", counts)}";
        });
        Console.WriteLine($"{title} -> {string.Join(" | ", summary)}");
    }
}
