using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Tests;

public class SampleGenerationTests
{
    private const string NestedWorkflow = """
        using Asl;
        using static Asl.States;

        namespace Sample;

        public sealed record NestedInput(bool NeedCallback, string? TaskToken = null);

        [StateMachine(Name = "NestingPatternAnotherStateMachine")]
        public partial class NestedWorkflow : IStateMachine<NestedInput, string>
        {
            public static Workflow Define() => Workflow
                .StartWith(Wait("First long-running job").Seconds(1))
                .Then(Choice("Need callback?")
                    .When(Condition.BooleanEquals("$.NeedCallback", true),
                        LambdaInvoke("Callback", "${NestingPatternCallbackLambdaFunction}")
                            .Payload(new
                            {
                                TaskToken = Context.ExecutionInputAt(".TaskToken"),
                                Message = "Callback right after the first long-running job is completed",
                            })
                            .Next("Second long-running job"))
                    .Otherwise("Second long-running job"))
                .Then(Wait("Second long-running job").Seconds(1))
                .Then(Pass("Report completion").Result("The whole execution is completed including both long-running jobs"));
        }
        """;

    private const string MainWorkflow = """
        using Asl;
        using static Asl.States;

        namespace Sample;

        [StateMachine(Name = "NestingPatternMainStateMachine")]
        public partial class MainWorkflow : IStateMachine<NestedInput, string[]>
        {
            public static Workflow Define() => Workflow
                .StartWith(StartExecution<NestedWorkflow>("Start new workflow and continue")
                    .Comment("Start an execution of another Step Functions state machine and continue")
                    .Input(new NestedInput(NeedCallback: false))
                    .AssociateWithParent())
                .Then(Parallel("Start in parallel")
                    .Comment("Start two executions of the same state machine in parallel")
                    .Branch(StartExecution<NestedWorkflow>("Start new workflow and wait for completion")
                        .Comment("Start an execution and wait for its completion")
                        .RunToCompletion()
                        .Input(new NestedInput(NeedCallback: false))
                        .AssociateWithParent()
                        .OutputPath("$.Output"))
                    .Branch(StartExecution<NestedWorkflow>("Start new workflow and wait for callback")
                        .Comment("Start an execution and wait for it to call back with a task token")
                        .WaitForTaskToken()
                        .Input(new NestedInput(NeedCallback: true, TaskToken: Context.TaskToken))
                        .AssociateWithParent()))
                .Comment("An example of combining workflows using a Step Functions StartExecution task state with various integration patterns.");
        }
        """;

    [Fact]
    public void Sample_workflows_generate_definitions_JSON_equal_to_the_reference_with_no_diagnostics()
    {
        var (result, compilerDiagnostics) = GeneratorHarness.Run(NestedWorkflow, MainWorkflow);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(2, sources.Length);
        AssertJsonEqual("nested-state-machine.asl.json", GeneratedConstant(sources, "Sample.NestedWorkflow.Asl.g.cs", "Definition"));
        AssertJsonEqual("main-state-machine.asl.json", GeneratedConstant(sources, "Sample.MainWorkflow.Asl.g.cs", "Definition"));
    }

    [Fact]
    public void Main_workflow_lists_the_child_machine_substitution_with_its_pattern()
    {
        var (result, _) = GeneratorHarness.Run(NestedWorkflow, MainWorkflow);

        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Sample.MainWorkflow.Asl.g.cs").SourceText.ToString();
        Assert.Contains("new global::Asl.Substitution(\"NestingPatternAnotherStateMachineArn\", global::Asl.SubstitutionKind.StateMachine, \"NestingPatternAnotherStateMachine\", global::Asl.IntegrationPattern.RequestResponse, global::Asl.IntegrationPattern.RunJobJson, global::Asl.IntegrationPattern.WaitForTaskToken)", source);
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
