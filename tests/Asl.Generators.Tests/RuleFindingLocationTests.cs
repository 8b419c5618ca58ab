namespace Asl.Generators.Tests;

/// <summary>ASL rule findings (ASL1xxx) land on the C# argument that produced the offending part of the model.</summary>
public class RuleFindingLocationTests
{
    private static string Machine(string body) => $$"""
        using Asl;
        using static Asl.States;

        [StateMachine]
        public partial class Orders
        {
            public static Workflow Define() => {{body}};
        }
        """;

    public static TheoryData<string, string, string> Mistakes() => new()
    {
        // body, expected code, the exact source text the finding is reported on
        { """Workflow.StartWith(Pass("A").Next("Nowhere"))""", "ASL1041", "\"Nowhere\"" },
        { """Workflow.StartWith(Choice("Pick").When(Condition.BooleanEquals("$.ok", true), "Done").Otherwise("Done")).Then(Succeed("Done")).Then(Pass("Orphan"))""", "ASL1043", "\"Orphan\"" },
        { """Workflow.StartWith(Pass("A")).Then(Pass("A"))""", "ASL1046", "\"A\"" },
        { """Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Retry("States.Timout"))""", "ASL1311", "\"States.Timout\"" },
        { """Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Retry(Errors.All, backoffRate: 0.5))""", "ASL1305", "0.5" },
        { """Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Catch(new[] { Errors.All, Errors.TaskFailed }, "Failed")).Then(Fail("Failed"))""", "ASL1309", "new[] { Errors.All, Errors.TaskFailed }" },
        { """Workflow.StartWith(Pass("A").ResultPath("$.items[*]"))""", "ASL1202", "\"$.items[*]\"" },
        { """Workflow.StartWith(Pass("A").InputPath("$.a b"))""", "ASL1201", "\"$.a b\"" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Finding_is_reported_on_the_argument_that_caused_it(string body, string code, string spanned)
    {
        var source = Machine(body);

        var (result, _) = GeneratorHarness.Run(source);

        var finding = Assert.Single(result.Diagnostics, d => d.Id == code);
        Assert.Equal(spanned, source.Substring(finding.Location.SourceSpan.Start, finding.Location.SourceSpan.Length));
        Assert.EndsWith("/docs/rules/" + code + ".md", finding.Descriptor.HelpLinkUri);
    }
}
