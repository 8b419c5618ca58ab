extern alias generator;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StateMachineGenerator = generator::Asl.Generators.StateMachineGenerator;

namespace Asl.Cli.Tests.Import;

/// <summary>Compiles imported C# as a user's build does: the real compiler, the real generator, against Asl.Dsl.</summary>
internal static class ImportCompiler
{
    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <summary>The definition the generator wrote for <paramref name="className"/>, or a description of what went wrong.</summary>
    public static (string? Definition, string Problems) Definition(string source, string className)
    {
        var compilation = CSharpCompilation.Create("Imported",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: className + ".cs")],
            References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new StateMachineGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var problems = generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id + " " + d.GetMessage())
            .ToList();
        var type = output.GetTypeByMetadataName(className);
        var definition = type?.GetMembers("Definition").OfType<IFieldSymbol>().SingleOrDefault()?.ConstantValue as string;
        return (definition is { Length: > 0 } ? definition : null, string.Join("; ", problems));
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Asl.Workflow).Assembly.Location)
            .Append(typeof(Asl.Model.StateMachine).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
