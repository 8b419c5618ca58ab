using System.Text;
using Asl.Cli.RuleDocs;
using Asl.Cli.Validate;
using Asl.Diagnostics;

namespace Asl.Cli.Tests;

public sealed class RuleDocsTests
{
    /// <summary>Set to 1 to rewrite docs/rules from the catalogue instead of comparing.</summary>
    private const string UpdateSwitch = "ASL_UPDATE_BASELINES";

    public static TheoryData<string> ExampleCodes => [.. RuleExamples.All.Keys.Where(code => AslRules.Find(code) is not null).Order(StringComparer.Ordinal)];

    [Fact]
    public void Rule_docs_match_the_catalogue()
    {
        var generated = RuleDocsGenerator.Generate();
        var directory = RepositoryPaths.RuleDocs;
        var existing = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.md").Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];

        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            Directory.CreateDirectory(directory);
            foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(false));
            foreach (var stale in existing.Where(name => !generated.ContainsKey(name))) File.Delete(Path.Combine(directory, stale));
            return;
        }

        var problems = new StringBuilder();
        foreach (var (name, text) in generated)
        {
            var path = Path.Combine(directory, name);
            if (!existing.Contains(name)) problems.Append($"docs/rules/{name} is missing.\n");
            else if (File.ReadAllText(path).ReplaceLineEndings("\n") is var actual && actual != text) problems.Append(LineDiff($"docs/rules/{name}", text, actual));
        }

        foreach (var stale in existing.Where(name => !generated.ContainsKey(name)).Order(StringComparer.Ordinal))
        {
            problems.Append($"docs/rules/{stale} documents no rule in the catalogue.\n");
        }

        Assert.True(problems.Length == 0, $"docs/rules is out of date; run the tests with {UpdateSwitch}=1 to regenerate it.\n{problems}");
    }

    [Fact]
    public void Every_rule_has_a_worked_example()
    {
        var missing = AslRules.All.Where(rule => RuleExamples.Find(rule.Code) is null).Select(rule => rule.ToString());

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_rule_states_the_evidence_for_its_severity()
    {
        var missing = AslRules.All.Where(rule => RuleEvidence.Find(rule.Code) is null).Select(rule => rule.ToString());

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_example_documents_a_rule_of_the_catalogue()
    {
        var orphans = RuleExamples.All.Keys.Where(code => AslRules.Find(code) is null);

        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(ExampleCodes))]
    public void The_invalid_example_breaks_its_rule(string code)
    {
        var rule = AslRules.Find(code)!;
        var example = RuleExamples.Find(code)!;

        var findings = RuleDocsGenerator.FindingsOfInvalid(rule, example);

        Assert.True(findings.Count > 0, $"The invalid example of {code} does not break it; it reports:\n{Describe(Check(example.InvalidBytes, example.Type))}");
    }

    [Theory]
    [MemberData(nameof(ExampleCodes))]
    public void The_fixed_example_is_valid_and_free_of_its_rule(string code)
    {
        var example = RuleExamples.Find(code)!;

        var report = Check(Encoding.UTF8.GetBytes(example.Fixed), example.Type);

        Assert.True(
            report.Outcome == FileOutcome.Valid && report.Findings.All(f => f.Code != code),
            $"The fixed example of {code} should be valid and free of {code}; it reports:\n{Describe(report)}");
    }

    [Fact]
    public void Every_abbreviation_stands_in_its_shown_example()
    {
        var broken = RuleExamples.All.Values
            .Where(e => e.Abbreviation is { } a && !e.Invalid.Contains(a.Shown, StringComparison.Ordinal))
            .Select(e => e.Code);

        Assert.Empty(broken);
    }

    [Fact]
    public void Help_links_name_the_generated_pages()
    {
        Assert.EndsWith("/docs/rules/", AslRules.HelpLinkBase);
        foreach (var rule in AslRules.All)
        {
            Assert.Equal(AslRules.HelpLinkBase + rule.Code + ".md", rule.HelpLink);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.RuleDocs, rule.Code + ".md")), $"{rule.HelpLink} names no page in docs/rules");
        }
    }

    private static FileReport Check(byte[] definition, WorkflowType type) =>
        new FileValidator(new ValidateSettings([], OutputFormat.Text, SeverityThreshold.Info, type)).CheckContent(RuleDocsGenerator.ExampleFileName, definition);

    private static string Describe(FileReport report) =>
        string.Join("\n", report.Findings.Select(f => TextReportWriter.Format(report.Path, f)));

    /// <summary>The first differing lines of a generated page and its checked-in copy, with a little context.</summary>
    private static string LineDiff(string name, string expected, string actual)
    {
        var want = expected.Split('\n');
        var have = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < have.Length && want[first] == have[first]) first++;

        var diff = new StringBuilder($"{name} differs from the generated text at line {first + 1}:\n");
        for (var i = Math.Max(0, first - 2); i < first; i++) diff.Append("  ").Append(want[i]).Append('\n');
        for (var i = first; i < Math.Min(have.Length, first + 5); i++) diff.Append("- ").Append(have[i]).Append('\n');
        for (var i = first; i < Math.Min(want.Length, first + 5); i++) diff.Append("+ ").Append(want[i]).Append('\n');
        return diff.ToString();
    }
}
