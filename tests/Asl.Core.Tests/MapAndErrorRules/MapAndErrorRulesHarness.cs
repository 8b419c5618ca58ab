using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Validation;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>
/// Reads a definition and runs the MapAndErrorRules pass on it alone (catalogue sections J and K,
/// without the reader's K01 and K08), so that each test speaks about this pass only.
/// </summary>
internal static class MapAndErrorRulesHarness
{
    /// <summary>An inline processor with one Pass state.</summary>
    public const string InlineProcessor = """
        "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } }
        """;

    /// <summary>A distributed processor (standard child workflows) with one Pass state.</summary>
    public const string DistributedProcessor = """
        "ItemProcessor": {
          "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
          "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
        }
        """;

    /// <summary>A machine whose only state is the Map <c>EachOrder</c> with <paramref name="mapFields"/> (besides Type and End).</summary>
    public static string MapMachine(string mapFields, string queryLanguage = QueryLanguages.JsonPath) => $$"""
        {
          "QueryLanguage": "{{queryLanguage}}",
          "StartAt": "EachOrder",
          "States": {
            "EachOrder": { "Type": "Map", {{mapFields}}, "End": true }
          }
        }
        """;

    /// <summary>
    /// A machine whose Task <c>Work</c> has <paramref name="taskFields"/> (for example Retry and Catch) and
    /// goes on to <c>Done</c>; the catch target <c>Recover</c> exists.
    /// </summary>
    public static string TaskMachine(string taskFields) => $$"""
        {
          "StartAt": "Work",
          "States": {
            "Work": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", {{taskFields}}, "Next": "Done" },
            "Recover": { "Type": "Pass", "End": true },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>The findings of this pass for a JSON definition that the reader turns into a model.</summary>
    public static IReadOnlyList<AslDiagnostic> Findings(string json) => OwnFindings(Read(json));

    /// <summary>The findings of this pass for a model built in C#.</summary>
    public static IReadOnlyList<AslDiagnostic> Findings(StateMachine machine) => OwnFindings(machine);

    /// <summary>Asserts that the pass reports exactly one finding, with this code at this pointer.</summary>
    public static AslDiagnostic AssertSingle(string json, AslRule rule, string pointer) => AssertSingle(Findings(json), rule, pointer);

    /// <summary>Asserts that the pass reports exactly one finding, with this code at this pointer.</summary>
    public static AslDiagnostic AssertSingle(IReadOnlyList<AslDiagnostic> findings, AslRule rule, string pointer)
    {
        var finding = Assert.Single(findings);
        Assert.Equal((rule.Code, pointer), (finding.Code, finding.Pointer));
        Assert.Equal(rule.Severity, finding.Severity);
        return finding;
    }

    /// <summary>Asserts exactly these (code, pointer) findings, in any order.</summary>
    public static void AssertFindings(string json, params (AslRule Rule, string Pointer)[] expected)
    {
        var actual = Findings(json).Select(d => (d.Code, d.Pointer)).OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal);
        var wanted = expected.Select(e => (e.Rule.Code, e.Pointer)).OrderBy(p => p.Pointer, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal);
        Assert.Equal(wanted, actual);
    }

    /// <summary>Asserts that the reader accepts the definition as written and that this pass reports nothing.</summary>
    public static void AssertClean(string json)
    {
        var read = AslReader.Read(json);
        Assert.Empty(read.Diagnostics);
        Assert.NotNull(read.Machine);
        Assert.Empty(OwnFindings(read.Machine!));
    }

    /// <summary>True for a finding of this pass.</summary>
    public static bool IsOwn(AslDiagnostic finding) => IsOwnEntry(finding.RuleId);

    /// <summary>True for the catalogue entries of this pass: sections J and K, except K01 and K08, which the reader reports.</summary>
    public static bool IsOwnEntry(string? id) =>
        id is not null && (id.StartsWith('J') || (id.StartsWith('K') && id != "K01" && id != "K08"));

    private static StateMachine Read(string json)
    {
        var read = AslReader.Read(json);
        Assert.True(read.Machine is not null, "The reader built no model: " + string.Join("; ", read.Diagnostics));
        return read.Machine!;
    }

    // Runs this pass alone, so that a fault in another pass can not hide or break these findings.
    private static List<AslDiagnostic> OwnFindings(StateMachine machine)
    {
        var context = new ValidationContext(machine, ValidationOptions.Default);
        new global::Asl.Validation.MapAndErrorRules().Run(context);
        Assert.All(context.Diagnostics, finding => Assert.True(IsOwn(finding), finding + " is not a section J or K finding"));
        return context.Diagnostics.ToList();
    }
}
