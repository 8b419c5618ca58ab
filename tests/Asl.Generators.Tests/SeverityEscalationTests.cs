using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Asl.Generators.Tests;

/// <summary>
/// Rule warnings are ordinary Roslyn diagnostics, so a team makes them errors with the compiler's own switches:
/// <c>dotnet_diagnostic.ASL1140.severity = error</c> in a global analyzer config (<c>.globalconfig</c>, or an
/// .editorconfig with <c>is_global = true</c>), <c>&lt;WarningsAsErrors&gt;ASL1140&lt;/WarningsAsErrors&gt;</c> or
/// <c>&lt;TreatWarningsAsErrors&gt;</c>. The compiler hands those to the generator driver as compilation options.
/// </summary>
public class SeverityEscalationTests
{
    private const string ChoiceWithoutDefault = """
        using Asl;
        using static Asl.States;

        namespace Sample;

        [StateMachine]
        public partial class Picker : IStateMachine
        {
            public static Workflow Define() => Workflow.StartWith(Choice("Pick").When(Condition.BooleanEquals("$.ok", true), Pass("Yes")));
        }
        """;

    [Fact]
    public void A_rule_warning_is_a_warning_by_default()
    {
        Assert.Equal(DiagnosticSeverity.Warning, ReportedSeverity(options => options));
    }

    [Fact]
    public void WarningsAsErrors_for_the_code_reports_the_rule_as_an_error()
    {
        var severity = ReportedSeverity(options => options.WithSpecificDiagnosticOptions(
            ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("ASL1140", ReportDiagnostic.Error)));

        Assert.Equal(DiagnosticSeverity.Error, severity);
    }

    [Fact]
    public void TreatWarningsAsErrors_reports_the_rule_as_an_error()
    {
        Assert.Equal(DiagnosticSeverity.Error, ReportedSeverity(options => options.WithGeneralDiagnosticOption(ReportDiagnostic.Error)));
    }

    [Fact]
    public void A_global_analyzer_config_severity_for_the_code_reports_the_rule_as_an_error()
    {
        var severity = ReportedSeverity(options => options.WithSyntaxTreeOptionsProvider(new EditorConfigSeverities("ASL1140", ReportDiagnostic.Error)));

        Assert.Equal(DiagnosticSeverity.Error, severity);
    }

    [Fact]
    public void A_global_analyzer_config_severity_of_none_silences_the_rule()
    {
        var compilation = GeneratorHarness.Compile(ChoiceWithoutDefault);
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfigSeverities("ASL1140", ReportDiagnostic.Suppress)));

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Id == "ASL1140");
    }

    private static DiagnosticSeverity ReportedSeverity(Func<CSharpCompilationOptions, CSharpCompilationOptions> configure)
    {
        var compilation = GeneratorHarness.Compile(ChoiceWithoutDefault);
        compilation = compilation.WithOptions(configure(compilation.Options));

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        return Assert.Single(diagnostics, d => d.Id == "ASL1140").Severity;
    }

    /// <summary>What the compiler builds from a global analyzer config: a severity for one diagnostic id.</summary>
    private sealed class EditorConfigSeverities(string id, ReportDiagnostic severity) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = severity;
            return diagnosticId == id;
        }
    }
}
