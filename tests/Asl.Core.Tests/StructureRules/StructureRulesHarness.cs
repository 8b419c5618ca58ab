using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Validation;

namespace Asl.Core.Tests.StructureRules;

/// <summary>
/// Reads a definition, validates it and keeps only the findings of the StructureRules pass, so that each
/// test speaks about this pass alone.
/// </summary>
internal static class StructureRulesHarness
{
    /// <summary>The catalogue ids this pass reports.</summary>
    private static readonly HashSet<string> OwnIds = new(StringComparer.Ordinal)
    {
        "B03", "B05", "B06", "B07", "C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "D02",
        "E01", "E03", "E10", "E12", "E13", "E14", "E15", "E17", "E20", "E50", "E51", "E52", "E70", "E72", "E74", "E81",
        "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09",
    };

    /// <summary>A machine whose only state is the Task <c>Work</c> with <paramref name="taskFields"/> (besides Type and End).</summary>
    public static string TaskMachine(string taskFields, string queryLanguage = QueryLanguages.JsonPath) => $$"""
        {
          "QueryLanguage": "{{queryLanguage}}",
          "StartAt": "Work",
          "States": { "Work": { "Type": "Task", {{taskFields}}, "End": true } }
        }
        """;

    /// <summary>A machine whose only state is the Task <c>Work</c> running <paramref name="resource"/>.</summary>
    public static string ResourceMachine(string resource) => TaskMachine($"\"Resource\": \"{resource}\"");

    /// <summary>A machine whose only state is the Wait <c>Pause</c> with <paramref name="waitFields"/>.</summary>
    public static string WaitMachine(string waitFields, string queryLanguage = QueryLanguages.JsonPath) => $$"""
        {
          "QueryLanguage": "{{queryLanguage}}",
          "StartAt": "Pause",
          "States": { "Pause": { "Type": "Wait", {{waitFields}}, "End": true } }
        }
        """;

    /// <summary>A machine whose only state is the Fail <c>Reject</c> with <paramref name="failFields"/>.</summary>
    public static string FailMachine(string failFields, string queryLanguage = QueryLanguages.JsonPath) => $$"""
        {
          "QueryLanguage": "{{queryLanguage}}",
          "StartAt": "Reject",
          "States": { "Reject": { "Type": "Fail", {{failFields}} } }
        }
        """;

    /// <summary>A machine whose only state is the Pass <c>Fixed</c> with <paramref name="passFields"/>.</summary>
    public static string PassMachine(string passFields, string queryLanguage = QueryLanguages.JsonPath) => $$"""
        {
          "QueryLanguage": "{{queryLanguage}}",
          "StartAt": "Fixed",
          "States": { "Fixed": { "Type": "Pass", {{passFields}}, "End": true } }
        }
        """;

    /// <summary>The options of an EXPRESS state machine.</summary>
    public static ValidationOptions Express { get; } = new() { MachineType = "EXPRESS" };

    /// <summary>The findings of this pass for a JSON definition that the reader turns into a model.</summary>
    public static IReadOnlyList<AslDiagnostic> Findings(string json, ValidationOptions? options = null) => OwnFindings(Read(json), options);

    /// <summary>The findings of this pass for a model built in C#.</summary>
    public static IReadOnlyList<AslDiagnostic> Findings(StateMachine machine, ValidationOptions? options = null) => OwnFindings(machine, options);

    /// <summary>Asserts that the pass reports exactly one finding, with this code, severity and pointer.</summary>
    public static AslDiagnostic AssertSingle(string json, AslRule rule, string pointer, ValidationOptions? options = null) =>
        AssertSingle(Findings(json, options), rule, pointer);

    /// <summary>Asserts that the pass reports exactly one finding, with this code, severity and pointer.</summary>
    public static AslDiagnostic AssertSingle(IReadOnlyList<AslDiagnostic> findings, AslRule rule, string pointer)
    {
        var finding = Assert.Single(findings);
        Assert.Equal((rule.Code, pointer), (finding.Code, finding.Pointer));
        Assert.Equal(rule.Severity, finding.Severity);
        return finding;
    }

    /// <summary>Asserts exactly these (code, pointer) findings, in any order.</summary>
    public static void AssertFindings(string json, params (AslRule Rule, string Pointer)[] expected) =>
        AssertFindings(Findings(json), expected);

    /// <summary>Asserts exactly these (code, pointer) findings, in any order.</summary>
    public static void AssertFindings(IReadOnlyList<AslDiagnostic> findings, params (AslRule Rule, string Pointer)[] expected)
    {
        var actual = findings.Select(d => (d.Code, d.Pointer)).OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal);
        var wanted = expected.Select(e => (e.Rule.Code, e.Pointer)).OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal);
        Assert.Equal(wanted, actual);
    }

    /// <summary>Asserts that the reader accepts the definition as written and that this pass reports nothing.</summary>
    public static void AssertClean(string json, ValidationOptions? options = null)
    {
        var read = AslReader.Read(json);
        Assert.Empty(read.Diagnostics);
        Assert.NotNull(read.Machine);
        Assert.Empty(OwnFindings(read.Machine!, options));
    }

    /// <summary>Asserts that this pass does not report <paramref name="rule"/> (other findings may exist).</summary>
    public static void AssertAbsent(string json, AslRule rule, ValidationOptions? options = null) =>
        Assert.DoesNotContain(Findings(json, options), d => d.Code == rule.Code);

    /// <summary>True for a finding of this pass.</summary>
    public static bool IsOwn(AslDiagnostic finding) => finding.RuleId is { } id && OwnIds.Contains(id);

    private static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        Assert.True(read.Machine is not null, "The reader built no model: " + string.Join("; ", read.Diagnostics));
        return read.Machine!;
    }

    private static List<AslDiagnostic> OwnFindings(StateMachine machine, ValidationOptions? options) =>
        AslValidator.Validate(machine, options).Where(IsOwn).ToList();
}
