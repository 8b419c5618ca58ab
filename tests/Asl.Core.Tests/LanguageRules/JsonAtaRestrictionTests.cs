using Asl.Diagnostics;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>G03–G10, G12 and G13: what Step Functions forbids or warns about inside JSONata expressions.</summary>
public sealed class JsonAtaRestrictionTests
{
    private static string Output(string expression) => Pass($$""" "Output": "{{expression}}" """);

    [Theory]
    [InlineData("{% total %}", "'total'")]
    [InlineData("{% $.total %}", "'$'")]
    [InlineData("{% $ %}", "'$'")]
    [InlineData("{% $count(items) %}", "'items'")]
    [InlineData("{% { 'sum': amount } %}", "'amount'")]
    [InlineData("{% ($x := price; $x * 2) %}", "'price'")]
    [InlineData("{% `order id` %}", "'`order id`'")]
    public void A_field_name_or_dollar_at_the_top_level_reads_an_input_document_that_does_not_exist(string expression, string shown)
    {
        var finding = AssertSingle(Output(expression), AslRules.TopLevelInputReference, "/States/A/Output");
        Assert.Contains("Reference to " + shown + " at the top level is not supported", finding.Message);
        Assert.Contains("$states.input", finding.Message);
    }

    [Fact]
    public void A_function_called_without_its_dollar_is_reported_with_the_right_call()
    {
        var finding = AssertSingle(Output("{% count($states.input.items) %}"), AslRules.TopLevelInputReference, "/States/A/Output");
        Assert.Contains("Write $count(...)", finding.Message);
    }

    [Fact]
    public void A_hyphenated_field_name_without_backticks_is_a_subtraction_and_the_hint_says_so()
    {
        var finding = AssertSingle(Output("{% $states.input.order-id %}"), AslRules.TopLevelInputReference, "/States/A/Output");
        Assert.Contains("Reference to 'id'", finding.Message);
        Assert.Contains("`order-id` in backticks", finding.Message);
    }

    [Theory]
    [InlineData("{% $states.input.`order-id` %}")]
    [InlineData("{% $states.input.total %}")]
    [InlineData("{% $states.input.items.{ 'n': name, 'p': price } %}")]
    [InlineData("{% $states.input.items.[name, price] %}")]
    [InlineData("{% $states.input.items[price > 10].name %}")]
    [InlineData("{% $states.input.items[$ > 3] %}")]
    [InlineData("{% $states.input.items.(price * quantity) %}")]
    [InlineData("{% $states.input.items.$sum(price) %}")]
    [InlineData("{% $states.input.items^(price) %}")]
    [InlineData("{% $states.input.items{ category: $count(sku) } %}")]
    [InlineData("{% $map($states.input.items, function($v) { $v.price }) %}")]
    [InlineData("{% $states.input ~> | order | { 'checked': true } | %}")]
    public void Names_inside_predicates_steps_groups_sorts_lambdas_and_transforms_refer_to_the_value_in_context(string expression) =>
        AssertClean(Output(expression));

    [Fact]
    public void A_nested_value_is_reported_at_its_exact_pointer() =>
        AssertSingle(Pass(""" "Output": { "order": { "lines": [ 1, { "total": "{% total %}" } ] } } """),
            AslRules.TopLevelInputReference, "/States/A/Output/order/lines/1/total");

    [Theory]
    [InlineData(""" "Output": "a plain string" """)]
    [InlineData(""" "Output": 42 """)]
    [InlineData(""" "Output": null """)]
    [InlineData(""" "Output": [ 1, "two", { "three": "{% $states.input.three %}" } ] """)]
    [InlineData(""" "Output": true """)]
    public void Output_may_be_any_JSON_value_with_expressions_nested_anywhere(string fields) => AssertClean(Pass(fields));

    [Fact]
    public void Double_dollar_is_rejected() =>
        AssertSingle(Output("{% $$.Execution.Id %}"), AslRules.DoubleDollarInJsonAta, "/States/A/Output");

    [Fact]
    public void The_context_object_is_read_through_states_context() =>
        AssertClean(Output("{% $states.context.Execution.Id %}"));

    [Fact]
    public void States_result_in_a_Pass_state_has_no_result_to_read() =>
        AssertSingle(Output("{% $states.result.id %}"), AslRules.StatesResultNotAvailable, "/States/A/Output");

    [Fact]
    public void States_result_in_a_Task_Output_and_Assign_is_available() =>
        AssertClean(Task(""" "Output": "{% $states.result.Payload %}", "Assign": { "status": "{% $states.result.StatusCode %}" } """));

    [Fact]
    public void States_result_in_a_Catcher_is_not_available_and_the_hint_names_errorOutput()
    {
        var finding = AssertSingle(TaskWithCatcher(""" "Output": "{% $states.result %}" """), AslRules.StatesResultNotAvailable, "/States/A/Catch/0/Output");
        Assert.Contains("$states.errorOutput", finding.Message);
    }

    [Fact]
    public void States_errorOutput_outside_a_Catcher_is_rejected() =>
        AssertSingle(Task(""" "Output": "{% $states.errorOutput.Cause %}" """), AslRules.StatesErrorOutputNotAvailable, "/States/A/Output");

    [Fact]
    public void States_errorOutput_in_a_Catcher_Output_and_Assign_is_available() =>
        AssertClean(TaskWithCatcher(""" "Output": "{% $merge([$states.input, { 'error': $states.errorOutput }]) %}", "Assign": { "lastError": "{% $states.errorOutput.Error %}" } """));

    [Fact]
    public void Arguments_cannot_read_the_result_of_the_work_they_start() =>
        AssertSingle(Task(""" "Arguments": { "previous": "{% $states.result %}" } """), AslRules.ArgumentsReferenceResult, "/States/A/Arguments/previous");

    [Fact]
    public void Arguments_cannot_read_the_error_output() =>
        AssertSingle(Task(""" "Arguments": "{% $states.errorOutput %}" """), AslRules.ArgumentsReferenceResult, "/States/A/Arguments");

    [Fact]
    public void Arguments_read_the_state_input_and_context() =>
        AssertClean(Task(""" "Arguments": { "FunctionName": "f", "Payload": { "id": "{% $states.input.id %}", "run": "{% $states.context.Execution.Name %}" } } """));

    [Fact]
    public void An_unknown_states_member_is_a_warning_that_suggests_the_right_spelling()
    {
        var finding = AssertSingle(Output("{% $states.Input.id %}"), AslRules.UnknownStatesMember, "/States/A/Output");
        Assert.Contains("Did you mean $states.input?", finding.Message);
    }

    [Fact]
    public void Eval_is_not_supported() =>
        AssertSingle(Output("{% $eval($states.input.code) %}"), AslRules.EvalNotSupported, "/States/A/Output");

    [Fact]
    public void Parse_turns_a_JSON_string_into_a_value() =>
        AssertClean(Output("{% $parse($states.input.body) %}"));

    [Theory]
    [InlineData("{% $uuid(1) %}", "takes 0 arguments but is given 1")]
    [InlineData("{% $partition($states.input.items) %}", "takes 2 arguments but is given 1")]
    [InlineData("{% $hash($states.input.body) %}", "takes 2 arguments but is given 1")]
    [InlineData("{% $range(1) %}", "takes 2 to 3 arguments but is given 1")]
    [InlineData("{% $parse() %}", "takes 1 argument but is given 0")]
    [InlineData("{% $random(1, 2) %}", "takes 0 to 1 argument but is given 2")]
    [InlineData("{% $hash($states.input.body, 'SHA256') %}", "algorithm 'SHA256'")]
    [InlineData("{% $states.input.body ~> $hash('sha-256') %}", "algorithm 'sha-256'")]
    public void Step_Functions_functions_called_with_wrong_literal_arguments_are_reported(string expression, string reason)
    {
        var finding = AssertSingle(Output(expression), AslRules.StepFunctionsFunctionMisused, "/States/A/Output");
        Assert.Contains(reason, finding.Message);
    }

    [Theory]
    [InlineData("{% $uuid() %}")]
    [InlineData("{% $partition($states.input.items, 10) %}")]
    [InlineData("{% $hash($states.input.body, 'SHA-256') %}")]
    [InlineData("{% $states.input.body ~> $hash('MD5') %}")]
    [InlineData("{% $range(0, 10, 2) %}")]
    [InlineData("{% $random() + $random(42) %}")]
    [InlineData("{% ($hash := function($v) { $v }; $hash(1)) %}")]
    public void Step_Functions_functions_called_correctly_are_accepted(string expression) => AssertClean(Output(expression));

    [Fact]
    public void An_intrinsic_function_inside_an_expression_is_a_warning_naming_the_JSONata_replacement()
    {
        var finding = AssertSingle(Output("{% States.Format('Hello {}', $states.input.name) %}"), AslRules.IntrinsicInJsonAtaState, "/States/A/Output");
        Assert.Contains("States.Format", finding.Message);
        Assert.Contains("&", finding.Message);
    }

    [Fact]
    public void An_intrinsic_function_as_a_plain_string_in_a_JSONata_state_is_a_warning() =>
        AssertSingle(Pass(""" "Output": { "id": "States.UUID()" } """), AslRules.IntrinsicInJsonAtaState, "/States/A/Output/id");

    [Fact]
    public void The_same_call_in_a_JSONPath_payload_template_is_not_a_JSONata_concern() =>
        AssertClean(Pass(""" "Parameters": { "id.$": "States.UUID()" } """, "JSONPath"));

    [Fact]
    public void A_key_ending_in_dollar_dot_is_a_JSONPath_habit_that_JSONata_keeps_literally()
    {
        var finding = AssertSingle(Task(""" "Arguments": { "Payload.$": "$" } """), AslRules.PathKeyInJsonAtaState, "/States/A/Arguments/Payload.$");
        Assert.Contains("\"Payload\"", finding.Message);
    }

    [Fact]
    public void The_same_key_without_the_JSONPath_suffix_and_with_a_JSONata_value_is_accepted() =>
        AssertClean(Task(""" "Arguments": { "Payload": "{% $states.input %}" } """));

    [Fact]
    public void Keys_are_computed_by_building_the_object_in_one_expression() =>
        AssertClean(Pass(""" "Output": "{% { $states.input.key: 1 } %}" """));

    [Fact]
    public void A_JSONata_expression_as_an_object_key_is_never_evaluated() =>
        AssertSingle(Pass(""" "Output": { "{% $states.input.key %}": 1 } """), AslRules.JsonAtaObjectKey, "/States/A/Output/{% $states.input.key %}");

    [Fact]
    public void White_space_around_the_delimiters_is_a_warning() =>
        AssertSingle(Output(" {% $states.input %}"), AslRules.PaddedJsonAtaString, "/States/A/Output");

    [Fact]
    public void White_space_inside_the_delimiters_is_part_of_the_expression_and_fine() =>
        AssertClean(Output("{%   $states.input   %}"));

    [Fact]
    public void States_result_is_not_available_in_a_Map_ItemSelector() =>
        AssertSingle(Machine("""
            "A": {
              "Type": "Map", "Items": "{% $states.input.items %}",
              "ItemSelector": { "value": "{% $states.context.Map.Item.Value %}", "previous": "{% $states.result %}" },
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true
            }
            """), AslRules.StatesResultNotAvailable, "/States/A/ItemSelector/previous");

    [Fact]
    public void Pointers_escape_slashes_and_tildes_in_keys() =>
        AssertSingle(Pass(""" "Output": { "a/b~c": "{% total %}" } """), AslRules.TopLevelInputReference, "/States/A/Output/a~1b~0c");
}
