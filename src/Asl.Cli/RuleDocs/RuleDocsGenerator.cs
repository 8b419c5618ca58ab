using System.Globalization;
using System.Text;
using Asl.Cli.Validate;
using Asl.Diagnostics;

namespace Asl.Cli.RuleDocs;

/// <summary>
/// Writes docs/rules: one page per rule of <see cref="AslRules.All"/> and an index. The pages are generated,
/// never edited by hand: the test <c>Rule_docs_match_the_catalogue</c> compares them with the checked-in files,
/// and running the tests with <c>ASL_UPDATE_BASELINES=1</c> rewrites them.
/// </summary>
internal static class RuleDocsGenerator
{
    /// <summary>The name under which example definitions appear in the generated <c>asl validate</c> output.</summary>
    public const string ExampleFileName = "example.asl.json";

    /// <summary>The path of the example for rules about unreadable inputs; no such file exists.</summary>
    public const string MissingFileName = "missing.asl.json";

    private const string Notice =
        "<!-- Generated from the rule catalogue (src/Asl.Core/Diagnostics/AslRules.*.cs) and the examples in " +
        "src/Asl.Cli/RuleDocs/. Do not edit: run the tests with ASL_UPDATE_BASELINES=1 to regenerate. -->";

    private static readonly (char Letter, string Name)[] Sections =
    [
        ('A', "Document and JSON"),
        ('B', "Top-level fields"),
        ('C', "Transitions, reachability and termination"),
        ('D', "Fields common to states"),
        ('E', "State types"),
        ('F', "JSONPath paths and payload templates"),
        ('G', "JSONata"),
        ('H', "QueryLanguage"),
        ('I', "Variables"),
        ('J', "Map and Parallel"),
        ('K', "Retry, Catch and errors"),
        ('L', "Intrinsic functions"),
        ('M', "Choice comparison operators"),
        ('N', "Limits and quotas"),
    ];

    /// <summary>Every page, by file name relative to docs/rules, in ordinal order.</summary>
    public static SortedDictionary<string, string> Generate()
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["README.md"] = Index(AslRules.All),
        };
        foreach (var rule in AslRules.All) pages[rule.Code + ".md"] = Page(rule, RuleExamples.Find(rule.Code));
        return pages;
    }

    /// <summary>The findings of <paramref name="rule"/> that <c>asl validate</c> reports for a definition.</summary>
    public static IReadOnlyList<Finding> FindingsOf(AslRule rule, byte[] definition, WorkflowType type, long? workBudget = null) =>
        Validator(type, workBudget).CheckContent(ExampleFileName, definition).Findings.Where(f => f.Code == rule.Code).ToList();

    /// <summary>The findings of <paramref name="rule"/> for the invalid example (a definition, or a missing file).</summary>
    public static IReadOnlyList<Finding> FindingsOfInvalid(AslRule rule, RuleExample example)
    {
        if (!example.InvalidIsMissingFile) return FindingsOf(rule, example.InvalidBytes, example.Type, example.WorkBudget);
        var missing = new InputFile(MissingFileName, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), MissingFileName), InputKind.Missing);
        return Validator(example.Type).Check(missing).Findings.Where(f => f.Code == rule.Code).ToList();
    }

    private static FileValidator Validator(WorkflowType type, long? workBudget = null) =>
        new(new ValidateSettings([], OutputFormat.Text, SeverityThreshold.Info, type) { WorkBudget = workBudget ?? Asl.Validation.ValidationOptions.DefaultWorkBudget });

    private static string Page(AslRule rule, RuleExample? example)
    {
        var page = new StringBuilder();
        page.Append("# ").Append(rule.Code).Append(": ").Append(rule.Title).Append("\n\n");
        page.Append(Notice).Append("\n\n");
        page.Append("| Severity | Catalogue id | Section |\n|---|---|---|\n");
        page.Append("| ").Append(SeverityName(rule.Severity))
            .Append(" | ").Append(rule.CatalogueId.Length == 0 ? "none (reader check)" : rule.CatalogueId)
            .Append(" | ").Append(SectionOf(rule)).Append(" |\n\n");
        // The format's {{ and }} are composite-format escapes; readers see single braces around the {0} placeholders.
        page.Append("Message: ").Append(Code(rule.MessageFormat.Replace("{{", "{").Replace("}}", "}"))).Append("\n\n");
        page.Append("## Why it is ").Append(rule.Severity == AslSeverity.Error ? "an error" : "a " + SeverityName(rule.Severity)).Append("\n\n")
            .Append(RuleEvidence.Find(rule.Code) ?? "No evidence is written down for this rule.").Append("\n\n");

        if (example is null)
        {
            page.Append("This rule has no worked example yet.\n\n");
        }
        else
        {
            page.Append("## What it checks\n\n").Append(example.Checks.Trim()).Append("\n\n");
            page.Append("## Invalid\n\n");
            if (!example.InvalidIsMissingFile) page.Append(JsonBlock(example.Invalid));
            page.Append(ValidateCommandLine(example)).Append(" reports:\n\n");
            var findings = FindingsOfInvalid(rule, example);
            var path = example.InvalidIsMissingFile ? MissingFileName : ExampleFileName;
            page.Append("```text\n");
            foreach (var finding in findings) page.Append(TextReportWriter.Format(path, WithShortPointer(finding))).Append('\n');
            if (findings.Count == 0) page.Append("(nothing: this example no longer breaks the rule)\n");
            page.Append("```\n\n");
            page.Append("## Fix\n\n").Append(example.Fix.Trim()).Append("\n\n").Append(JsonBlock(example.Fixed));
        }

        page.Append("[All rules](README.md)\n");
        return page.ToString();
    }

    private static string Index(IReadOnlyList<AslRule> rules)
    {
        var index = new StringBuilder();
        index.Append("# Validation rules\n\n").Append(Notice).Append("\n\n");
        index.Append("`asl validate` checks a definition against these rules. Each has a stable code (`ASL1xxx`) that is never ")
            .Append("reused for another meaning, a default severity and the id of its entry in the rule catalogue. ")
            .Append("Severity follows AWS: an error is a definition AWS rejects at CreateStateMachine (or text that is not a ")
            .Append("definition); a warning is a definition AWS accepts that will fail when it runs, or a doubtful construct. ")
            .Append("Warnings never make a file invalid (`asl validate --severity warning` shows them); each page says why ")
            .Append("its rule has its severity. To make warnings block a build, see [Escalating warnings](../severity.md).\n\n");
        index.Append(string.Create(CultureInfo.InvariantCulture, $"{rules.Count} rules: {rules.Count(r => r.Severity == AslSeverity.Error)} errors, {rules.Count(r => r.Severity == AslSeverity.Warning)} warnings.\n\n"));

        foreach (var (letter, name) in Sections.Append(('\0', "Reader checks without a catalogue entry")))
        {
            var inSection = rules.Where(r => SectionLetter(r) == letter).ToList();
            if (inSection.Count == 0) continue;
            index.Append("## ").Append(letter == '\0' ? "" : letter + ". ").Append(name).Append("\n\n");
            index.Append("| Code | Id | Severity | Title |\n|---|---|---|---|\n");
            foreach (var rule in inSection)
            {
                index.Append("| [").Append(rule.Code).Append("](").Append(rule.Code).Append(".md) | ")
                    .Append(rule.CatalogueId).Append(" | ").Append(SeverityName(rule.Severity)).Append(" | ")
                    .Append(Cell(rule.Title)).Append(" |\n");
            }

            index.Append('\n');
        }

        index.Append("## Exit codes and tool errors\n\n")
            .Append("`asl validate` exits with 0 when every file is valid, 1 when some file has an error, and 2 when some input ")
            .Append("could not be checked: a missing or unreadable file or directory (ASL1094), text that is not JSON ")
            .Append("(ASL1001, ASL1002, ASL1093), or a failure of `asl` itself, reported as ")
            .Append(ToolDiagnostics.InternalErrorCode).Append(" (please report it with the file attached).\n\n")
            .Append("The diagnostics of the C# source generator (ASL0xxx) are documented in [../diagnostics](../diagnostics/README.md).\n");
        return index.ToString();
    }

    /// <summary>Pointers into deeply nested examples run to thousands of characters; the page shows their ends.</summary>
    private static Finding WithShortPointer(Finding finding)
    {
        const int Keep = 60;
        var pointer = finding.Pointer;
        if (pointer.Length <= 3 * Keep) return finding;
        return finding with { Diagnostic = finding.Diagnostic with { Pointer = pointer[..Keep] + "..." + pointer[^Keep..] } };
    }

    private static string ValidateCommandLine(RuleExample example) =>
        "`asl validate --severity warning " + (example.Type == WorkflowType.Express ? "--type EXPRESS " : "")
        + (example.WorkBudget is { } budget ? string.Create(CultureInfo.InvariantCulture, $"--work-budget {budget} ") : "")
        + (example.InvalidIsMissingFile ? MissingFileName : ExampleFileName) + "`";

    private static char SectionLetter(AslRule rule) => rule.CatalogueId.Length > 0 ? rule.CatalogueId[0] : '\0';

    private static string SectionOf(AslRule rule)
    {
        var letter = SectionLetter(rule);
        foreach (var (l, name) in Sections) if (l == letter) return letter + ". " + name;
        return "Reader checks";
    }

    private static string SeverityName(AslSeverity severity) => TextReportWriter.SeverityName(severity);

    private static string JsonBlock(string json) => "```json\n" + json.Trim().Replace("\r\n", "\n") + "\n```\n\n";

    private static string Code(string text) => text.Contains('`') ? "`` " + text + " ``" : "`" + text + "`";

    private static string Cell(string text) => text.Replace("|", "\\|");
}
