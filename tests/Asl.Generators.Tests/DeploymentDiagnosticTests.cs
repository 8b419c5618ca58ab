using Microsoft.CodeAnalysis;

namespace Asl.Generators.Tests;

/// <summary>
/// What the generator says about a machine's deployment: wildcards granted (ASL0902) and permissions it cannot grant
/// (ASL0903) on the C# state that needs them, and invalid deployment settings (ASL0013, ASL0014) on the attribute
/// argument that sets them; and the permissions and settings it records for the build task.
/// </summary>
public class DeploymentDiagnosticTests
{
    private static string Workflow(string attribute, string body, string extraAttributes = "") => $$"""
        using Asl;
        using static Asl.States;

        namespace Sample;

        [StateMachine({{attribute}})]{{extraAttributes}}
        public partial class Orders : IStateMachine
        {
            public static Workflow Define() => {{body}};
        }
        """;

    private static (IReadOnlyList<Diagnostic> Diagnostics, string Generated) Run(string source)
    {
        var (result, _) = GeneratorHarness.Run(source);
        return (result.Diagnostics, string.Concat(result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString())));
    }

    private static string Spanned(Diagnostic diagnostic, string source) =>
        source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    [Fact]
    public void A_topic_from_the_input_is_ASL0902_information_on_the_member_that_gives_it()
    {
        var source = Workflow("", """Workflow.StartWith(Task("Notify", "arn:aws:states:::sns:publish").Parameters(new { TopicArn = Input.At("$.topic"), Message = "done" }))""");

        var (diagnostics, _) = Run(source);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "ASL0902");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("Input.At(\"$.topic\")", Spanned(diagnostic, source));
        Assert.StartsWith("State 'Notify' takes its TopicArn from a path at run time, so the template grants sns:Publish on *", diagnostic.GetMessage());
        Assert.Equal("https://github.com/asl-dotnet/asl/blob/main/docs/diagnostics/ASL0902.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void A_permission_the_template_cannot_grant_is_an_ASL0903_warning_on_the_state_not_the_project()
    {
        var source = Workflow("", """Workflow.StartWith(Task("Query", "arn:aws:states:::aws-sdk:dynamodb:executeStatement").Parameters(new { Statement = "SELECT * FROM Orders" }))""");

        var (diagnostics, _) = Run(source);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "ASL0903");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Workflow0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("\"Query\"", Spanned(diagnostic, source));
        Assert.Contains("dynamodb:PartiQLSelect", diagnostic.GetMessage());
    }

    [Fact]
    public void An_integration_with_documented_permissions_gets_no_diagnostic_and_is_recorded_for_the_template()
    {
        var source = Workflow("", """Workflow.StartWith(Task("Save", "arn:aws:states:::dynamodb:putItem").Parameters(new { TableName = "Orders", Item = new { Id = new { S = "1" } } }))""");

        var (diagnostics, generated) = Run(source);

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("ASL09", StringComparison.Ordinal));
        Assert.Contains("\"Asl.StateMachine.Permissions:Orders\"", generated);
        Assert.Contains("dynamodb:PutItem", generated);
        Assert.DoesNotContain("Asl.StateMachine.Settings:Orders", generated);
    }

    [Fact]
    public void Deployment_settings_are_recorded_for_the_template()
    {
        var source = Workflow("LogLevel = StateMachineLogLevel.All, Tracing = true, Alias = \"live\"", """Workflow.StartWith(Pass("P"))""",
            "\n[StateMachineTag(\"team\", \"payments\")]");

        var (diagnostics, generated) = Run(source);

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("\"Asl.StateMachine.Settings:Orders\"", generated);
        Assert.Contains("4:team8:payments", generated);
        Assert.Contains("xray:PutTraceSegments", generated);
    }

    [Fact]
    public void An_invalid_setting_is_ASL0013_on_the_attribute_argument_that_sets_it()
    {
        var source = Workflow("LogLevel = StateMachineLogLevel.All, LogRetentionDays = 10", """Workflow.StartWith(Pass("P"))""");

        var (diagnostics, _) = Run(source);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "ASL0013");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("LogRetentionDays = 10", Spanned(diagnostic, source));
        Assert.StartsWith("LogRetentionDays 10 is no retention period CloudWatch Logs offers", diagnostic.GetMessage());
    }

    [Fact]
    public void A_reserved_tag_is_ASL0013_on_its_attribute_and_a_setting_without_effect_is_ASL0014()
    {
        var source = Workflow("LogExecutionData = true", """Workflow.StartWith(Pass("P"))""", "\n[StateMachineTag(\"team\", \"a\")]\n[StateMachineTag(\"aws:owner\", \"b\")]");

        var (diagnostics, _) = Run(source);

        Assert.Equal("StateMachineTag(\"aws:owner\", \"b\")", Spanned(Assert.Single(diagnostics, d => d.Id == "ASL0013"), source));
        var ineffective = Assert.Single(diagnostics, d => d.Id == "ASL0014");
        Assert.Equal(DiagnosticSeverity.Warning, ineffective.Severity);
        Assert.Equal("LogExecutionData = true", Spanned(ineffective, source));
    }
}
