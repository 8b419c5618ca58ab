using Asl.Diagnostics;
using Asl.Fuzz.Tests.Inputs;
using Asl.Json;
using Asl.Validation;
using Xunit.Abstractions;

namespace Asl.Fuzz.Tests;

/// <summary>
/// The validator on damaged real-world definitions, random valid machines, generated paths, intrinsic calls and JSONata,
/// and shapes that stress the work: findings from the catalogue, never an exception, in time proportional to the size.
/// </summary>
public sealed class ValidatorFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Any_definition_validates_to_catalogue_findings_in_time_proportional_to_its_size()
    {
        new Harness<string>("validator", output, text => text).Run(Definitions.Any, FuzzSettings.Inputs(1_500), text => text.Length,
            size => TimeSpan.FromSeconds(5 + size / 20_000.0), text =>
            {
                var read = AslReader.Read(text);
                if (read.Machine is not { } machine) return;
                var findings = AslValidator.Validate(machine);
                foreach (var finding in findings)
                {
                    var rule = AslRules.Find(finding.Code);
                    Assert.True(rule is not null, $"unknown code {finding.Code}");
                    Assert.Equal(rule!.Severity, finding.Severity);
                    Assert.True(finding.Pointer.Length == 0 || finding.Pointer[0] == '/', $"bad pointer {finding.Pointer}");
                    Assert.False(string.IsNullOrWhiteSpace(finding.Message));
                }
                // Spending the default budget means some rule is not linear in the definition's size.
                Assert.DoesNotContain(findings, f => f.Code == AslRules.ValidationBudgetExceeded.Code);
            });
    }
}
