using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>The validator runs this pass: its findings reach <see cref="AslValidator.Validate"/>.</summary>
public sealed class ValidatorRegistrationTests
{
    [Fact]
    public void Validator_reports_section_J_and_K_findings()
    {
        var machine = AslReader.Read(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.ALL"] }, { "ErrorEquals": ["States.Timeout"] } ]
            """)).Machine!;
        var findings = AslValidator.Validate(machine);
        Assert.Contains(findings, f => (f.Code, f.Pointer) == (AslRules.CatchAllNotLast.Code, "/States/Work/Retry/0"));
        Assert.Contains(findings, f => (f.Code, f.Pointer) == (AslRules.HandlerAfterCatchAll.Code, "/States/Work/Retry/1"));
    }

    [Fact]
    public void Warnings_of_this_pass_are_dropped_when_the_minimum_severity_is_error()
    {
        var machine = AslReader.Read(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.Runtime"] } ]
            """)).Machine!;
        var findings = AslValidator.Validate(machine, new ValidationOptions { MinimumSeverity = AslSeverity.Error });
        Assert.DoesNotContain(findings, f => f.Code == AslRules.TerminalErrorHandled.Code);
    }
}
