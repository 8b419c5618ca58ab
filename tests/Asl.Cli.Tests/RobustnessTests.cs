using System.Text;
using Asl.Cli.RuleDocs;
using Asl.Cli.Validate;
using CsCheck;

namespace Asl.Cli.Tests;

/// <summary>Whatever the bytes, checking a file gives a report; it never throws (which the CLI would turn into ASL9001).</summary>
public sealed class RobustnessTests
{
    private static readonly FileValidator Validator = new(new ValidateSettings([], OutputFormat.Text, SeverityThreshold.Info, WorkflowType.Standard));

    /// <summary>Every worked example's fixed definition: together they use every field the rules look at.</summary>
    private static readonly string[] Definitions = [.. RuleExamples.All.Values.Select(e => e.Fixed).Where(d => d.Length > 0).Order(StringComparer.Ordinal)];

    private const string JsonCharacters = "{}[]\":,.$ 0123456789-eE\\truefalsn%{}";

    [Fact]
    public void Random_bytes_give_a_report_never_an_exception()
    {
        Gen.Byte.Array[0, 300].Sample(bytes => AssertConsistent(Validator.CheckContent("random.json", bytes)), iter: 3000);
    }

    [Fact]
    public void Damaged_definitions_give_a_report_never_an_exception()
    {
        // Delete, repeat or overwrite a slice of a real definition, so the reader and the rules see near-valid shapes.
        var damaged = Gen.Select(Gen.Int[0, Definitions.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[1, 40], Gen.Int[0, 2], Gen.Char[JsonCharacters], Damage);

        damaged.Sample(text => AssertConsistent(Validator.CheckContent("damaged.asl.json", Encoding.UTF8.GetBytes(text))), iter: 3000);
    }

    private static string Damage(int definition, int position, int length, int operation, char replacement)
    {
        var text = Definitions[definition];
        var start = position % text.Length;
        var count = Math.Min(length, text.Length - start);
        return operation switch
        {
            0 => text.Remove(start, count),
            1 => text.Insert(start, text.Substring(start, count)),
            _ => text[..start] + new string(replacement, count) + text[(start + count)..],
        };
    }

    /// <summary>An invalid or unreadable file always says why; a valid one has no error.</summary>
    private static void AssertConsistent(FileReport report)
    {
        if (report.Outcome == FileOutcome.Valid) Assert.DoesNotContain(report.Findings, f => f.Severity == Asl.Diagnostics.AslSeverity.Error);
        else Assert.Contains(report.Findings, f => f.Severity == Asl.Diagnostics.AslSeverity.Error);
    }
}
