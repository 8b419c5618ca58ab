using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Validation;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>
/// Reads a definition with the real reader, validates it, and keeps the findings of the LanguageRules pass, so each
/// test states exactly what this pass reports.
/// </summary>
internal static class LanguageRulesHarness
{
    private static readonly HashSet<string> OwnIds = new(StringComparer.Ordinal)
    {
        "D07", "D08", "E11", "E18", "E19",
        "G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08", "G09", "G10", "G11", "G12", "G13", "G14",
        "H01", "H02", "H03", "H04", "H05",
        "I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08", "I09", "I10",
    };

    /// <summary>A machine with the given <c>States</c> members (JSON text without the outer braces).</summary>
    public static string Machine(string states, string queryLanguage = QueryLanguages.JsonAta, string startAt = "A") => $$"""
        {
          "QueryLanguage": "{{queryLanguage}}",
          "StartAt": "{{startAt}}",
          "States": { {{states}} }
        }
        """;

    /// <summary>A machine whose only state is the Pass <c>A</c> with <paramref name="fields"/> besides Type and End.</summary>
    public static string Pass(string fields, string queryLanguage = QueryLanguages.JsonAta) =>
        Machine($$""" "A": { "Type": "Pass", {{fields}}, "End": true } """, queryLanguage);

    /// <summary>A machine whose only state is the Lambda Task <c>A</c> with <paramref name="fields"/> besides Type, Resource and End.</summary>
    public static string Task(string fields, string queryLanguage = QueryLanguages.JsonAta) =>
        Machine($$""" "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", {{fields}}, "End": true } """, queryLanguage);

    /// <summary>A Task <c>A</c> whose Catcher (with <paramref name="catcherFields"/>) leads to the Pass <c>Recover</c>.</summary>
    public static string TaskWithCatcher(string catcherFields, string taskFields = "\"Comment\": \"work\"") =>
        Machine($$"""
            "A": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", {{taskFields}},
              "Catch": [ { "ErrorEquals": ["States.ALL"], {{catcherFields}}, "Next": "Recover" } ],
              "End": true
            },
            "Recover": { "Type": "Pass", "End": true }
            """);

    /// <summary>The findings of this pass; the definition must read without shape findings.</summary>
    public static IReadOnlyList<AslDiagnostic> Findings(string json, ValidationOptions? options = null) =>
        AslValidator.Validate(Read(json), options).Where(IsOwn).ToList();

    /// <summary>The findings of every pass; the definition must read without shape findings.</summary>
    public static IReadOnlyList<AslDiagnostic> AllFindings(string json) => AslValidator.Validate(Read(json));

    /// <summary>Asserts that this pass reports exactly one finding, with this code, severity and pointer.</summary>
    public static AslDiagnostic AssertSingle(string json, AslRule rule, string pointer)
    {
        var findings = Findings(json);
        Assert.True(findings.Count == 1, "Expected one finding, got: " + Show(findings));
        var finding = findings[0];
        Assert.Equal((rule.Code, pointer, rule.Severity), (finding.Code, finding.Pointer, finding.Severity));
        return finding;
    }

    /// <summary>Asserts exactly these (rule, pointer) findings of this pass, in any order.</summary>
    public static void AssertFindings(string json, params (AslRule Rule, string Pointer)[] expected)
    {
        var actual = Findings(json).Select(d => (d.Code, d.Pointer)).OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal);
        var wanted = expected.Select(e => (e.Rule.Code, e.Pointer)).OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal);
        Assert.Equal(wanted, actual);
    }

    /// <summary>Asserts that this pass reports nothing.</summary>
    public static void AssertClean(string json)
    {
        var findings = Findings(json);
        Assert.True(findings.Count == 0, "Expected no findings, got: " + Show(findings));
    }

    /// <summary>Asserts that no pass of the validator reports anything.</summary>
    public static void AssertNoFindingsAtAll(string json)
    {
        var findings = AllFindings(json);
        Assert.True(findings.Count == 0, "Expected no findings, got: " + Show(findings));
    }

    /// <summary>True for a finding of this pass.</summary>
    public static bool IsOwn(AslDiagnostic finding) => finding.RuleId is { } id && OwnIds.Contains(id);

    private static string Show(IEnumerable<AslDiagnostic> findings) => string.Join(Environment.NewLine, findings.Select(f => f.ToString()));

    private static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        Assert.True(read.Machine is not null && read.Diagnostics.Count == 0,
            "The reader did not accept the test definition: " + Show(read.Diagnostics));
        return read.Machine!;
    }
}
