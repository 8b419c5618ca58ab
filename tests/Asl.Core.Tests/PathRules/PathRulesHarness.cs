using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;

namespace Asl.Core.Tests.PathRules;

/// <summary>
/// Runs only the path rules pass over a definition written as JSON, so tests see exactly this pass's findings.
/// </summary>
internal static class PathRulesHarness
{
    /// <summary>The findings of the path rules for <paramref name="json"/>; the JSON must read without errors.</summary>
    public static IReadOnlyList<AslDiagnostic> Check(string json)
    {
        var read = AslReader.Read(json);
        Assert.False(read.IsParseFailure, "the test definition is not JSON: " + string.Join("; ", read.Diagnostics));
        var machine = read.Machine;
        Assert.NotNull(machine);
        var context = new ValidationContext(machine, ValidationOptions.Default);
        new global::Asl.Validation.PathRules().Run(context);
        return context.Diagnostics;
    }

    /// <summary>Asserts that <paramref name="rule"/> is reported at <paramref name="pointer"/> and returns the finding.</summary>
    public static AslDiagnostic AssertReported(string json, AslRule rule, string pointer)
    {
        var findings = Check(json);
        var match = findings.FirstOrDefault(d => d.Code == rule.Code && d.Pointer == pointer);
        Assert.True(match is not null,
            $"expected {rule.Code} at {pointer}; found: {(findings.Count == 0 ? "nothing" : string.Join(" | ", findings))}");
        Assert.Equal(rule.Severity, match!.Severity);
        Assert.Equal(rule.CatalogueId, match.RuleId);
        return match;
    }

    /// <summary>Asserts that <paramref name="rule"/> is not reported anywhere.</summary>
    public static void AssertNotReported(string json, AslRule rule)
    {
        var findings = Check(json).Where(d => d.Code == rule.Code).ToList();
        Assert.True(findings.Count == 0, $"did not expect {rule.Code}; found: {string.Join(" | ", findings)}");
    }

    /// <summary>Asserts that the path rules report nothing at all.</summary>
    public static void AssertClean(string json)
    {
        var findings = Check(json);
        Assert.True(findings.Count == 0, "expected no findings; found: " + string.Join(" | ", findings));
    }

    /// <summary>A machine whose only state is "A" (ending the machine unless the state says otherwise).</summary>
    public static string OneState(string stateJson) => $$"""{"StartAt": "A", "States": {"A": {{stateJson}} } }""";

    /// <summary>A Pass state "A" with the given Parameters.</summary>
    public static string PassWithParameters(string parametersJson) =>
        OneState($$"""{"Type": "Pass", "Parameters": {{parametersJson}}, "End": true}""");

    /// <summary>A Choice state "A" with one rule (given) and a Default to "Done".</summary>
    public static string ChoiceWithRule(string ruleJson) => $$"""
        {"StartAt": "A", "States": {
          "A": {"Type": "Choice", "Choices": [{{ruleJson}}], "Default": "Done"},
          "Done": {"Type": "Succeed"} } }
        """;
}
