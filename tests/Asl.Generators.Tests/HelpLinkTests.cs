extern alias generator;

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StateMachineGenerator = generator::Asl.Generators.StateMachineGenerator;

namespace Asl.Generators.Tests;

/// <summary>The help links resolve where the user's build says the docs are (the Asl.Dsl package ships them).</summary>
public class HelpLinkTests
{
    private const string Broken = """
        using Asl;
        using static Asl.States;

        [StateMachine]
        public partial class Broken : IStateMachine
        {
            public static Workflow Define() => Workflow.StartWith(Pass("A").Next("Missing")).Then(Pass("B"));
        }
        """;

    [Fact]
    public void Without_a_docs_base_the_links_point_to_the_repository_docs()
    {
        var link = Assert.Single(Run(docsBase: null), d => d.Id == "ASL1041").Descriptor.HelpLinkUri;

        Assert.Equal("https://github.com/asl-dotnet/asl/blob/main/docs/rules/ASL1041.md", link);
    }

    [Fact]
    public void The_AslHelpLinkBase_build_property_moves_every_link_under_it()
    {
        var link = Assert.Single(Run("file:///home/me/.nuget/packages/asl.dsl/0.1.0/docs/"), d => d.Id == "ASL1041").Descriptor.HelpLinkUri;

        Assert.Equal("file:///home/me/.nuget/packages/asl.dsl/0.1.0/docs/rules/ASL1041.md", link);
    }

    private static ImmutableArray<Diagnostic> Run(string? docsBase)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new StateMachineGenerator().AsSourceGenerator()],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new BuildProperties(docsBase));
        return driver.RunGenerators(GeneratorHarness.Compile(Broken)).GetRunResult().Diagnostics;
    }

    private sealed class BuildProperties(string? docsBase) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(docsBase);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class Options(string? docsBase) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == "build_property.AslHelpLinkBase" ? docsBase : null;
            return value is not null;
        }
    }
}
