extern alias generator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using static Asl.Generators.Tests.DefinitionFiles.DefinitionFileHarness;
using TrackingNames = generator::Asl.Generators.TrackingNames;

namespace Asl.Generators.Tests.DefinitionFiles;

/// <summary>Editing a definition file re-runs only its machine's steps; other edits re-run none of them.</summary>
public class DefinitionFileIncrementalityTests
{
    private const string Sources = """
        using Asl;

        [StateMachine(DefinitionFile = "flows/orders.asl.json")]
        public partial class Orders : IStateMachine { }

        [StateMachine(DefinitionFile = "flows/refunds.asl.json")]
        public partial class Refunds : IStateMachine { }

        public static class Helper { public static int Twice(int x) => x * 2; }
        """;

    private static string Machine(string comment) => $$"""
        { "Comment": "{{comment}}", "StartAt": "Done", "States": { "Done": { "Type": "Succeed" } } }
        """;

    private static readonly AdditionalText OrdersFile = File("flows/orders.asl.json", Machine("orders"));
    private static readonly AdditionalText RefundsFile = File("flows/refunds.asl.json", Machine("refunds"));
    private static readonly AdditionalText Readme = File("README.json", "{}");

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile(Sources);
        var driver = CreateDriver([OrdersFile, RefundsFile, Readme]).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(run => run.Outputs.Select(o => o.Reason)).ToList()
            : [];

    [Fact]
    public void Editing_a_definition_file_re_runs_only_the_steps_of_its_machine()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.ReplaceAdditionalText(OrdersFile, File("flows/orders.asl.json", Machine("orders, edited"))).RunGenerators(compilation);

        // The edited file is read again; the others are not.
        Assert.Equal(1, Reasons(driver, TrackingNames.DefinitionFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, Reasons(driver, TrackingNames.DefinitionFiles).Count(r => r == IncrementalStepRunReason.Cached));
        // The other machine finds its file unchanged, so it is neither validated nor emitted again.
        foreach (var step in new[] { TrackingNames.Described, TrackingNames.Specs })
        {
            var reasons = Reasons(driver, step);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        }
        var generated = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Orders.Asl.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("orders, edited", generated);
    }

    [Fact]
    public void Editing_unrelated_CSharp_or_another_file_re_runs_nothing_of_a_definition_file_machine()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Single();

        driver = driver
            .ReplaceAdditionalText(Readme, File("README.json", "{ \"edited\": true }"))
            .RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Sources.Replace("x * 2", "x + x")))));

        Assert.Equal(2, Reasons(driver, TrackingNames.DefinitionFiles).Count(r => r == IncrementalStepRunReason.Cached));
        foreach (var step in new[] { TrackingNames.Described, TrackingNames.Specs })
            Assert.All(Reasons(driver, step), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.NotEmpty(Reasons(driver, TrackingNames.Specs));
    }

    [Fact]
    public void Definition_files_are_plain_data()
    {
        var (driver, _) = FirstRun();

        foreach (var step in new[] { TrackingNames.DefinitionFiles, TrackingNames.Described })
            foreach (var output in driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(run => run.Outputs))
                Assert.DoesNotContain(output.Value.GetType().GetProperties(), p => typeof(ISymbol).IsAssignableFrom(p.PropertyType)
                    || typeof(SyntaxNode).IsAssignableFrom(p.PropertyType) || typeof(AdditionalText).IsAssignableFrom(p.PropertyType)
                    || typeof(Microsoft.CodeAnalysis.Text.SourceText).IsAssignableFrom(p.PropertyType));
    }
}
