extern alias generator;

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StateMachineGenerator = generator::Asl.Generators.StateMachineGenerator;

namespace Asl.Generators.Tests.DefinitionFiles;

/// <summary>Runs the generator on C# sources and definition files given as AdditionalFiles, as a build of a project in <see cref="ProjectDir"/> does.</summary>
internal static class DefinitionFileHarness
{
    public const string ProjectDir = "/src/Orders/";

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string? projectDir = ProjectDir) => CSharpGeneratorDriver.Create(
        [new StateMachineGenerator().AsSourceGenerator()],
        files,
        new CSharpParseOptions(LanguageVersion.Latest),
        new BuildProperties(projectDir),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs once: the result, the generated source of <paramref name="className"/>, and the compiler's errors afterwards.</summary>
    public static Outcome Run(string source, params AdditionalText[] files) => Run(source, ProjectDir, files);

    public static Outcome Run(string source, string? projectDir, params AdditionalText[] files)
    {
        var compilation = GeneratorHarness.Compile(source);
        CreateDriver(files, projectDir).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Outcome(diagnostics, output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList(), output);
    }

    public static AdditionalText File(string relativePath, string text) => new InMemoryText(ProjectDir + relativePath, text);

    internal sealed record Outcome(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> CompilerErrors, Compilation Compilation)
    {
        public string Generated(string className) =>
            Compilation.SyntaxTrees.Select(t => t.ToString()).Single(t => t.Contains("partial class " + className + "\n") || t.Contains("partial class " + className + "\r\n"));
    }

    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BuildProperties(string? projectDir) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(projectDir);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class Options(string? projectDir) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == "build_property.ProjectDir" ? projectDir : null;
            return value is not null;
        }
    }
}
