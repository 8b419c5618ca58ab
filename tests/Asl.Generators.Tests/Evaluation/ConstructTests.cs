using System.Text.Json.Nodes;

namespace Asl.Generators.Tests.Evaluation;

/// <summary>
/// Each construct of ordinary C# that Define() may use compiles to the expected ASL with no diagnostics: the
/// generator runs the code as C# would.
/// </summary>
public class ConstructTests
{
    private static Machines.Result Clean(string members, string types = "", string attribute = "[StateMachine]") =>
        Machines.Run(Machines.Source(members, types, attribute)).Clean();

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected:\n{expected}\nActual:\n{actual}");

    [Fact]
    public void Locals_hold_states_and_values_between_statements()
    {
        var machine = Clean("""
            public static Workflow Define()
            {
                var greeting = "Hello";
                var first = Pass("First").Result(greeting);
                var second = Pass("Second");
                return Workflow.StartWith(first).Then(second);
            }
            """);

        AssertJson("""{ "Type": "Pass", "Result": "Hello", "Next": "Second" }""", machine.State("First"));
    }

    [Fact]
    public void Const_and_static_readonly_fields_and_get_only_static_properties_are_read_from_their_initializers()
    {
        var machine = Clean("""
            private const int Attempts = 3;
            private static readonly string[] TransientErrors = { Errors.TaskFailed, "Lambda.ServiceException" };
            private static string Function { get; } = "${Charge" + "Arn}";
            private static int Interval => Attempts - 1;

            public static Workflow Define() => Workflow.StartWith(LambdaInvoke("Charge", Function)
                .Retry(TransientErrors, intervalSeconds: Interval, maxAttempts: Attempts));
            """);

        AssertJson("""[{ "ErrorEquals": ["States.TaskFailed", "Lambda.ServiceException"], "IntervalSeconds": 2, "MaxAttempts": 3 }]""", machine.State("Charge")["Retry"]);
        Assert.Equal("${ChargeArn}", (string?)machine.State("Charge")["Parameters"]!["FunctionName"]);
    }

    [Fact]
    public void A_static_method_called_twice_builds_a_fragment_of_new_states_each_time()
    {
        var machine = Clean("""
            private static Chain Notify(string name, string topic) => Chain
                .StartWith(Task(name, "arn:aws:states:::sns:publish").Request(new { TopicArn = topic, Message = Input.Whole }))
                .Then(Pass(name + " done"));

            public static Workflow Define() => Workflow.StartWith(Notify("Tell customer", "${CustomerTopicArn}")).Then(Notify("Tell warehouse", "${WarehouseTopicArn}"));
            """);

        Assert.Equal(4, machine.Definition!["States"]!.AsObject().Count);
        Assert.Equal("Tell warehouse", (string?)machine.State("Tell customer done")["Next"]);
        AssertJson("""{ "TopicArn": "${WarehouseTopicArn}", "Message.$": "$" }""", machine.State("Tell warehouse")["Parameters"]);
    }

    [Fact]
    public void Generic_extension_methods_of_the_compilation_apply_a_shared_retry_policy()
    {
        var machine = Clean("""
            public static Workflow Define() => Workflow
                .StartWith(LambdaInvoke("Charge", "charge").WithStandardRetry())
                .Then(Map("Each").ItemsPath("$.items").ItemProcessor(Chain.StartWith(Pass("Item"))).WithStandardRetry());
            """, """
            public static class Policies
            {
                public static T WithStandardRetry<T>(this T state) where T : WorkStateBuilder<T> => state.Retry(Errors.TaskFailed, maxAttempts: 5);
            }
            """);

        // LambdaInvoke's own retry of Lambda's transient service errors comes first.
        AssertJson("""
            [
              { "ErrorEquals": ["Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException"],
                "IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 2 },
              { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 5 }
            ]
            """, machine.State("Charge")["Retry"]);
        AssertJson("""[{ "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 5 }]""", machine.State("Each")["Retry"]);
    }

    [Fact]
    public void A_generic_method_resolves_its_type_argument_for_StartExecution()
    {
        var machine = Clean("""
            private static StartExecutionBuilder StartLinked<TChild>(string name) where TChild : IStateMachine => StartExecution<TChild>(name).AssociateWithParent();

            public static Workflow Define() => Workflow.StartWith(StartLinked<Child>("Start child").Input(new ChildInput("a")));
            """, """
            public sealed record ChildInput(string Id);

            [StateMachine(Name = "TheChild")]
            public partial class Child : IStateMachine<ChildInput, ChildInput>
            {
                public static Workflow Define() => Workflow.StartWith(Pass("Done"));
            }
            """);

        AssertJson("""{ "StateMachineArn": "${TheChildArn}", "Input": { "Id": "a", "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } }""",
            machine.State("Start child")["Parameters"]);
    }

    [Fact]
    public void If_switch_conditional_and_null_coalescing_choose_states()
    {
        var machine = Clean("""
            private static readonly string? Override = null;
            private const string Mode = "fast";

            public static Workflow Define()
            {
                StateBuilder last;
                if (Mode == "slow") last = Wait("Pause").Seconds(60);
                else last = Pass("Skip pause");
                var label = Mode switch { "fast" => "F", "slow" => "S", _ => "?" };
                switch (label)
                {
                    case "S":
                        label = "slow";
                        break;
                    default:
                        label = label.Length > 0 ? "fast" : "none";
                        break;
                }
                return Workflow.StartWith(last).Then(Pass("Label").Result(Override ?? label));
            }
            """);

        AssertJson("""{ "Type": "Pass", "Result": "fast", "End": true }""", machine.State("Label"));
        Assert.NotNull(machine.Definition!["States"]!["Skip pause"]);
    }

    [Fact]
    public void For_foreach_and_while_loops_declare_one_state_per_item()
    {
        var machine = Clean("""
            private static readonly string[] Regions = ["eu-west-1", "us-east-1"];

            public static Workflow Define()
            {
                var chain = Chain.StartWith(Pass("Start"));
                foreach (var region in Regions) chain = chain.Then(Pass($"Deploy {region}"));
                for (var i = 1; i <= 2; i++) chain = chain.Then(Wait($"Wait {i}").Seconds(i * 10));
                var list = new List<string> { "a" };
                list.Add("b");
                foreach (var item in list) chain = chain.Then(Pass("List " + item));
                foreach (var n in Enumerable.Range(1, 2)) chain = chain.Then(Pass("Range " + n));
                foreach (var c in (string[])["x", .. Regions]) chain = chain.Then(Pass("Collection " + c));
                var k = 0;
                while (k < 2) chain = chain.Then(Pass("While " + k++));
                return Workflow.StartWith(chain);
            }
            """);

        var names = machine.Definition!["States"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["Start", "Deploy eu-west-1", "Deploy us-east-1", "Wait 1", "Wait 2", "List a", "List b", "Range 1", "Range 2",
            "Collection x", "Collection eu-west-1", "Collection us-east-1", "While 0", "While 1"], names);
        Assert.Equal(20, (int)machine.State("Wait 2")["Seconds"]!);
    }

    [Fact]
    public void Interpolation_and_concatenation_of_compile_time_values_give_fixed_text()
    {
        var machine = Clean("""
            private const string Prefix = "order";
            private static readonly int Version = 2;

            public static Workflow Define() => Workflow.StartWith(Pass($"{Prefix}-v{Version:D3}").Comment(Prefix + ":" + Version + ":" + nameof(Define) + ":" + 'x' + true));
            """);

        Assert.Equal("order:2:Define:xTrue", (string?)machine.State("order-v002")["Comment"]);
    }

    [Fact]
    public void Arrays_collection_expressions_tuples_enums_and_nameof_are_values()
    {
        var machine = Clean("""
            public static Workflow Define()
            {
                (string Name, Priority Level)[] steps = [("A", Priority.High), ("B", Priority.Low)];
                var chain = Chain.StartWith(Pass("Start").Result(new { Levels = steps.Select(s => s.Level).ToArray(), Names = new[] { steps[0].Name, steps[^1].Name }, Of = nameof(Priority.High) }));
                foreach (var (name, level) in steps)
                    chain = chain.Then(Pass(name).Result(level == Priority.High ? (int)level * 10 : (int)Priority.Low));
                return Workflow.StartWith(chain);
            }
            """, "public enum Priority { Low = 1, High = 2 }");

        AssertJson("""{ "Levels": ["High", "Low"], "Names": ["A", "B"], "Of": "High" }""", machine.State("Start")["Result"]);
        Assert.Equal(20, (int)machine.State("A")["Result"]!);
        Assert.Equal(1, (int)machine.State("B")["Result"]!);
    }

    [Fact]
    public void Records_with_initializers_computed_properties_and_with_expressions_become_payloads()
    {
        var machine = Clean("""
            private static readonly Settings Defaults = new("acme");

            public static Workflow Define()
            {
                var custom = Defaults with { Retries = Defaults.Retries + 1 };
                return Workflow.StartWith(Pass("Settings").Parameters(custom));
            }
            """, """
            public sealed record Settings(string Carrier)
            {
                public int Retries { get; init; } = 2;
                public string Label => Carrier.ToUpperInvariant() + "/" + Retries;
            }
            """);

        AssertJson("""{ "Carrier": "acme", "Retries": 3, "Label": "ACME/3" }""", machine.State("Settings")["Parameters"]);
    }

    [Fact]
    public void Lambdas_go_to_builders_LINQ_and_locals_and_local_functions_are_called()
    {
        var machine = Clean("""
            public static Workflow Define()
            {
                Func<string, PassBuilder> step = name => Pass("Step " + name);
                PassBuilder Twice(string name) { var built = step(name); return built.Comment(name + name); }
                var branches = new[] { "a", "b" }.Aggregate(Parallel("Fan out"), (parallel, name) => parallel.Branch(b => b.StartWith(Twice(name))));
                return Workflow.StartWith(branches);
            }
            """);

        AssertJson("""{ "StartAt": "Step b", "States": { "Step b": { "Type": "Pass", "Comment": "bb", "End": true } } }""", machine.State("Fan out")["Branches"]![1]);
    }

    [Fact]
    public void Pure_BCL_operations_run_at_build_time()
    {
        var machine = Clean("""
            public static Workflow Define() => Workflow.StartWith(Wait("Wait").Seconds((int)TimeSpan.FromMinutes(Math.Max(1, 2)).TotalSeconds)
                .Comment(string.Join("|", "b,a".Split(',').OrderBy(s => s, StringComparer.Ordinal)) + string.Format(CultureInfo.InvariantCulture, "{0:0.0}", 1.5)));
            """);

        Assert.Equal(120, (int)machine.State("Wait")["Seconds"]!);
        Assert.Equal("a|b1.5", (string?)machine.State("Wait")["Comment"]);
    }

    [Fact]
    public void Helpers_in_other_files_of_the_compilation_are_evaluated()
    {
        var (result, _) = GeneratorHarness.Run(Machines.Source("public static Workflow Define() => Workflow.StartWith(Shared.Step(\"Remote\"));"),
            Machines.Usings + "public static class Shared { public static PassBuilder Step(string name) => Pass(name).Result(Version); private static readonly int Version = 7; }");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("\"\"Result\"\": 7", result.GeneratedTrees.Single(t => t.ToString().Contains("partial class Flow")).ToString());
    }

    [Fact]
    public void A_loop_that_declares_the_most_states_AWS_allows_stays_within_the_evaluation_budget()
    {
        var machine = Machines.Run(Machines.Source("""
            public static Workflow Define()
            {
                var chain = Chain.StartWith(Pass("Start"));
                for (var i = 1; i < 10_000; i++) chain = chain.Then(Pass($"Step {i}").Comment("step " + i));
                return Workflow.StartWith(chain);
            }
            """));

        Assert.DoesNotContain(machine.Diagnostics, d => d.Id.StartsWith("ASL0", StringComparison.Ordinal));
        Assert.Equal(10_000, machine.Definition!["States"]!.AsObject().Count);
    }
}
