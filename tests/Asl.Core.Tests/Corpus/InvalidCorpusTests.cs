namespace Asl.Core.Tests.Corpus;

/// <summary>
/// Typical mistakes, each of which must produce exactly the findings listed for it: errors where AWS rejects the
/// definition, warnings only where AWS accepts it (and the execution fails or misbehaves when it runs).
/// </summary>
public class InvalidCorpusTests
{
    public static TheoryData<string> InvalidNames => CorpusFiles.AsTheoryData(CorpusFiles.InvalidNames);

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void An_invalid_definition_produces_exactly_its_expected_findings(string name)
    {
        Assert.True(InvalidCorpusExpectations.ByFile.TryGetValue(name, out var expectation), $"No expectation is listed for {name}.");
        var definition = CorpusDefinition.Load(CorpusFiles.InvalidFolder, name);

        var actual = definition.AllFindings.Select(d => d.Code + " " + d.Pointer).Distinct().OrderBy(f => f, StringComparer.Ordinal);
        var expected = expectation!.Findings.OrderBy(f => f, StringComparer.Ordinal);

        Assert.True(actual.SequenceEqual(expected),
            $"{name} ({expectation.Mistake})\nExpected:\n  {string.Join("\n  ", expected)}\nActual:\n{CorpusDefinition.Describe(definition.AllFindings)}");
    }

    [Fact]
    public void The_mistakes_AWS_accepts_are_warnings_and_the_others_errors()
    {
        foreach (var name in CorpusFiles.InvalidNames)
        {
            var hasError = CorpusDefinition.Load(CorpusFiles.InvalidFolder, name).AllFindings.Any(d => d.Severity == Asl.Diagnostics.AslSeverity.Error);
            Assert.True(hasError != InvalidCorpusExpectations.AcceptedByAws.Contains(name),
                $"{name}: {(hasError ? "an error, but AWS accepts this definition" : "no error, but AWS rejects this definition")}");
        }
    }

    [Fact]
    public void Every_expectation_names_an_existing_invalid_file()
    {
        Assert.Empty(InvalidCorpusExpectations.ByFile.Keys.Except(CorpusFiles.InvalidNames));
    }
}
