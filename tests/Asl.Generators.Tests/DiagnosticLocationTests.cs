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
    public void Value_that_is_not_a_compile_time_value_is_reported_on_the_expression_that_reads_it()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A").Result(System.DateTime.Now.Ticks))""");

        var diagnostic = Single(source, "ASL0001");

        Assert.Equal("System.DateTime.Now", Spanned(diagnostic, source));
        Assert.Contains("reads the clock", diagnostic.GetMessage());
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

    [Fact]
    public void Missing_Define_is_reported_on_the_class_name()
    {
        var source = """
            using Asl;
            [StateMachine]
            public partial class NoDefine { }
            """;

        var diagnostic = Single(source, "ASL0002");

        Assert.Equal("NoDefine", Spanned(diagnostic, source));
    }

    [Fact]
    public void Define_with_parameters_is_reported_on_its_name()
    {
        var source = """
            using Asl;
            using static Asl.States;
            [StateMachine]
            public partial class WithParameters { public static Workflow Define(int x) => Workflow.StartWith(Pass("A")); }
            """;

        var diagnostic = Single(source, "ASL0002");

        Assert.Equal("Define", Spanned(diagnostic, source));
    }

    [Fact]
    public void Value_the_workflow_rejects_is_reported_on_the_call()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A").Result(Input.At("$.x")))""");

        var diagnostic = Single(source, "ASL0003");

        Assert.Contains("$.x", diagnostic.GetMessage());
        Assert.Equal("Input.At(\"$.x\")", Spanned(diagnostic, source));
    }

    [Fact]
    public void A_catcher_given_both_a_result_path_and_discard_error_is_reported_on_the_catch_call()
    {
        var source = Workflow("""Workflow.StartWith(LambdaInvoke("L", "fn").Catch(Errors.All, "Failed", resultPath: "$.error", discardError: true)).Then(Fail("Failed"))""");

        var diagnostic = Single(source, "ASL0003");

        Assert.Contains("takes resultPath or discardError: true, not both", diagnostic.GetMessage());
        Assert.Equal("true", Spanned(diagnostic, source));
    }

    [Fact]
    public void Run_to_completion_in_an_express_machine_is_reported_on_the_pattern_call()
    {
        var source = Workflow("""Workflow.StartWith(StartExecution<ChildWorkflow>("Start").RunToCompletion().Input(new ChildInput(false)))""")
            .Replace("[StateMachine]\npublic partial class Parent", "[StateMachine(Type = StateMachineType.Express)]\npublic partial class Parent");

        var diagnostic = Single(source, "ASL0006");

        Assert.Equal("RunToCompletion", Spanned(diagnostic, source));
        Assert.DoesNotContain(GeneratorHarness.Run(source).Result.Diagnostics, d => d.Id == "ASL1120");
    }

    [Fact]
    public void Two_machines_with_one_name_are_reported_on_the_second_class()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A"))""").Replace("[StateMachine]\npublic partial class Parent", "[StateMachine(Name = \"Child\")]\npublic partial class Parent");

        var diagnostic = Single(source, "ASL0007");

        Assert.Equal("Parent", Spanned(diagnostic, source));
    }

    [Fact]
    public void Class_that_is_not_partial_is_reported_on_its_name()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A"))""").Replace("public partial class Parent", "public class Parent");

        var diagnostic = Single(source, "ASL0008");

        Assert.Equal("Parent", Spanned(diagnostic, source));
    }

    [Fact]
    public void Lambda_given_where_a_value_is_expected_is_reported_as_unsupported_syntax()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A").Result(((System.Func<int>)(() => 1))))""");

        var diagnostic = Single(source, "ASL0010");

        Assert.Equal("() => 1", Spanned(diagnostic, source));
    }

    [Fact]
    public void Lambda_given_to_a_nested_builder_is_evaluated_and_findings_inside_it_are_located()
    {
        var source = Workflow("""Workflow.StartWith(Parallel("Fan out").Branch(b => b.StartWith(Pass("Inner").Next("Gone"))))""");

        var diagnostic = Single(source, "ASL1041");

        Assert.Equal("\"Gone\"", Spanned(diagnostic, source));
    }

    [Fact]
    public void Lambda_with_a_block_body_is_evaluated_and_findings_inside_it_are_located()
    {
        var source = Workflow("""Workflow.StartWith(Parallel("Fan out").Branch(b => { var inner = Pass("Inner"); return b.StartWith(inner.Next("Gone")); }))""");

        var diagnostic = Single(source, "ASL1041");

        Assert.Equal("\"Gone\"", Spanned(diagnostic, source));
    }

    [Fact]
    public void Validator_warning_is_reported_as_a_warning_on_the_state()
    {
        var source = Workflow("""Workflow.StartWith(Choice("Pick").When(Condition.BooleanEquals("$.ok", true), Pass("Yes")))""");

        var diagnostic = Single(source, "ASL1140");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("\"Pick\"", Spanned(diagnostic, source));
    }

    [Fact]
    public void Choice_without_rules_is_reported_on_the_state_as_AWS_rejects_it()
    {
        var source = Workflow("""Workflow.StartWith(Choice("Pick").Otherwise("Done")).Then(Succeed("Done"))""");

        var diagnostic = Single(source, "ASL1130");

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("\"Pick\"", Spanned(diagnostic, source));
        Assert.Contains("\"Choices\" is empty", diagnostic.GetMessage());
    }

    [Fact]
    public void Finding_inside_a_payload_member_is_reported_on_that_members_expression()
    {
        var source = Workflow("""Workflow.StartWith(Pass("A").Parameters(new { Ok = Input.At("$.ok"), Bad = Input.At("$.a b"), Fixed = 1 }))""");

        var diagnostic = Single(source, "ASL1201");

        Assert.Equal("Input.At(\"$.a b\")", Spanned(diagnostic, source));
    }

    [Fact]
    public void Finding_inside_a_record_member_given_through_a_helper_is_reported_on_the_callers_argument()
    {
        var source = Workflow("""Workflow.StartWith(Start("Go", Input.At("$.a b")))""")
            .Replace("public static Workflow Define()", """
                private static StartExecutionBuilder Start(string name, string token) => StartExecution<ChildWorkflow>(name).WaitForTaskToken().Input(new ChildInput(true, TaskToken: token));

                public static Workflow Define()
            """);

        var diagnostic = Single(source, "ASL1201");

        Assert.Equal("Input.At(\"$.a b\")", Spanned(diagnostic, source));
    }

    [Fact]
    public void The_compile_time_message_names_real_helpers()
    {
        var diagnostic = Single(Workflow("""Workflow.StartWith(Pass("A").Result(System.Environment.MachineName))"""), "ASL0001");

        Assert.DoesNotContain("JsonPath.At", diagnostic.GetMessage());
        Assert.Contains("Input.At(\"$.path\")", diagnostic.GetMessage());
    }

    [Fact]
    public void Misspelt_error_name_in_a_shared_static_readonly_array_is_reported_on_that_string()
    {
        var source = Workflow("""Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Retry(TransientErrors, maxAttempts: 3))""")
            .Replace("public static Workflow Define()", """
                private static readonly string[] TransientErrors = { Errors.TaskFailed, "States.Timout" };

                public static Workflow Define()
            """);

        var diagnostic = Single(source, "ASL1311");

        Assert.Equal("\"States.Timout\"", Spanned(diagnostic, source));
    }
}
