extern alias generator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrackingNames = generator::Asl.Generators.TrackingNames;

namespace Asl.Generators.Tests;

public class IncrementalityTests
{
    private static readonly string[] AllSteps =
        { TrackingNames.Machines, TrackingNames.Specs, TrackingNames.Names, TrackingNames.AllNames, TrackingNames.Findings, TrackingNames.AllFindings };

    /// <summary>The steps after the attribute transform, which Roslyn runs again on every compilation change.</summary>
    private static readonly string[] LaterSteps =
        { TrackingNames.Specs, TrackingNames.Names, TrackingNames.AllNames, TrackingNames.Findings, TrackingNames.AllFindings };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile([.. Samples.All, Samples.Unrelated]);
        return (GeneratorHarness.CreateDriver().RunGenerators(compilation), compilation);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps
            .Where(s => AllSteps.Contains(s.Key))
            .SelectMany(s => s.Value.SelectMany(run => run.Outputs.Select(o => (s.Key, o.Reason))));

    [Fact]
    public void Running_again_on_the_same_compilation_reuses_every_step()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(compilation.Clone());

        Assert.All(Reasons(driver), r => Assert.Contains(r.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Editing_an_unrelated_file_re_runs_no_step_after_the_evaluation_and_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        var unrelated = compilation.SyntaxTrees.Single(t => t.FilePath == "Workflow3.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(unrelated,
            unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Samples.Unrelated.Replace("x * 2", "x + x")))));

        var reasons = Reasons(driver).ToList();
        // The transform evaluates Define() again (the semantic model is new) and finds the same model...
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged],
            reasons.Where(r => r.Step == TrackingNames.Machines).Select(r => r.Reason));
        // ...so validation, writing, emitting and the name check do not run at all.
        Assert.All(reasons.Where(r => LaterSteps.Contains(r.Step)), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Reason));
        Assert.Equal(LaterSteps.Order(), reasons.Select(r => r.Step).Where(LaterSteps.Contains).Distinct().Order());
    }

    [Fact]
    public void Editing_one_workflow_regenerates_that_workflow_only()
    {
        var (driver, compilation) = FirstRun();
        var nested = compilation.SyntaxTrees.Single(t => t.FilePath == "Workflow0.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(nested,
            nested.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Samples.NestedWorkflow.Replace("Seconds(1)", "Seconds(2)")))));

        var reasons = Reasons(driver).ToList();
        foreach (var step in new[] { TrackingNames.Machines, TrackingNames.Specs })
        {
            var outputs = reasons.Where(r => r.Step == step).Select(r => r.Reason).ToList();
            Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(1, outputs.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }
        // The machine's name did not change, so the duplicate-name check does not run again.
        Assert.All(reasons.Where(r => r.Step == TrackingNames.AllNames), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Reason));
    }

    [Fact]
    public void The_output_check_is_part_of_the_evaluated_machine_so_an_unrelated_edit_keeps_its_warning_cached()
    {
        const string typed = """
            #nullable enable
            using Asl;
            using static Asl.States;

            namespace Sample;

            public sealed record Order(string OrderId, decimal Total);

            [StateMachine(QueryLanguage = QueryLanguage.JsonAta)]
            public partial class Typed : IStateMachine<Order, Order>
            {
                public static Workflow Define() => Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.Total }));
            }
            """;
        var compilation = GeneratorHarness.Compile(typed, Samples.Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var unrelated = compilation.SyntaxTrees.Single(t => t.FilePath == "Workflow1.cs");

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(unrelated,
            unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Samples.Unrelated.Replace("x * 2", "x + x")))));

        var reasons = Reasons(driver).ToList();
        Assert.All(reasons.Where(r => r.Step == TrackingNames.Machines), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r.Reason));
        Assert.All(reasons.Where(r => LaterSteps.Contains(r.Step)), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Reason));
        Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == "ASL0043");
    }

    [Fact]
    public void Specs_hold_no_symbols_syntax_or_compilations()
    {
        var (driver, _) = FirstRun();

        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(s => AllSteps.Contains(s.Key)))
            foreach (var output in step.Value.SelectMany(run => run.Outputs))
                AssertPlainData(output.Value, step.Key, 0);
    }

    private static void AssertPlainData(object? value, string step, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"Step {step} holds a {value.GetType().Name}, which defeats caching.");
        if (value is System.Collections.IEnumerable sequence)
        {
            foreach (var item in sequence) AssertPlainData(item, step, depth + 1);
            return;
        }
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            AssertPlainData(property.GetValue(value), step, depth + 1);
    }
}
