using Asl.Collections;
using Asl.Diagnostics;
using Asl.Model;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>D02: Pass, Task, Wait, Parallel and Map states need exactly one of Next and End: true.</summary>
public sealed class FlowTests
{
    [Theory]
    [InlineData("\"Type\": \"Pass\"")]
    [InlineData("\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\"")]
    [InlineData("\"Type\": \"Wait\", \"Seconds\": 1")]
    [InlineData("\"Type\": \"Parallel\", \"Branches\": [ { \"StartAt\": \"B\", \"States\": { \"B\": { \"Type\": \"Succeed\" } } } ]")]
    [InlineData("\"Type\": \"Map\", \"ItemProcessor\": { \"StartAt\": \"M\", \"States\": { \"M\": { \"Type\": \"Succeed\" } } }")]
    public void State_with_neither_Next_nor_End_is_reported_at_the_state(string fields)
    {
        var json = $$"""
            { "StartAt": "Step", "States": { "Step": { {{fields}} }, "Done": { "Type": "Succeed" } } }
            """;
        var findings = Findings(json);
        var finding = Assert.Single(findings, d => d.Code == AslRules.NextOrEndRequired.Code);
        Assert.Equal("/States/Step", finding.Pointer);
        Assert.Contains("has neither \"Next\" nor \"End\": true", finding.Message);
    }

    [Fact]
    public void State_with_both_Next_and_End_is_reported_at_End()
    {
        var finding = AssertSingle("""
            { "StartAt": "Step", "States": { "Step": { "Type": "Pass", "Next": "Done", "End": true }, "Done": { "Type": "Succeed" } } }
            """, AslRules.NextOrEndRequired, "/States/Step/End");
        Assert.Contains("remove \"End\" to continue with \"Done\"", finding.Message);
    }

    [Fact]
    public void State_with_Next_or_with_End_is_accepted() => AssertClean("""
        { "StartAt": "Step", "States": { "Step": { "Type": "Pass", "Next": "Last" }, "Last": { "Type": "Pass", "End": true } } }
        """);

    [Fact]
    public void End_false_next_to_Next_is_accepted_because_the_model_keeps_only_End_true()
    {
        var machine = new StateMachine("Step", EquatableArray.Create(
            new NamedState("Step", new PassState { Next = "Done", End = false }),
            new NamedState("Done", new SucceedState())));
        Assert.Empty(Findings(machine));
    }
}
