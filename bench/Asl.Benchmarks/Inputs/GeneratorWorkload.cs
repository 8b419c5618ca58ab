using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Asl.Benchmarks.Inputs;

/// <summary>
/// A user project of <c>machines</c> workflows of <c>states</c> states each (and, with <c>loops</c>, one more workflow
/// built by helper methods and loops), compiled against Asl.Dsl the way a build compiles it, and a real generator.
/// Syntax trees are parsed once; every compilation made from them is fresh, so nothing bound in one run is reused by
/// the next except through the driver's own cache.
/// </summary>
public sealed class GeneratorWorkload
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();
    private readonly ImmutableArray<SyntaxTree> _trees;

    public GeneratorWorkload(int machines, int states, bool loops = false, string version = GeneratorVersions.After)
    {
        Machines = machines + (loops ? 1 : 0);
        Version = version;
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        trees.Add(Parse(WorkflowSources.Shared, "Shared.cs"));
        trees.Add(Parse(WorkflowSources.Unrelated, WorkflowSources.UnrelatedFileName));
        for (var i = 1; i <= machines; i++) trees.Add(Parse(WorkflowSources.Workflow(i, states), WorkflowSources.FileName(i)));
        if (loops) trees.Add(Parse(WorkflowSources.LoopWorkflow, WorkflowSources.LoopFileName));
        _trees = trees.ToImmutable();
    }

    /// <summary>How many workflows the project has.</summary>
    public int Machines { get; }

    /// <summary>Which generator runs (<see cref="GeneratorVersions"/>).</summary>
    public string Version { get; }

    /// <summary>A new compilation of the project, with nothing bound yet.</summary>
    public CSharpCompilation Compile() => CSharpCompilation.Create("BenchProject", _trees, References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver that has not run yet. Step tracking costs time, so only the step check turns it on.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [GeneratorVersions.Create(Version).AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary><paramref name="compilation"/> with the unrelated file's method body changed.</summary>
    public static CSharpCompilation EditUnrelated(CSharpCompilation compilation, int version) =>
        Replace(compilation, WorkflowSources.UnrelatedFileName, _ => WorkflowSources.EditUnrelated(version));

    /// <summary><paramref name="compilation"/> with one Wait of the first workflow changed.</summary>
    public static CSharpCompilation EditFirstWorkflow(CSharpCompilation compilation, int version) =>
        Replace(compilation, WorkflowSources.FileName(1), text => WorkflowSources.EditWorkflow(text, version));

    /// <summary>
    /// Runs the generator on a fresh compilation and checks it produced one source per workflow and no error (the
    /// baseline generator may report that it cannot evaluate the loop workflow, and emit nothing for it).
    /// </summary>
    public GeneratorDriver RunAndCheck(bool trackSteps)
    {
        var driver = NewDriver(trackSteps).RunGenerators(Compile());
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Where(d => Version == GeneratorVersions.After || d.Location.GetLineSpan().Path != WorkflowSources.LoopFileName).ToList();
        var expected = Version == GeneratorVersions.After ? Machines : result.GeneratedTrees.Length;
        if (errors.Count > 0 || result.GeneratedTrees.Length != expected)
            throw new InvalidOperationException($"The generator made {result.GeneratedTrees.Length} sources for {Machines} workflows, with {errors.Count} errors: "
                + string.Join("; ", errors.Take(5)));
        return driver;
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string fileName, Func<string, string> edit)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == fileName);
        var edited = edit(tree.GetText().ToString());
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));
    }

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Workflow).Assembly.Location)
            .Append(typeof(Asl.Model.StateMachine).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
