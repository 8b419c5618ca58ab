using System.Text;
using System.Text.Json;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Validation;

namespace Asl.Core.Tests.Robustness;

/// <summary>The reproducers of inputs that made validation hang or grow without bound, and the work budget behind them.</summary>
public class BoundedValidationTests
{
    private static readonly TimeSpan Net = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(34)]
    [InlineData(64)]
    [InlineData(5_000)]
    public void Intrinsic_calls_nested_past_the_limit_are_one_finding_at_the_eleventh_call(int depth)
    {
        // The issue's reproducer: States.Array( nested 34 times took 30 s, and each level doubled it.
        var call = string.Concat(Enumerable.Repeat("States.Array(", depth)) + new string(')', depth);
        var json = JsonSerializer.Serialize(new { StartAt = "A", States = new { A = new { Type = "Pass", Parameters = new Dictionary<string, string> { ["x.$"] = call }, End = true } } });

        var findings = SafetyNet.Within(Net, () => AslValidator.Validate(AslReader.Read(json).Machine!));

        var finding = Assert.Single(findings);
        Assert.Equal(AslRules.IntrinsicNestingTooDeep.Code, finding.Code);
        Assert.Equal("/States/A/Parameters/x.$", finding.Pointer);
        Assert.Contains("at character 131", finding.Message);
    }

    [Fact]
    public void States_nested_under_long_names_cost_work_in_proportion_to_the_definition()
    {
        // Every state's pointer repeats the names of the states around it: 10 Parallel states with 8,000-character
        // names over 5,000 states made 5,000 pointers of 80,000 characters (3.4 GB for a 1 MB definition).
        var json = NestedUnderLongNames(levels: 10, nameLength: 8_000, states: 5_000);
        var machine = AslReader.Read(json).Machine!;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var findings = AslValidator.Validate(machine);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(10, findings.Count(f => f.Code == AslRules.InvalidStateNameLength.Code));
        Assert.DoesNotContain(findings, f => f.Code == AslRules.ValidationBudgetExceeded.Code);
        Assert.True(allocated < 40L * json.Length, $"validating {json.Length:N0} characters allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_validation_that_spends_its_budget_stops_with_ASL1095_after_what_it_found()
    {
        var json = """{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Missing"}, "B": {"Type": "Succeed"}}}""";
        var machine = AslReader.Read(json).Machine!;

        var findings = AslValidator.Validate(machine, ValidationOptions.Default with { WorkBudget = 12 });

        var stop = Assert.Single(findings, f => f.Code == AslRules.ValidationBudgetExceeded.Code);
        Assert.Equal(AslSeverity.Error, stop.Severity);
        Assert.Equal("", stop.Pointer);
        Assert.Contains("more than 12 units of work", stop.Message);
        Assert.Contains(findings, f => f.Code == AslRules.MissingTransitionTarget.Code);
        Assert.False(AslValidator.IsValid(findings));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    public void Without_a_budget_validation_runs_to_the_end(long? budget)
    {
        var json = NestedUnderLongNames(levels: 3, nameLength: 10, states: 200);
        var findings = AslValidator.Validate(AslReader.Read(json).Machine!, ValidationOptions.Default with { WorkBudget = budget });
        Assert.DoesNotContain(findings, f => f.Code == AslRules.ValidationBudgetExceeded.Code);
    }

    [Fact]
    public void A_cancelled_validation_stops_with_the_cancellation()
    {
        var machine = AslReader.Read(NestedUnderLongNames(levels: 3, nameLength: 10, states: 200)).Machine!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => AslValidator.Validate(machine, null, cancelled.Token));
    }

    [Fact]
    public void The_default_budget_leaves_the_largest_deployable_definitions_far_below_it()
    {
        // 1 MB of states that each read a variable, assign one and format a string: busy for every pass.
        var states = new Dictionary<string, object>();
        var i = 0;
        var size = 0;
        while (size < 1_000_000)
        {
            var state = new Dictionary<string, object>
            {
                ["Type"] = "Pass",
                ["Parameters"] = new Dictionary<string, object> { ["text.$"] = $"States.Format('{{}} of {{}}', $v{i}, $.items[{i}])", ["n"] = i },
                ["Assign"] = new Dictionary<string, object> { [$"v{i + 1}.$"] = "$.value" },
                ["Next"] = $"S{i + 1}",
            };
            states[$"S{i}"] = state;
            size += 180;
            i++;
        }
        states[$"S{i}"] = new Dictionary<string, object> { ["Type"] = "Succeed" };
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { ["StartAt"] = "S0", ["States"] = states });

        var findings = AslValidator.Validate(AslReader.Read(json).Machine!, ValidationOptions.Default with { WorkBudget = ValidationOptions.DefaultWorkBudget / 20 });

        Assert.DoesNotContain(findings, f => f.Code == AslRules.ValidationBudgetExceeded.Code);
    }

    /// <summary>Parallel states with long names nested <paramref name="levels"/> deep around a chain of <paramref name="states"/> Pass states.</summary>
    internal static string NestedUnderLongNames(int levels, int nameLength, int states)
    {
        var inner = new StringBuilder("{\"StartAt\":\"s0\",\"States\":{");
        for (var i = 0; i < states; i++) inner.Append($"\"s{i}\":{{\"Type\":\"Pass\",\"Next\":\"s{i + 1}\"}},");
        inner.Append($"\"s{states}\":{{\"Type\":\"Succeed\"}}}}}}");
        var json = inner.ToString();
        for (var level = 0; level < levels; level++)
        {
            var name = "n" + level + new string('x', nameLength);
            json = $"{{\"StartAt\":\"{name}\",\"States\":{{\"{name}\":{{\"Type\":\"Parallel\",\"Branches\":[{json}],\"End\":true}}}}}}";
        }
        return json;
    }
}
