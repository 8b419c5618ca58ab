using Asl.Generators.Tests.Evaluation;

namespace Asl.Generators.Tests;

/// <summary>
/// The state input type flows past the states whose output type the DSL knows (an Output or Parameters lambda's result, a
/// task's declared Result&lt;T&gt;(), a result discarded by ResultPath null) and is lost where the data is reshaped in a way it
/// cannot type (ResultPath "$.x", OutputPath, ResultSelector, a Catch): a lambda there needs StateInput&lt;T&gt;() (ASL0042).
/// Where a state that ends the machine has a known output type, it must fit the machine's TOutput (ASL0043).
/// </summary>
public class DataFlowTests
{
    private const string Types = """
        public sealed record Item(string Sku, int Quantity, decimal Price);
        public sealed record Order(string OrderId, [property: System.Text.Json.Serialization.JsonPropertyName("total")] decimal Total, bool Express, Item[] Items, string? Note);
        public sealed record Receipt(string OrderId, decimal Charged);
        public sealed record Summary(string OrderId, int Count, string? Note);
        public sealed record Draft(string? OrderId, int Count);
        public sealed record Shipment(string OrderId, string Tracking);

        [StateMachine(Name = "Shipping", QueryLanguage = QueryLanguage.JsonAta)]
        public partial class ShippingWorkflow : IStateMachine<Receipt, Shipment>
        {
            public static Workflow Define() => Workflow.StartWith(Pass("Ship").Output((Receipt r) => new Shipment(r.OrderId, "T-1")));
        }

        public sealed record Totals([property: System.Text.Json.Serialization.JsonPropertyName("total")] decimal Total, Item[] Items);

        """;

    private const string Machine = """
        [StateMachine(ATTRIBUTE)]
        public partial class Flow : IStateMachine<Order, OUTPUT>
        {
            public static Workflow Define() => DEFINE;
        }
        """;

    private static Machines.Result Run(string define, string output = "Summary", string attribute = "") =>
        Machines.Run(Machines.Usings + "#nullable enable\n" + Types + Machine.Replace("ATTRIBUTE", attribute).Replace("OUTPUT", output).Replace("DEFINE", define));

    private const string JsonAta = "QueryLanguage = QueryLanguage.JsonAta";

    [Fact]
    public void An_Output_lambdas_result_is_the_next_states_input_and_a_fitting_end_is_clean()
    {
        Run("""
            Workflow.StartWith(Pass("Shape").Output((Order o) => new Summary(o.OrderId, o.Items.Length, o.Note)))
                .Then(Choice("Any?").When((Summary s) => s.Count > 0, "Done").Otherwise("Done"))
                .Then(Succeed("Done"))
            """, attribute: JsonAta).Clean();
    }

    [Fact]
    public void A_Parameters_lambdas_result_flows_to_the_next_state()
    {
        Run("""
            Workflow.StartWith(Pass("Shape").Parameters((Order o) => new Receipt(o.OrderId, o.Total)))
                .Then(Pass("Sum").Parameters((Receipt r) => new { r.OrderId, Count = 1 }))
            """).Clean();
    }

    [Fact]
    public void A_tasks_declared_result_type_flows_to_the_next_state()
    {
        Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>())
                .Then(Pass("Sum").Parameters((Receipt r) => new { r.OrderId, Count = 1 }))
            """).Clean();
    }

    [Fact]
    public void A_Lambda_invoke_that_declares_its_answer_gives_the_invoke_result_whose_Payload_path_is_the_answer()
    {
        Run("""
            Workflow.StartWith(LambdaInvoke("Charge", "charge").Returns<Receipt>().RetryOnServiceExceptions(false))
                .Then(Pass("Sum").Parameters((LambdaInvokeResult<Receipt> r) => new { r.Payload.OrderId, Count = r.StatusCode }))
                .Then(LambdaInvoke("Again", "charge").Returns<Receipt>().OutputPath("$.Payload").RetryOnServiceExceptions(false))
                .Then(Pass("Last").Parameters((Receipt r) => new { r.OrderId, Count = 1 }))
            """).Clean();
    }

    [Fact]
    public void A_Lambda_invoke_waiting_for_its_token_gives_the_declared_answer_and_an_end_that_does_not_fit_is_ASL0043()
    {
        var machine = Run("""
            Workflow.StartWith(LambdaInvoke("Ask", "ask").Returns<Receipt>().WaitForTaskToken()
                .Payload(new { Token = Context.TaskToken }).RetryOnServiceExceptions(false))
            """);

        var diagnostic = machine.Single("ASL0043");
        Assert.Contains("State 'Ask' ends the machine with Receipt", diagnostic.GetMessage());
    }

    [Fact]
    public void A_result_discarded_by_ResultPath_null_keeps_the_input_type()
    {
        Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().ResultPath(null))
                .Then(Pass("Sum").Parameters((Order o) => new { o.OrderId, Count = o.Items.Length }))
            """).Clean();
    }

    [Fact]
    public void A_result_merged_into_the_input_loses_the_type_and_the_next_lambda_must_state_it_ASL0042()
    {
        var machine = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().ResultPath("$.receipt"))
                .Then(Pass("Sum").Parameters((Order o) => new { o.OrderId, Count = 1 }))
            """);

        var diagnostic = machine.Single("ASL0042");
        Assert.Equal("(Order o) => new { o.OrderId, Count = 1 }", machine.Spanned(diagnostic));
        Assert.Contains(".StateInput<Order>() on 'Sum'", diagnostic.GetMessage());
    }

    [Fact]
    public void Restating_the_input_after_a_merge_is_clean()
    {
        Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().ResultPath("$.receipt"))
                .Then(Pass("Sum").StateInput<Order>().Parameters((Order o) => new { o.OrderId, Count = 1 }))
            """).Clean();
    }

    [Fact]
    public void A_ResultSelector_loses_the_type_ASL0042()
    {
        var machine = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().ResultSelector(new { Id = Input.At("$.OrderId") }))
                .Then(Pass("Sum").Parameters((Receipt r) => new { r.OrderId, Count = 1 }))
            """);

        Assert.Contains("is not known here", machine.Single("ASL0042").GetMessage());
    }

    [Fact]
    public void An_OutputPath_to_a_member_gives_the_members_type_and_another_path_loses_it()
    {
        var member = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().OutputPath("$.OrderId"))
                .Then(Pass("Sum").Parameters((Receipt r) => new { r.OrderId, Count = 1 }))
            """);
        Assert.Contains("State 'Sum' receives String, but the lambda reads it as Receipt", member.Single("ASL0042").GetMessage());

        var other = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().OutputPath("$.Lines[0]"))
                .Then(Pass("Sum").Parameters((Receipt r) => new { r.OrderId, Count = 1 }))
            """);
        Assert.Contains("is not known here", other.Single("ASL0042").GetMessage());
    }

    [Fact]
    public void A_state_reached_by_a_Catch_receives_the_error_output_not_the_result_ASL0042()
    {
        var machine = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>().Catch(Errors.All, "Refund").Next("Sum"))
                .Then(Pass("Sum").Parameters((Receipt r) => new { r.OrderId, Count = 1 }).End())
                .Then(Pass("Refund").Parameters((Receipt r) => new { r.OrderId, Count = 0 }))
            """);

        var diagnostic = machine.Single("ASL0042");
        Assert.Contains("'Refund'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_lambda_reading_the_previous_result_as_the_machine_input_is_ASL0042()
    {
        var machine = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>())
                .Then(Pass("Sum").Parameters((Order o) => new { o.OrderId, Count = 1 }))
            """);

        Assert.Contains("State 'Sum' receives Receipt, but the lambda reads it as Order", machine.Single("ASL0042").GetMessage());
    }

    [Fact]
    public void An_output_that_drops_a_required_member_of_the_machine_output_is_ASL0043_on_the_lambda()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.Total, Count = o.Items.Length }))
            """, attribute: JsonAta);

        var diagnostic = machine.Single("ASL0043");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("(Order o) => new { o.Total, Count = o.Items.Length }", machine.Spanned(diagnostic));
        Assert.Equal("State 'Summary' ends the machine with an anonymous object { Total, Count }, which does not read back as the machine's output type Summary: "
            + "it has no member 'OrderId', which Summary.OrderId (string, not nullable) needs, so the typed client would read null; add the member, or make Summary.OrderId nullable if it may be absent. "
            + "Make the state's output fit Summary, or declare the output type the machine really has.", diagnostic.GetMessage());
        Assert.NotNull(machine.Definition);
    }

    [Fact]
    public void An_anonymous_output_with_every_required_member_fits_and_optional_members_may_be_missing()
    {
        Run("""
            Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.OrderId, Count = o.Items.Length, Extra = o.Express }))
            """, attribute: JsonAta).Clean();
    }

    [Fact]
    public void A_member_that_may_be_null_where_the_output_needs_a_value_is_ASL0043()
    {
        var machine = Run("""
            Workflow.StartWith(Pass("Summary").Output((Order o) => new Draft(o.Note, 1)))
            """, attribute: JsonAta);

        Assert.Contains("its member 'OrderId' is string?, which may be null, but Summary.OrderId is string; give it a value (?? ...), or make Summary.OrderId nullable", machine.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void A_member_of_another_JSON_kind_or_a_fraction_into_an_integer_is_ASL0043()
    {
        var fraction = Run("""Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.OrderId, Count = o.Total }))""", attribute: JsonAta);
        Assert.Contains("Summary.Count is int, but the state writes decimal, which may have a fraction", fraction.Single("ASL0043").GetMessage());

        var kind = Run("""Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.OrderId, Count = o.OrderId }))""", attribute: JsonAta);
        Assert.Contains("Summary.Count is a number, but the state writes a string (string)", kind.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void Members_are_matched_by_JSON_name_and_arrays_by_their_elements()
    {
        Run("""Workflow.StartWith(Pass("Sum").Output((Order o) => new Totals(o.Total, o.Items)))""", output: "Totals", attribute: JsonAta).Clean();
        Run("""Workflow.StartWith(Pass("Sum").Output((Order o) => new { total = o.Total, Items = o.Items.Where(i => i.Quantity > 0) }))""", output: "Totals", attribute: JsonAta).Clean();

        var elements = Run("""Workflow.StartWith(Pass("Sum").Output((Order o) => new { total = o.Total, Items = o.Items.Select(i => new { i.Sku }) }))""", output: "Totals", attribute: JsonAta);
        Assert.Contains("it has no member 'Quantity', which Totals.Items[].Quantity (int, not nullable) needs", elements.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void A_tasks_declared_result_that_ends_the_machine_is_checked_ASL0043_on_the_state()
    {
        var machine = Run("""
            Workflow.StartWith(Task("Charge", "arn:aws:lambda:us-east-1:123456789012:function:charge").Result<Receipt>())
            """);

        var diagnostic = machine.Single("ASL0043");
        Assert.Equal("\"Charge\"", machine.Spanned(diagnostic));
        Assert.Contains("State 'Charge' ends the machine with Receipt", diagnostic.GetMessage());
        Assert.Contains("no member 'Count'", diagnostic.GetMessage());
    }

    [Fact]
    public void The_machine_input_passed_through_to_the_end_is_checked_against_the_output()
    {
        Run("""Workflow.StartWith(Wait("Pause").Seconds(1))""", output: "Order").Clean();

        var machine = Run("""Workflow.StartWith(Wait("Pause").Seconds(1))""");
        Assert.Contains("State 'Pause' ends the machine with Order", machine.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void An_output_of_unknown_type_and_an_untyped_machine_output_are_not_checked()
    {
        Run("""Workflow.StartWith(Pass("Shape").Result(new { Other = 1 }))""").Clean();
        Run("""Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.Total }))""", output: "System.Text.Json.JsonElement", attribute: JsonAta).Clean();
        Run("""Workflow.StartWith(Pass("Summary").Output((Order o) => new { o.Total }))""", output: "object", attribute: JsonAta).Clean();
    }

    [Fact]
    public void Every_state_that_ends_the_machine_is_checked_on_its_own()
    {
        var machine = Run("""
            Workflow.StartWith(Choice("Route").When((Order o) => o.Express, "Fast").Otherwise("Slow"))
                .Then(Pass("Fast").Output((Order o) => new Summary(o.OrderId, 1, null)).End())
                .Then(Pass("Slow").Output((Order o) => new { o.OrderId }))
            """, attribute: JsonAta);

        Assert.Contains("State 'Slow'", machine.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void A_child_run_to_completion_gives_its_description_with_the_childs_output_type()
    {
        Run("""
            Workflow.StartWith(StartExecution<ShippingWorkflow>("Ship").RunToCompletion().Input((Order o) => new Receipt(o.OrderId, o.Total)))
                .Then(Pass("Sum").Parameters((ChildExecution<Shipment> e) => new { e.Output.OrderId, Count = 1 }))
            """).Clean();
    }

    [Fact]
    public void A_plain_member_path_selects_the_members_type_so_OutputPath_Output_gives_the_childs_output()
    {
        Run("""
            Workflow.StartWith(StartExecution<ShippingWorkflow>("Ship").RunToCompletion().Input((Order o) => new Receipt(o.OrderId, o.Total)).OutputPath("$.Output"))
                .Then(Pass("Sum").Parameters((Shipment s) => new { s.OrderId, Count = 1 }))
            """).Clean();

        var machine = Run("""
            Workflow.StartWith(StartExecution<ShippingWorkflow>("Ship").RunToCompletion().Input((Order o) => new Receipt(o.OrderId, o.Total)).OutputPath("$.Output"))
            """);
        Assert.Contains("State 'Ship' ends the machine with Shipment", machine.Single("ASL0043").GetMessage());
    }

    [Fact]
    public void A_child_waited_for_by_token_or_as_JSON_text_has_no_known_result_type()
    {
        foreach (var pattern in new[] { ".WaitForTaskToken()", ".RunToCompletion(outputAsJson: false)", "" })
        {
            var machine = Run($$"""
                Workflow.StartWith(StartExecution<ShippingWorkflow>("Ship"){{pattern}}.Input((Order o) => new Receipt(o.OrderId, o.Total)))
                    .Then(Pass("Sum").Parameters((ChildExecution<Shipment> e) => new { e.Output.OrderId, Count = 1 }))
                """);

            Assert.Contains("is not known here", machine.Single("ASL0042").GetMessage());
        }
    }

    [Fact]
    public void InputPath_to_a_member_makes_that_member_the_output_of_a_Pass_that_sets_nothing()
    {
        Run("""
            Workflow.StartWith(Pass("Items").InputPath("$.Items"))
                .Then(Pass("Sum").Parameters((Item[] items) => new { OrderId = "x", Count = items.Length }))
            """).Clean();
    }

    [Fact]
    public void A_Parallel_declares_the_array_of_its_branch_outputs_with_Result()
    {
        Run("""
            Workflow.StartWith(Parallel("Both").Branch(Pass("A")).Branch(Pass("B")).Result<Order[]>())
                .Then(Pass("Sum").Parameters((Order[] both) => new { OrderId = "x", Count = both.Length }))
            """).Clean();
    }

    [Fact]
    public void Each_Parallel_branch_receives_the_Parallels_input_type_and_Parameters_loses_it()
    {
        Run("""
            Workflow.StartWith(Parallel("Both")
                    .Branch(b => b.StartWith(Choice("Express?").When((Order o) => o.Express, "A").Otherwise("A")).Then(Pass("A")))
                    .Branch(Pass("B").Parameters((Order o) => new { o.OrderId }))
                    .ResultPath(null))
                .Then(Pass("Sum").Parameters((Order o) => new { o.OrderId, Count = o.Items.Length }))
            """).Clean();

        var reshaped = Run("""
            Workflow.StartWith(Parallel("Both").Parameters(new { Id = Input.At("$.OrderId") }).Branch(Pass("B").Parameters((Order o) => new { o.OrderId })).ResultPath(null))
            """);
        Assert.Contains(".StateInput<Order>() on 'B'", reshaped.Single("ASL0042").GetMessage());
    }
}
