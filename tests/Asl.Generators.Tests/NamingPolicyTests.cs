using System.Text.Json.Nodes;
using Asl.Generators.Tests.Evaluation;

namespace Asl.Generators.Tests;

/// <summary>
/// A machine's naming policy (<c>[StateMachine(JsonNaming = ...)]</c>): data lambdas become paths and members of the
/// policy's names, [JsonPropertyName] keeps its own, the context's and the variables' names stay as written, the output
/// check (ASL0043) matches members by the policy's names, and the generated Info and client carry the policy.
/// </summary>
public class NamingPolicyTests
{
    private const string Types = """
        public sealed record Item(string LineSku, int LineQuantity);
        public sealed record Order(string OrderId, [property: System.Text.Json.Serialization.JsonPropertyName("Grand_Total")] decimal OrderTotal, bool IsExpress, Item[] OrderLines);
        public sealed record Summary(string OrderId, int ItemCount);
        public sealed record Tagged([property: System.Text.Json.Serialization.JsonPropertyName("orderId")] string Id, int ItemCount);
        public sealed record Vars(string SavedId);
        """;

    private const string Machine = """
        [StateMachine(ATTRIBUTE)]
        public partial class Flow : IStateMachine<Order, OUTPUT>
        {
            public static Workflow Define() => DEFINE;
        }
        """;

    private static Machines.Result Run(string define, string attribute, string output = "Summary") =>
        Machines.Run(Source(define, attribute, output));

    private static string Source(string define, string attribute, string output = "Summary") =>
        Machines.Usings + "#nullable enable\n" + Types + Machine.Replace("ATTRIBUTE", attribute).Replace("OUTPUT", output).Replace("DEFINE", define);

    private const string Camel = "JsonNaming = JsonNaming.CamelCase";

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected:\n{expected}\nActual:\n{actual}");

    [Fact]
    public void A_camelCase_machine_writes_Choice_paths_and_payload_members_in_camelCase_and_JsonPropertyName_wins()
    {
        var machine = Run("""
            Workflow.StartWith(Choice("Route").When((Order o) => o.OrderTotal > 1000 && !o.IsExpress, "Sum").Otherwise("Sum"))
                .Then(Pass("Sum").Parameters((Order o) => new Summary(o.OrderId, o.OrderLines.Length)))
            """, Camel).Clean();

        AssertJson("""
            [{ "And": [ { "Variable": "$.Grand_Total", "NumericGreaterThan": 1000 }, { "Variable": "$.isExpress", "BooleanEquals": false } ], "Next": "Sum" }]
            """, machine.State("Route")["Choices"]);
        AssertJson("""{ "orderId.$": "$.orderId", "itemCount.$": "States.ArrayLength($.orderLines)" }""", machine.State("Sum")["Parameters"]);
    }

    [Fact]
    public void AWS_shaped_results_keep_AWS_names_under_a_policy_so_a_Lambda_answer_is_read_at_Payload()
    {
        var machine = Run("""
            Workflow.StartWith(LambdaInvoke("Count", "count").Returns<Summary>().RetryOnServiceExceptions(false))
                .Then(Pass("Read").Parameters((LambdaInvokeResult<Summary> r) => new Summary(r.Payload.OrderId, r.StatusCode)))
                .Then(LambdaInvoke("Again", "count").Returns<Summary>().OutputPath("$.Payload").RetryOnServiceExceptions(false))
            """, Camel).Clean();

        AssertJson("""{ "orderId.$": "$.Payload.orderId", "itemCount.$": "$.StatusCode" }""", machine.State("Read")["Parameters"]);
    }

    [Fact]
    public void A_JSONata_lambda_uses_the_policys_names_inside_LINQ_and_for_anonymous_members()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Sum").Output((Order o) => new { o.OrderId, ItemCount = o.OrderLines.Where(l => l.LineQuantity > 1).Count() }))
            """, Camel + ", QueryLanguage = QueryLanguage.JsonAta").Clean();

        AssertJson("""{ "orderId": "{% $states.input.orderId %}", "itemCount": "{% $count([$states.input.orderLines[($v1 := $; ($v1.lineQuantity > 1))]]) %}" }""",
            machine.State("Sum")["Output"]);
    }

    [Fact]
    public void Snake_case_applies_to_every_member_segment_of_a_path()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Sum").Parameters((Order o) => new Summary(o.OrderId, o.OrderLines.Length)))
            """, "JsonNaming = JsonNaming.SnakeCaseLower").Clean();

        AssertJson("""{ "order_id.$": "$.order_id", "item_count.$": "States.ArrayLength($.order_lines)" }""", machine.State("Sum")["Parameters"]);
    }

    [Fact]
    public void Context_fields_and_variable_names_keep_their_names_under_a_policy()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Keep").QueryLanguage(QueryLanguage.JsonAta).Assign((Order o) => new { SavedId = o.OrderId }))
                .Then(Pass("Sum").QueryLanguage(QueryLanguage.JsonAta).Output((Order o, Ctx<Vars> c) => new Summary(c.Vars.SavedId + c.Execution.Name, o.OrderLines.Length)))
            """, Camel).Clean();

        AssertJson("""{ "SavedId": "{% $states.input.orderId %}" }""", machine.State("Keep")["Assign"]);
        Assert.Equal("{% ($SavedId & $states.context.Execution.Name) %}", machine.State("Sum")["Output"]!["orderId"]!.GetValue<string>());
    }

    [Fact]
    public void The_output_check_matches_members_by_the_policys_names()
    {
        // Tagged's [JsonPropertyName("orderId")] is Summary.OrderId's camelCase name: the JSON reads back.
        Run("""Workflow.StartWith(Pass("Sum").Parameters((Order o) => new Tagged(o.OrderId, o.OrderLines.Length)))""", Camel).Clean();

        // Names as written: "orderId" is not "OrderId", so Summary.OrderId would read null.
        var machine = Run("""Workflow.StartWith(Pass("Sum").Parameters((Order o) => new Tagged(o.OrderId, o.OrderLines.Length)))""", "");
        Assert.Contains("it has no member 'OrderId'", machine.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void The_output_check_names_the_missing_member_by_its_policy_name()
    {
        var machine = Run("""Workflow.StartWith(Pass("Sum").Parameters((Order o) => new { Count = o.OrderLines.Length, o.OrderId }))""", Camel);

        Assert.Contains("it has no member 'itemCount', which Summary.ItemCount (int, not nullable) needs", machine.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void The_generated_Info_and_client_carry_the_policy_and_a_machine_without_one_is_unchanged()
    {
        var camel = Generated(Camel);
        var plain = Generated("");

        Assert.Contains("JsonNaming = global::Asl.JsonNaming.CamelCase", camel);
        Assert.Contains(": base(api, stateMachineArn, options ?? global::Asl.Clients.ClientSerialization.OptionsFor(global::Asl.JsonNaming.CamelCase))", camel);
        Assert.DoesNotContain("JsonNaming", plain);
        Assert.Contains(": base(api, stateMachineArn, options)", plain);
    }

    private static string Generated(string attribute)
    {
        var (result, compiler) = GeneratorHarness.Run(Source("""Workflow.StartWith(Pass("Sum").Parameters((Order o) => new Summary(o.OrderId, o.OrderLines.Length)))""", attribute));
        Assert.Empty(compiler.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return string.Join("\n", result.GeneratedTrees.Select(t => t.ToString()));
    }
}
