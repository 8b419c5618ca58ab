using System.Text.Json.Nodes;
using Asl.Generators.Tests.Evaluation;

namespace Asl.Generators.Tests;

/// <summary>Constructs that existing definitions use and the fluent API writes as they are (for asl import among others).</summary>
public class ImportedConstructTests
{
    private static Machines.Result Clean(string define) => Machines.Run(Machines.Source("public static Workflow Define() => " + define + ";")).Clean();

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected:\n{expected}\nActual:\n{actual}");

    [Fact]
    public void Retriers_catchers_and_Choice_rules_carry_their_comments()
    {
        var machine = Clean("""
            Workflow.StartWith(Task("Call", "arn:aws:states:::lambda:invoke").Parameters(new { FunctionName = "${CallArn}" })
                    .Retry("Lambda.TooManyRequestsException", maxAttempts: 3, comment: "throttled")
                    .Catch("States.ALL", "Check", comment: "anything else"))
                .Then(Choice("Check").When(Condition.IsPresent("$.error"), "Done", comment: "failed").Otherwise("Done"))
                .Then(Succeed("Done"))
            """);

        Assert.Equal("throttled", (string?)machine.State("Call")["Retry"]![0]!["Comment"]);
        Assert.Equal("anything else", (string?)machine.State("Call")["Catch"]![0]!["Comment"]);
        Assert.Equal("failed", (string?)machine.State("Check")["Choices"]![0]!["Comment"]);
    }

    [Fact]
    public void An_explicit_inline_mode_writes_its_ProcessorConfig_and_no_mode_writes_none()
    {
        var explicitMode = Clean("""Workflow.StartWith(Map("Each").ItemProcessor(p => p.StartWith(Pass("Item")), ProcessorMode.Inline))""");
        var noMode = Clean("""Workflow.StartWith(Map("Each").ItemProcessor(p => p.StartWith(Pass("Item"))))""");

        AssertJson("""{ "Mode": "INLINE" }""", explicitMode.State("Each")["ItemProcessor"]!["ProcessorConfig"]);
        Assert.Null(noMode.State("Each")["ItemProcessor"]!["ProcessorConfig"]);
    }

    [Fact]
    public void The_legacy_Iterator_is_written_as_Iterator()
    {
        var machine = Clean("""Workflow.StartWith(Map("Each").ItemsPath("$.items").Iterator(p => p.StartWith(Pass("Item"))))""");

        AssertJson("""{ "StartAt": "Item", "States": { "Item": { "Type": "Pass", "End": true } } }""", machine.State("Each")["Iterator"]);
        Assert.Null(machine.State("Each")["ItemProcessor"]);
    }
}
