using Asl.Diagnostics;
using Asl.Json;
using Asl.Writing;

namespace Asl.Core.Tests.Corpus;

/// <summary>
/// The false-positive shield: realistic definitions that AWS accepts must read cleanly, validate without
/// errors (and without warnings other than the ones listed with a reason), and survive writing and reading.
/// </summary>
public class ValidCorpusTests
{
    public static TheoryData<string> ValidNames => CorpusFiles.AsTheoryData(CorpusFiles.ValidNames);

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void A_valid_definition_reads_without_any_reader_finding(string name)
    {
        var definition = CorpusDefinition.Load(CorpusFiles.ValidFolder, name);

        Assert.NotNull(definition.Machine);
        Assert.True(definition.ReaderFindings.Count == 0, "Reader findings:\n" + CorpusDefinition.Describe(definition.ReaderFindings));
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void A_valid_definition_gets_no_error_and_only_its_listed_warnings(string name)
    {
        var definition = CorpusDefinition.Load(CorpusFiles.ValidFolder, name);
        var expected = ValidCorpusExpectations.Warnings.TryGetValue(name, out var warnings) ? warnings : [];

        var unexpected = definition.ValidatorFindings
            .Where(d => !IsKnownFalsePositive(name, d))
            .Where(d => !(d.Severity == AslSeverity.Warning && expected.Any(e => e.Code == d.Code && e.Pointer == d.Pointer)))
            .ToList();
        var missing = expected
            .Where(e => !definition.ValidatorFindings.Any(d => d.Code == e.Code && d.Pointer == e.Pointer && d.Severity == AslSeverity.Warning))
            .ToList();

        Assert.True(unexpected.Count == 0, "Findings on a definition AWS accepts:\n" + CorpusDefinition.Describe(unexpected));
        Assert.True(missing.Count == 0, "Expected warnings not reported:\n" + string.Join("\n", missing.Select(m => $"  {m.Code} {m.Pointer} ({m.Reason})")));
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Reading_the_written_form_of_a_valid_definition_gives_an_equal_model(string name)
    {
        var machine = CorpusDefinition.Load(CorpusFiles.ValidFolder, name).Machine!;

        var written = AslWriter.Write(machine);
        var reread = AslReader.Read(written);

        Assert.Empty(reread.Diagnostics);
        Assert.Equal(written, AslWriter.Write(reread.Machine!));
        Assert.Equal(machine, reread.Machine);
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Writing_a_valid_definition_twice_gives_identical_text(string name)
    {
        var first = AslWriter.Write(CorpusDefinition.Load(CorpusFiles.ValidFolder, name).Machine!);
        var second = AslWriter.Write(CorpusDefinition.Load(CorpusFiles.ValidFolder, name).Machine!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_listed_false_positive_is_still_reported()
    {
        var stale = ValidCorpusExpectations.KnownValidatorFalsePositives
            .Where(fp => !CorpusDefinition.Load(CorpusFiles.ValidFolder, fp.File).ValidatorFindings.Any(d => d.Code == fp.Code && d.Pointer == fp.Pointer))
            .ToList();

        Assert.True(stale.Count == 0, "Fixed false positives to remove from KnownValidatorFalsePositives:\n"
            + string.Join("\n", stale.Select(fp => $"  {fp.File} {fp.Code} {fp.Pointer}")));
    }

    [Fact]
    public void Every_file_named_in_the_expectations_exists()
    {
        var named = ValidCorpusExpectations.Warnings.Keys.Concat(ValidCorpusExpectations.KnownValidatorFalsePositives.Select(fp => fp.File));

        Assert.Empty(named.Except(CorpusFiles.ValidNames));
    }

    [Fact]
    public void The_corpus_holds_at_least_40_valid_and_30_invalid_definitions()
    {
        Assert.InRange(CorpusFiles.ValidNames.Count, 40, int.MaxValue);
        Assert.InRange(CorpusFiles.InvalidNames.Count, 30, int.MaxValue);
    }

    private static bool IsKnownFalsePositive(string name, AslDiagnostic finding) =>
        ValidCorpusExpectations.KnownValidatorFalsePositives.Any(fp => fp.File == name && fp.Code == finding.Code && fp.Pointer == finding.Pointer);
}
