using System.Runtime.CompilerServices;
using Asl.Json;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>The structure rules report nothing, not even a warning, on real-world definitions that AWS accepts.</summary>
public sealed class ValidCorpusTests
{
    public static TheoryData<string> ValidDefinitions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory(), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ValidDefinitions))]
    public void Valid_definition_has_no_structure_findings(string file)
    {
        var read = AslReader.ReadFile(Path.Combine(CorpusDirectory(), file));
        Assert.NotNull(read.Machine);
        Assert.Empty(Findings(read.Machine!));
    }

    private static string CorpusDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Corpus", "valid");
}
