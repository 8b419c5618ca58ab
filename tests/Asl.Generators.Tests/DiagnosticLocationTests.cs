using Microsoft.CodeAnalysis;

namespace Asl.Generators.Tests;

public class DiagnosticLocationTests
{
    private static string Workflow(string body) => $$"""
        using Asl;
        using static Asl.States;

        namespace Sample;

        public sealed record ChildInput(bool NeedCallback, string? TaskToken = null);

        [StateMachine(Name = "Child")]
        public partial class ChildWorkflow : IStateMachine<ChildInput, string>
        {
            public static Workflow Define() => Workflow.StartWith(Pass("Done"));
        }

        [StateMachine]
        public partial class Parent : IStateMachine<ChildInput, string>
        {
            public static Workflow Define() => {{body}};
        }
        """;

    private static Diagnostic Single(string source, string id)
    {
        var (result, _) = GeneratorHarness.Run(source);
        return Assert.Single(result.Diagnostics, d => d.Id == id);
    }

    private static string Spanned(Diagnostic diagnostic, string source) =>
        source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [Fact]
    public void Dangling_Next_is_reported_on_the_Next_argument()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A").Next("Missing")).Then(Pass("B"))""");

        var diagnostic = Single(source, "ASL1041");

        Assert.Equal("\"Missing\"", Spanned(diagnostic, source));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Duplicate_state_name_is_reported_on_the_second_declaration()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A")).Then(Pass("B")).Then(Pass("A"))""");

        var diagnostic = Single(source, "ASL1046");

        Assert.Equal(source.LastIndexOf("\"A\"", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void Argument_that_is_not_a_compile_time_value_is_reported_on_that_argument()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A").Result(System.DateTime.Now.Ticks))""");

        var diagnostic = Single(source, "ASL0001");

        Assert.Equal("System.DateTime.Now.Ticks", Spanned(diagnostic, source));
    }

    [Fact]
    public void Child_input_of_the_wrong_type_is_reported_on_the_input_argument()
    {
        var source = Workflow("""Workflow.StartWith(StartExecution<ChildWorkflow>("Start").Input(new { NeedCallback = "yes" }))""");

        var diagnostic = Single(source, "ASL0004");

        Assert.Equal("new { NeedCallback = \"yes\" }", Spanned(diagnostic, source));
    }

    [Fact]
    public void Callback_task_without_the_task_token_is_reported()
    {
        var source = Workflow("""Workflow.StartWith(StartExecution<ChildWorkflow>("Start").WaitForTaskToken().Input(new ChildInput(true)))""");

        var diagnostic = Single(source, "ASL0005");

        Assert.Equal("new ChildInput(true)", Spanned(diagnostic, source));
    }
}
