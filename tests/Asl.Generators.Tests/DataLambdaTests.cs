using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Asl.Generators.Tests.Evaluation;
using static Asl.States;

namespace Asl.Generators.Tests;

/// <summary>
/// C# lambdas over the state input become ASL at compile time: Choice rules and ".$" paths in JSONPath, JSONata
/// expressions in JSONata; what JSONPath cannot say is ASL0041 on that sub-expression, what has no translation ASL0040,
/// a lambda reading the input as the wrong type ASL0042. The generator writes what the run-time overloads write.
/// </summary>
public class DataLambdaTests
{
    private const string Types = """
        public sealed record Item(string Sku, int Quantity, decimal Price);
        public sealed record Order(string OrderId, [property: System.Text.Json.Serialization.JsonPropertyName("total")] decimal Total, bool Express, string Customer, Item[] Items, string? Note);
        public sealed record ShipmentRequest(string OrderId, bool Express);
        public sealed record Limits(decimal limit, string owner);

        [StateMachine(Name = "Shipping")]
        public partial class ShippingWorkflow : IStateMachine<ShipmentRequest, ShipmentRequest>
        {
            public static Workflow Define() => Workflow.StartWith(Pass("Ship"));
        }
        """;

    private const string JsonAta = "[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]";

    private static Machines.Result Run(string define, string attribute = "[StateMachine]") =>
        Machines.Run(Machines.Source("public static Workflow Define() => " + define + ";", Types, attribute));

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected:\n{expected}\nActual:\n{actual}");

    [Fact]
    public void A_condition_becomes_JSONPath_Choice_rules_with_the_JSON_names()
    {
        var machine = Run("""Workflow.StartWith(Choice("Route").When((Order o) => o.Total > 1000 && !o.Express, "Review").Otherwise("Ship")).Then(Pass("Review")).Then(Pass("Ship"))""").Clean();

        AssertJson("""
            [{ "And": [ { "Variable": "$.total", "NumericGreaterThan": 1000 }, { "Variable": "$.Express", "BooleanEquals": false } ], "Next": "Review" }]
            """, machine.State("Route")["Choices"]);
    }

    [Fact]
    public void Null_tests_strings_and_negations_become_presence_and_string_rules()
    {
        var machine = Run("""Workflow.StartWith(Choice("Route").When((Order o) => o.Note != null || o.Customer == "Ada" || !(o.Total <= 10) || o.Customer.StartsWith("A*"), "Ship").Otherwise("Ship")).Then(Pass("Ship"))""").Clean();

        AssertJson("""
            [{ "Or": [
                { "And": [ { "Variable": "$.Note", "IsPresent": true }, { "Variable": "$.Note", "IsNull": false } ] },
                { "Variable": "$.Customer", "StringEquals": "Ada" },
                { "Not": { "Variable": "$.total", "NumericLessThanEquals": 10 } },
                { "Variable": "$.Customer", "StringMatches": "A\\**" } ], "Next": "Ship" }]
            """, machine.State("Route")["Choices"]);
    }

    [Fact]
    public void A_typed_child_input_passes_each_member_as_a_path_whatever_its_type()
    {
        var machine = Run("""Workflow.StartWith(StartExecution<ShippingWorkflow>("Ship").Input((Order o) => new ShipmentRequest(o.OrderId, o.Express)))""").Clean();

        AssertJson("""{ "OrderId.$": "$.OrderId", "Express.$": "$.Express" }""", machine.State("Ship")["Parameters"]!["Input"]);
    }

    [Fact]
    public void A_lambda_returning_an_anonymous_object_that_misses_a_child_member_is_ASL0004()
    {
        var machine = Run("""Workflow.StartWith(StartExecution<ShippingWorkflow>("Ship").Input((Order o) => new { o.OrderId, Express = o.Customer }))""");

        var diagnostic = machine.Single("ASL0004");
        Assert.Contains("Express", diagnostic.GetMessage());
    }

    [Fact]
    public void JSONPath_payloads_use_intrinsics_for_text_array_lengths_and_integer_sums()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Parameters((Order o) => new { o.OrderId, Label = $"Order {o.OrderId} for {o.Customer}", Count = o.Items.Length, Next = o.Items.Length + 1, Fixed = new { Kind = "x" } }))""").Clean();

        AssertJson("""
            { "OrderId.$": "$.OrderId", "Label.$": "States.Format('Order {} for {}', $.OrderId, $.Customer)", "Count.$": "States.ArrayLength($.Items)",
              "Next.$": "States.MathAdd(States.ArrayLength($.Items), 1)", "Fixed": { "Kind": "x" } }
            """, machine.State("Shape")["Parameters"]);
    }

    [Fact]
    public void In_a_JSONata_state_the_same_lambdas_become_JSONata_expressions()
    {
        var machine = Run("""
            Workflow.StartWith(Choice("Route").When((Order o) => o.Items.Any(i => i.Quantity > 2) && o.Customer.ToUpper().Contains("DA"), "Shape").Otherwise("Shape"))
                .Then(Pass("Shape").Output((Order o) => new { Skus = o.Items.Select(i => i.Sku), Sum = o.Items.Sum(i => i.Price * i.Quantity), Note = o.Note ?? "none", Kind = o.Express ? "fast" : "slow" }))
            """, JsonAta).Clean();

        Assert.Equal("{% (($count($states.input.Items[($v1 := $; ($v1.Quantity > 2))]) > 0) and $contains($uppercase($states.input.Customer), 'DA')) %}",
            (string?)machine.State("Route")["Choices"]![0]!["Condition"]);
        AssertJson("""
            { "Skus": "{% [$states.input.Items.($v1 := $; $v1.Sku)] %}",
              "Sum": "{% $sum([$states.input.Items.($v1 := $; ($v1.Price * $v1.Quantity))]) %}",
              "Note": "{% ($exists($states.input.Note) and $states.input.Note != null ? $states.input.Note : 'none') %}",
              "Kind": "{% ($states.input.Express ? 'fast' : 'slow') %}" }
            """, machine.State("Shape")["Output"]);
    }

    [Fact]
    public void What_only_JSONata_can_say_is_ASL0041_on_that_sub_expression_in_a_JSONPath_state()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Parameters((Order o) => new { o.OrderId, Upper = o.Customer.ToUpper() }))""");

        var diagnostic = machine.Single("ASL0041");
        Assert.Equal("o.Customer.ToUpper()", machine.Spanned(diagnostic));
        Assert.Contains(".QueryLanguage(QueryLanguage.JsonAta)", diagnostic.GetMessage());
    }

    [Fact]
    public void A_JSONPath_condition_on_a_computed_value_is_ASL0041_on_the_comparison()
    {
        var machine = Run("""Workflow.StartWith(Choice("Route").When((Order o) => o.Express || o.Items.Length > 2, "Ship").Otherwise("Ship")).Then(Pass("Ship"))""");

        Assert.Equal("o.Items.Length > 2", machine.Spanned(machine.Single("ASL0041")));
    }

    [Fact]
    public void Untranslatable_CSharp_is_ASL0040_on_its_exact_span()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Output((Order o) => new { Hash = o.Customer.GetHashCode() }))""", JsonAta);

        Assert.Equal("o.Customer.GetHashCode()", machine.Spanned(machine.Single("ASL0040")));
    }

    [Fact]
    public void Captured_values_are_evaluated_into_constants()
    {
        var withLimit = Machines.Run(Machines.Source("""
            private const int Limit = 500;
            public static Workflow Define() => Workflow.StartWith(Choice("Route").When((Order o) => o.Total > Limit * 2, "Ship").Otherwise("Ship")).Then(Pass("Ship"));
            """, Types)).Clean();

        Assert.Equal(1000, (int)withLimit.State("Route")["Choices"]![0]!["NumericGreaterThan"]!);
    }

    [Fact]
    public void Context_fields_and_variables_become_context_and_variable_paths_in_JSONPath()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Remember").Assign((Order o) => new Limits(o.Total, o.Customer))).Then(Pass("Shape").Parameters((Order o, Ctx<Limits> c) => new { o.OrderId, c.Execution.Id, c.Task.Token, Start = c.Execution.StartTime,
                Entered = c.State.EnteredTime, Machine = c.StateMachine.Name, Customer = c.Execution.Input<Order>().Customer, c.Vars.limit, Owner = $"{c.Vars.owner} of {c.Execution.Name}" }))
            """).Clean();

        AssertJson("""
            { "OrderId.$": "$.OrderId", "Id.$": "$$.Execution.Id", "Token.$": "$$.Task.Token", "Start.$": "$$.Execution.StartTime", "Entered.$": "$$.State.EnteredTime",
              "Machine.$": "$$.StateMachine.Name", "Customer.$": "$$.Execution.Input.Customer", "limit.$": "$limit", "Owner.$": "States.Format('{} of {}', $owner, $$.Execution.Name)" }
            """, machine.State("Shape")["Parameters"]);
    }

    [Fact]
    public void Context_fields_and_variables_become_states_context_and_variables_in_JSONata()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Remember").Assign((Order o) => new Limits(o.Total, o.Customer))).Then(Choice("Route").When((Order o, Ctx<Limits> c) => o.Total > c.Vars.limit && c.State.Name != "x", "Shape").Otherwise("Shape"))
                .Then(Pass("Shape").Output((Order o, Ctx c) => new { c.Execution.Id, Item = c.Map.Item.Value<Item>().Sku, Index = c.Map.Item.Index + 1 }))
            """, JsonAta).Clean();

        Assert.Equal("{% (($states.input.total > $limit) and ($states.context.State.Name != 'x')) %}", (string?)machine.State("Route")["Choices"]![0]!["Condition"]);
        AssertJson("""
            { "Id": "{% $states.context.Execution.Id %}", "Item": "{% $states.context.Map.Item.Value.Sku %}", "Index": "{% ($states.context.Map.Item.Index + 1) %}" }
            """, machine.State("Shape")["Output"]);
    }

    [Fact]
    public void A_JSONPath_condition_compares_a_variable_with_a_constant_and_the_input()
    {
        var machine = Run("""Workflow.StartWith(Pass("Remember").Assign((Order o) => new Limits(o.Total, o.Customer))).Then(Choice("Route").When((Order o, Ctx<Limits> c) => c.Vars.limit > 10 && o.Customer == c.Vars.owner, "Ship").Otherwise("Ship")).Then(Pass("Ship"))""").Clean();

        AssertJson("""
            [{ "And": [ { "Variable": "$limit", "NumericGreaterThan": 10 }, { "Variable": "$.Customer", "StringEqualsPath": "$owner" } ], "Next": "Ship" }]
            """, machine.State("Route")["Choices"]);
    }

    [Fact]
    public void A_Map_item_selector_lambda_reads_the_item_typed_through_the_context()
    {
        var machine = Run("""Workflow.StartWith(Map("Lines").ItemsPath("$.Items").ItemSelector((Order o, Ctx c) => new { o.OrderId, c.Map.Item.Value<Item>().Sku, c.Map.Item.Index }).ItemProcessor(Pass("Each")))""").Clean();

        AssertJson("""{ "OrderId.$": "$.OrderId", "Sku.$": "$$.Map.Item.Value.Sku", "Index.$": "$$.Map.Item.Index" }""", machine.State("Lines")["ItemSelector"]);
    }

    [Fact]
    public void A_typed_Assign_writes_variables_in_both_languages()
    {
        var jsonPath = Run("""Workflow.StartWith(Pass("Remember").Assign((Order o) => new Limits(o.Total, o.Customer)))""").Clean();
        var jsonAta = Run("""Workflow.StartWith(Pass("Remember").Assign((Order o, Ctx c) => new { limit = o.Total * 2, owner = c.Execution.Name }))""", JsonAta).Clean();

        AssertJson("""{ "limit.$": "$.total", "owner.$": "$.Customer" }""", jsonPath.State("Remember")["Assign"]);
        AssertJson("""{ "limit": "{% ($states.input.total * 2) %}", "owner": "{% $states.context.Execution.Name %}" }""", jsonAta.State("Remember")["Assign"]);
    }

    [Fact]
    public void A_typed_Assign_where_JSONPath_assigns_from_the_result_is_ASL0041()
    {
        var machine = Run("""Workflow.StartWith(Pass("Remember").Parameters(new { x = 1 }).Assign((Order o) => new { limit = o.Total }))""");

        var diagnostic = machine.Single("ASL0041");
        Assert.Equal("new { limit = o.Total }", machine.Spanned(diagnostic));
        Assert.Contains("Assign reads the state's result", diagnostic.GetMessage());
    }

    [Fact]
    public void A_Parameters_lambda_in_a_JSONata_state_is_reported_as_a_JSONPath_field_not_as_needing_JSONata()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Parameters((Order o) => new { Upper = o.Customer.ToUpper() }))""", JsonAta);

        Assert.DoesNotContain(machine.Diagnostics, d => d.Id == "ASL0041");
        Assert.Contains("Use .Output(...)", machine.Single("ASL0015").GetMessage());
    }

    [Fact]
    public void Sorting_becomes_one_stable_sort_with_the_keys_in_order()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Output((Order o) => o.Items.OrderBy(i => i.Quantity).ThenByDescending(i => i.Sku, System.StringComparer.Ordinal).Take(2).Select(i => Math.Round(i.Price))))""", JsonAta).Clean();

        Assert.Equal("{% [[$filter([$sort($states.input.Items, function($l, $r) { ($l.($v1 := $; $v1.Quantity) = $r.($v1 := $; $v1.Quantity) ? $l.($v1 := $; $v1.Sku) < $r.($v1 := $; $v1.Sku) : $l.($v1 := $; $v1.Quantity) > $r.($v1 := $; $v1.Quantity)) })], function($item, $index) { $index < 2 })].($v1 := $; $round($v1.Price))] %}",
            (string?)machine.State("Shape")["Output"]);
    }

    [Fact]
    public void Sorting_by_a_string_without_the_ordinal_comparer_is_ASL0040()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Output((Order o) => o.Items.OrderBy(i => i.Sku)))""", JsonAta);

        var diagnostic = machine.Single("ASL0040");
        Assert.Equal("o.Items.OrderBy(i => i.Sku)", machine.Spanned(diagnostic));
        Assert.Contains("StringComparer.Ordinal", diagnostic.GetMessage());
    }

    [Fact]
    public void Reading_the_value_a_context_holds_for_CSharp_is_ASL0040()
    {
        var machine = Run("""Workflow.StartWith(Pass("Shape").Output((Order o, Ctx c) => new { Input = c.Execution.InputValue }))""", JsonAta);

        Assert.Contains("Input<T>()", machine.Single("ASL0040").GetMessage());
    }

    private const string TypedMachine = """
        [StateMachine]
        public partial class Flow : IStateMachine<Order, object>
        {
            public static Workflow Define() => DEFINE;
        }
        """;

    private static Machines.Result RunTyped(string define) =>
        Machines.Run(Machines.Usings + Types + TypedMachine.Replace("DEFINE", define));

    [Fact]
    public void The_first_state_reads_the_machine_input_type_and_a_later_state_states_its_own()
    {
        RunTyped("""Workflow.StartWith(Choice("Route").When((Order o) => o.Express, "Ship").Otherwise("Ship")).Then(Pass("Ship").StateInput<Order>().Parameters((Order o) => new { o.OrderId }))""").Clean();
    }

    [Fact]
    public void The_input_type_flows_through_states_that_pass_their_input_unchanged()
    {
        RunTyped("""Workflow.StartWith(Choice("Route").When((Order o) => o.Express, "Wait").Otherwise("Ship")).Then(Wait("Wait").Seconds(1)).Then(Pass("Ship").Parameters((Order o) => new { o.OrderId }))""").Clean();
    }

    [Fact]
    public void A_state_reached_from_a_reshaping_state_and_a_passing_one_is_not_guessed_ASL0042()
    {
        var machine = RunTyped("""Workflow.StartWith(Choice("Route").When((Order o) => o.Express, "Shape").Otherwise("Ship")).Then(Pass("Shape").Parameters((Order o) => new { o.OrderId })).Then(Pass("Ship").Parameters((Order o) => new { o.OrderId }))""");

        var diagnostic = machine.Single("ASL0042");
        Assert.Contains("'Ship'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_lambda_reading_the_machine_input_as_another_type_is_ASL0042()
    {
        var machine = RunTyped("""Workflow.StartWith(Choice("Route").When((ShipmentRequest r) => r.Express, "Ship").Otherwise("Ship")).Then(Pass("Ship"))""");

        var diagnostic = machine.Single("ASL0042");
        Assert.Equal("(ShipmentRequest r) => r.Express", machine.Spanned(diagnostic));
        Assert.Contains("receives Order", diagnostic.GetMessage());
    }

    [Fact]
    public void A_later_state_whose_input_type_is_lost_must_state_it_ASL0042()
    {
        var machine = RunTyped("""Workflow.StartWith(Pass("First").Parameters((Order o) => new { o.OrderId }).ResultPath("$.first")).Then(Pass("Ship").Parameters((Order o) => new { o.OrderId }))""");

        Assert.Contains(".StateInput<Order>() on 'Ship'", machine.Single("ASL0042").GetMessage());
    }

    public sealed record Item(string Sku, int Quantity, decimal Price);

    public sealed record Order(string OrderId, [property: System.Text.Json.Serialization.JsonPropertyName("total")] decimal Total, bool Express, string Customer, Item[] Items, string? Note);

    /// <summary>The same Define(), compiled by the generator and built at run time from expression trees.</summary>
    [Fact]
    public void The_generator_writes_what_the_run_time_overloads_write()
    {
        const string define = """
            Workflow.StartWith(Choice("Route").When((Order o) => o.Total > 1000 && !o.Express || o.Note != null, "Review").Otherwise("Shape"))
                .Then(Pass("Review").Parameters((Order o) => new { o.OrderId, Label = $"Order {o.OrderId}", Count = o.Items.Length }))
                .Then(Pass("Shape").QueryLanguage(QueryLanguage.JsonAta).Output((Order o) => new { Skus = o.Items.Where(i => i.Quantity > 1).Select(i => i.Sku.ToLower()), Half = o.Items.Sum(i => i.Quantity) / 2, Fast = o.Express ? o.Customer.Substring(1) : "no" }))
            """;
        var compiled = Run(define).Clean().Definition;

        var runtime = Workflow.StartWith(Choice("Route").When((Order o) => o.Total > 1000 && !o.Express || o.Note != null, "Review").Otherwise("Shape"))
            .Then(Pass("Review").Parameters((Order o) => new { o.OrderId, Label = $"Order {o.OrderId}", Count = o.Items.Length }))
            .Then(Pass("Shape").QueryLanguage(QueryLanguage.JsonAta).Output((Order o) => new { Skus = o.Items.Where(i => i.Quantity > 1).Select(i => i.Sku.ToLower()), Half = o.Items.Sum(i => i.Quantity) / 2, Fast = o.Express ? o.Customer.Substring(1) : "no" }))
            .Build();

        AssertJson(Asl.Writing.AslWriter.Write(runtime), compiled);
    }

    public sealed record Limits(decimal limit, string owner);

    /// <summary>Context, variables, typed Assign and sorting: the generator writes what the run-time overloads write.</summary>
    [Fact]
    public void The_generator_writes_context_variables_Assign_and_sorting_as_the_run_time_overloads_do()
    {
        const string define = """
            Workflow.StartWith(Pass("Remember").Assign((Order o, Ctx c) => new Limits(o.Total, c.Execution.Name)))
                .Then(Choice("Route").When((Order o, Ctx<Limits> c) => o.Total >= c.Vars.limit && c.Vars.owner != null, "Shape").Otherwise("Shape"))
                .Then(Pass("Shape").QueryLanguage(QueryLanguage.JsonAta).Output((Order o, Ctx<Limits> c) => new { c.Vars.owner, Top = o.Items.OrderByDescending(i => i.Price).ThenBy(i => i.Sku, System.StringComparer.Ordinal).First().Sku, Skus = string.Join(",", o.Items.Select(i => i.Sku).Distinct()), Abs = Math.Abs(o.Total - c.Vars.limit) }))
            """;
        var compiled = Run(define).Clean().Definition;

        var runtime = Workflow.StartWith(Pass("Remember").Assign((Order o, Ctx c) => new Limits(o.Total, c.Execution.Name)))
            .Then(Choice("Route").When((Order o, Ctx<Limits> c) => o.Total >= c.Vars.limit && c.Vars.owner != null, "Shape").Otherwise("Shape"))
            .Then(Pass("Shape").QueryLanguage(QueryLanguage.JsonAta).Output((Order o, Ctx<Limits> c) => new { c.Vars.owner, Top = o.Items.OrderByDescending(i => i.Price).ThenBy(i => i.Sku, System.StringComparer.Ordinal).First().Sku, Skus = string.Join(",", o.Items.Select(i => i.Sku).Distinct()), Abs = Math.Abs(o.Total - c.Vars.limit) }))
            .Build();

        AssertJson(Asl.Writing.AslWriter.Write(runtime), compiled);
    }
}
