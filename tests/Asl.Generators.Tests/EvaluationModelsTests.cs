extern alias generator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using EvaluationModels = generator::Asl.Generators.Parsing.EvaluationModels;

namespace Asl.Generators.Tests;

public class EvaluationModelsTests
{
    [Fact]
    public void Models_for_evaluation_skip_the_nullable_flow_analysis_of_a_nullable_enabled_project()
    {
        var compilation = GeneratorHarness.Compile(Samples.All)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var tree = compilation.SyntaxTrees.First();

        var model = EvaluationModels.For(compilation, tree);

#pragma warning disable RSEXPERIMENTAL001 // the property that tells is as experimental as the option
        Assert.True(model.NullableAnalysisIsDisabled);
        Assert.False(compilation.GetSemanticModel(tree).NullableAnalysisIsDisabled);
#pragma warning restore RSEXPERIMENTAL001
        Assert.Same(tree, model.SyntaxTree);
    }
}
