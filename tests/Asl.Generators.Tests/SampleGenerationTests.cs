using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Tests;

public class SampleGenerationTests
{
    [Fact]
    public void Sample_workflows_generate_definitions_JSON_equal_to_the_reference_with_no_diagnostics()
    {
        var (result, compilerDiagnostics) = GeneratorHarness.Run(Samples.All);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(2, sources.Length);
        AssertJsonEqual("nested-state-machine.asl.json", GeneratedConstant(sources, "NestedWorkflowSample.Workflows.NestedWorkflow.Asl.g.cs", "Definition"));
        AssertJsonEqual("main-state-machine.asl.json", GeneratedConstant(sources, "NestedWorkflowSample.Workflows.MainWorkflow.Asl.g.cs", "Definition"));
    }

    [Fact]
    public void Main_workflow_lists_the_child_machine_substitution_with_its_class_and_patterns()
    {
        var (result, _) = GeneratorHarness.Run(Samples.All);

        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "NestedWorkflowSample.Workflows.MainWorkflow.Asl.g.cs").SourceText.ToString();
        Assert.Contains("new global::Asl.Substitution(\"NestingPatternAnotherStateMachineArn\", \"NestingPatternAnotherStateMachine\", static () => global::NestedWorkflowSample.Workflows.NestedWorkflow.Info, global::Asl.IntegrationPattern.RequestResponse, global::Asl.IntegrationPattern.RunJobJson, global::Asl.IntegrationPattern.WaitForTaskToken)", source);
    }

    [Fact]
    public void Generated_sources_match_their_baselines()
    {
        var (result, _) = GeneratorHarness.Run(Samples.All);

        foreach (var source in result.Results.Single().GeneratedSources)
            Baseline.Match(source.HintName + ".verified.txt", source.SourceText.ToString());
    }

    internal static string GeneratedConstant(IEnumerable<GeneratedSourceResult> sources, string hintName, string constant)
    {
        var tree = sources.Single(s => s.HintName == hintName).SyntaxTree;
        var declarator = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Single(v => v.Identifier.ValueText == constant);
        return ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)declarator.Initializer!.Value).Token.ValueText;
    }

    private static void AssertJsonEqual(string referenceFile, string generated)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", referenceFile)));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(generated)), $"Generated:\n{generated}");
    }
}
