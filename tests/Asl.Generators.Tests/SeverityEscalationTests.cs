using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Asl.Generators.Tests;

/// <summary>
/// Rule warnings are ordinary Roslyn diagnostics, so a team makes them errors with the compiler's own switches:
/// <c>dotnet_diagnostic.ASL1140.severity = error</c> in a global analyzer config (<c>.globalconfig</c>, or an
/// .editorconfig with <c>is_global = true</c>), <c>&lt;WarningsAsErrors&gt;ASL1140&lt;/WarningsAsErrors&gt;</c> or
/// <c>&lt;TreatWarningsAsErrors&gt;</c>, or per file in the <c>[*.cs]</c> sections of an ordinary .editorconfig.
/// The compiler hands those to the generator driver as compilation options.
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

    [Fact]
    public void An_editorconfig_section_for_one_file_sets_the_rule_severity_in_that_file_only()
    {
        // An ordinary (not global) .editorconfig, read by Roslyn's own parser: its [Picker.cs] section applies to the
        // findings located in Picker.cs, which needs them reported in the syntax tree rather than at a file position.
        var config = AnalyzerConfigSet.Create(new[]
        {
            AnalyzerConfig.Parse("root = true\n\n[Picker.cs]\ndotnet_diagnostic.ASL1140.severity = error\n", "/src/.editorconfig"),
        });
        var compilation = GeneratorHarness.Compile(ChoiceWithoutDefault, ChoiceWithoutDefault.Replace("Picker", "Chooser"));
        foreach (var (tree, name) in compilation.SyntaxTrees.Zip(new[] { "Picker.cs", "Chooser.cs" }))
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithFilePath("/src/" + name));
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfigSections(config)));

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var findings = diagnostics.Where(d => d.Id == "ASL1140").ToDictionary(d => Path.GetFileName(d.Location.GetLineSpan().Path));
        Assert.Equal(DiagnosticSeverity.Error, findings["Picker.cs"].Severity);
        Assert.Equal(DiagnosticSeverity.Warning, findings["Chooser.cs"].Severity);
        Assert.All(findings.Values, d => Assert.NotNull(d.Location.SourceTree));
    }

    private static DiagnosticSeverity ReportedSeverity(Func<CSharpCompilationOptions, CSharpCompilationOptions> configure)
    {
        var compilation = GeneratorHarness.Compile(ChoiceWithoutDefault);
        compilation = compilation.WithOptions(configure(compilation.Options));

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        return Assert.Single(diagnostics, d => d.Id == "ASL1140").Severity;
    }

    /// <summary>What the compiler builds from .editorconfig files: the severities of the sections that match each tree's path.</summary>
    private sealed class EditorConfigSections(AnalyzerConfigSet config) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value) =>
            config.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out value);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value) =>
            config.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out value);
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
