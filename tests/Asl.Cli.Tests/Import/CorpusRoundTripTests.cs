using System.Text;
using System.Text.Json.Nodes;
using Asl.Cli.Import;
using Asl.Json;
using Xunit.Abstractions;

namespace Asl.Cli.Tests.Import;

/// <summary>
/// asl import over every valid definition of the workflows collection: the imported C#, compiled with the real compiler
/// and generator, must give a definition JSON-equal to the file, and importing that definition again must give the same
/// C#. The definitions it cannot import are listed with their reason in import-exceptions.tsv (ASL_UPDATE_BASELINES=1
/// rewrites the list); a file that starts or stops failing, or fails for another reason, fails the test.
/// </summary>
public sealed class CorpusRoundTripTests(ITestOutputHelper log)
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.Root, "tests", "Corpora", "workflows-collection");
    private static readonly string ExceptionsFile = Path.Combine(RepositoryPaths.Root, "tests", "Asl.Cli.Tests", "Import", "import-exceptions.tsv");

    [Fact]
    public void Every_valid_corpus_definition_imports_to_CSharp_that_generates_it_again_or_is_a_listed_exception()
    {
        var valid = File.ReadAllLines(Path.Combine(Corpus, "labels.tsv"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Where(f => f[1] == "valid")
            .Select(f => f[0])
            .Order(StringComparer.Ordinal)
            .ToList();
        var exceptions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in valid)
        {
            var problem = RoundTrip(Path.Combine(Corpus, file));
            if (problem is not null) exceptions[file] = problem;
        }

        var rate = (valid.Count - exceptions.Count) * 100.0 / valid.Count;
        log.WriteLine($"asl import round trip: {valid.Count - exceptions.Count} of {valid.Count} valid definitions ({rate:F1}%)");
        var listed = new StringBuilder("# file\treason (CorpusRoundTripTests; ASL_UPDATE_BASELINES=1 rewrites this list)\n");
        foreach (var (file, reason) in exceptions) listed.Append(file).Append('\t').Append(reason).Append('\n');
        if (Environment.GetEnvironmentVariable("ASL_UPDATE_BASELINES") == "1") File.WriteAllText(ExceptionsFile, listed.ToString());
        Assert.Equal(File.ReadAllText(ExceptionsFile).ReplaceLineEndings("\n"), listed.ToString());
    }

    /// <summary>Null when the file imports, compiles, generates the same definition and imports again to the same C#; else why not.</summary>
    private static string? RoundTrip(string path)
    {
        var read = AslReader.ReadFile(path);
        if (read.Machine is not { } machine) return "unreadable";
        string csharp;
        try
        {
            csharp = CSharpImporter.Import(machine, "Imported", null, null);
        }
        catch (ImportNotSupportedException e)
        {
            return "not imported: " + e.Message;
        }
        var (definition, problems) = ImportCompiler.Definition(csharp, "Imported");
        if (definition is null) return "does not compile: " + problems;
        var input = JsonNode.Parse(File.ReadAllText(path));
        var generated = JsonNode.Parse(definition);
        if (!JsonEquality.AreEqual(input, generated)) return "different definition: " + JsonEquality.FirstDifference(input, generated);
        var again = CSharpImporter.Import(AslReader.Read(definition).Machine!, "Imported", null, null);
        return again == csharp ? null : "importing the generated definition gives other C#";
    }
}
