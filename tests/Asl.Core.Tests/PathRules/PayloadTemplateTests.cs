using Asl.Diagnostics;
using static Asl.Core.Tests.PathRules.PathRulesHarness;

namespace Asl.Core.Tests.PathRules;

public class PayloadTemplateTests
{
    [Fact]
    public void Common_AWS_templates_pass()
    {
        AssertClean(PathFieldTests.TaskWith("""
              "Parameters": {
                "FunctionName": "${CallbackFunctionArn}",
                "Payload": {
                  "ExecutionId.$": "$$.Execution.Id",
                  "TaskToken.$": "$$.Task.Token",
                  "ParentToken.$": "$$.Execution.Input.TaskToken",
                  "Message.$": "States.Format('Order {} is {}', $.order.id, $.order['status'])",
                  "Body.$": "States.StringToJson($.body)",
                  "Merged.$": "States.JsonMerge($.a, $.b, false)",
                  "First.$": "States.ArrayGetItem($.arr, 0)",
                  "Items": [{"Id.$": "$.items[0].id"}, 1, "plain text"],
                  "Escaped.$": "States.Format('Braces \\{\\} and {}', $.x)",
                  "Price": "$5 or less",
                  "Root": "$"
                }
              },
              "ResultSelector": {"Status.$": "$.Payload.status", "Count.$": "States.ArrayLength($.Payload.items)"},
              "Credentials": {"RoleArn.$": "$.roleArn"},
              "Assign": {"orderId.$": "$.order.id", "attempts": 0}
            """));
    }

    [Fact]
    public void Dollar_key_with_a_number_value_is_reported_at_the_key()
    {
        var finding = AssertReported(PassWithParameters("""{"Input": {"Count.$": 5}}"""), AslRules.InvalidDollarValue, "/States/A/Parameters/Input/Count.$");
        Assert.Contains("the number 5", finding.Message);
    }

    [Fact]
    public void Dollar_key_with_plain_text_is_reported()
    {
        AssertReported(PassWithParameters("""{"Name.$": "hello"}"""), AslRules.InvalidDollarValue, "/States/A/Parameters/Name.$");
    }

    [Fact]
    public void Dollar_key_with_a_path_is_valid()
    {
        AssertClean(PassWithParameters("""{"Name.$": "$.name", "Fixed": 5}"""));
    }

    [Fact]
    public void Dollar_key_with_a_broken_path_is_an_invalid_path_at_the_key()
    {
        var finding = AssertReported(PassWithParameters("""{"TaskToken.$": "$$.Task.Token]"}"""), AslRules.InvalidPath, "/States/A/Parameters/TaskToken.$");
        Assert.Contains("character 14", finding.Message);
    }

    [Fact]
    public void Dollar_keys_in_objects_inside_arrays_are_checked()
    {
        AssertReported(PassWithParameters("""{"List": [{"a.$": "nope"}]}"""), AslRules.InvalidDollarValue, "/States/A/Parameters/List/0/a.$");
    }

    [Fact]
    public void Keys_with_slashes_are_escaped_in_the_pointer()
    {
        AssertReported(PassWithParameters("""{"a/b.$": 1}"""), AslRules.InvalidDollarValue, "/States/A/Parameters/a~1b.$");
    }

    [Fact]
    public void The_same_output_field_with_and_without_dollar_is_a_duplicate()
    {
        var finding = AssertReported(PassWithParameters("""{"id": 1, "id.$": "$.id"}"""), AslRules.DuplicatePayloadField, "/States/A/Parameters/id.$");
        Assert.Contains("\"id\" and \"id.$\"", finding.Message);
    }

    [Fact]
    public void Different_output_fields_are_not_duplicates()
    {
        AssertNotReported(PassWithParameters("""{"id": 1, "ids.$": "$.id", "nested": {"id.$": "$.x"}}"""), AslRules.DuplicatePayloadField);
    }

    [Fact]
    public void Parameters_that_are_not_an_object_are_reported()
    {
        var finding = AssertReported(PassWithParameters("\"$.input\""), AslRules.PayloadTemplateNotObject, "/States/A/Parameters");
        Assert.Contains("the string", finding.Message);
    }

    [Fact]
    public void Parameters_as_a_whole_value_placeholder_is_accepted()
    {
        AssertClean(PassWithParameters("\"${TaskParameters}\""));
    }

    [Fact]
    public void ResultSelector_that_is_an_array_is_reported()
    {
        AssertReported(PathFieldTests.TaskWith("""  "ResultSelector": [1, 2] """), AslRules.PayloadTemplateNotObject, "/States/A/ResultSelector");
    }

    [Fact]
    public void Path_value_under_a_key_without_dollar_is_a_warning()
    {
        var finding = AssertReported(PassWithParameters("""{"Payload": {"orderId": "$.order.id"}}"""),
            AslRules.PathValueWithoutDollarKey, "/States/A/Parameters/Payload/orderId");
        Assert.Contains("\"orderId.$\"", finding.Message);
    }

    [Fact]
    public void Intrinsic_call_under_a_key_without_dollar_is_a_warning()
    {
        AssertReported(PassWithParameters("""{"id": "States.UUID()"}"""), AslRules.PathValueWithoutDollarKey, "/States/A/Parameters/id");
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$total")]
    [InlineData("costs $5")]
    [InlineData("States.Unknown()")]
    [InlineData("${Placeholder}")]
    public void Text_that_is_not_clearly_a_path_gets_no_dollar_warning(string text)
    {
        AssertNotReported(PassWithParameters($$"""{"note": "{{text}}"}"""), AslRules.PathValueWithoutDollarKey);
    }

    [Fact]
    public void Every_payload_template_of_a_distributed_Map_is_checked()
    {
        var json = OneState("""
            {"Type": "Map", "ItemsPath": "$.items",
             "ItemSelector": {"v.$": 1},
             "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket.$": 2, "Key": "k"}},
             "ItemBatcher": {"MaxItemsPerBatch": 10, "BatchInput": {"b.$": 3}},
             "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket.$": 4}},
             "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                               "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
             "End": true}
            """);
        AssertReported(json, AslRules.InvalidDollarValue, "/States/A/ItemSelector/v.$");
        AssertReported(json, AslRules.InvalidDollarValue, "/States/A/ItemReader/Parameters/Bucket.$");
        AssertReported(json, AslRules.InvalidDollarValue, "/States/A/ItemBatcher/BatchInput/b.$");
        AssertReported(json, AslRules.InvalidDollarValue, "/States/A/ResultWriter/Parameters/Bucket.$");
    }

    [Fact]
    public void Assign_of_states_rules_and_catchers_is_a_payload_template()
    {
        var json = """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": {"a.$": 1},
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"err.$": "oops"}, "Next": "C"}], "Next": "C"},
              "C": {"Type": "Choice", "Assign": {"d.$": true},
                    "Choices": [{"Variable": "$.x", "IsPresent": true, "Assign": {"r.$": null}, "Next": "Done"}], "Default": "Done"},
              "Done": {"Type": "Succeed"}}}
            """;
        AssertReported(json, AslRules.InvalidDollarValue, "/States/T/Assign/a.$");
        AssertReported(json, AslRules.InvalidDollarValue, "/States/T/Catch/0/Assign/err.$");
        AssertReported(json, AslRules.InvalidDollarValue, "/States/C/Assign/d.$");
        AssertReported(json, AslRules.InvalidDollarValue, "/States/C/Choices/0/Assign/r.$");
    }

    [Fact]
    public void Map_item_context_in_a_Task_is_a_warning()
    {
        AssertReported(PathFieldTests.TaskWith("""  "Parameters": {"Index.$": "$$.Map.Item.Index"} """),
            AslRules.MapContextOutsideItemSelector, "/States/A/Parameters/Index.$");
    }

    [Fact]
    public void Map_item_context_in_an_intrinsic_argument_outside_ItemSelector_is_a_warning()
    {
        AssertReported(PassWithParameters("""{"Label.$": "States.Format('item {}', $$.Map.Item.Value.name)"}"""),
            AslRules.MapContextOutsideItemSelector, "/States/A/Parameters/Label.$");
    }

    [Fact]
    public void Map_item_context_in_a_path_field_is_a_warning()
    {
        AssertReported(OneState("""{"Type": "Pass", "InputPath": "$$.Map.Item.Value", "End": true}"""),
            AslRules.MapContextOutsideItemSelector, "/States/A/InputPath");
    }

    [Fact]
    public void Map_item_context_in_ItemSelector_is_valid()
    {
        AssertClean(OneState("""
            {"Type": "Map", "ItemsPath": "$.items",
             "ItemSelector": {"Index.$": "$$.Map.Item.Index", "Label.$": "States.Format('#{}', $$.Map.Item.Index)", "Value.$": "$$.Map.Item.Value"},
             "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}
            """));
    }

    [Fact]
    public void Map_item_context_in_the_legacy_Map_Parameters_is_valid()
    {
        AssertClean(OneState("""
            {"Type": "Map", "Parameters": {"Index.$": "$$.Map.Item.Index"},
             "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}
            """));
    }

    [Fact]
    public void Map_item_context_inside_the_processor_states_is_a_warning()
    {
        AssertReported(OneState("""
            {"Type": "Map", "ItemsPath": "$.items",
             "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"i.$": "$$.Map.Item.Index"}, "End": true}}}, "End": true}
            """), AslRules.MapContextOutsideItemSelector, "/States/A/ItemProcessor/States/P/Parameters/i.$");
    }

    [Fact]
    public void Literal_field_holding_a_path_is_a_warning_naming_the_Path_twin()
    {
        var finding = AssertReported(OneState("""{"Type": "Wait", "Seconds": "$.delay", "End": true}"""), AslRules.PathValueInLiteralField, "/States/A/Seconds");
        Assert.Contains("\"SecondsPath\"", finding.Message);
    }

    [Fact]
    public void Fail_Error_holding_a_context_path_is_a_warning()
    {
        AssertReported(OneState("""{"Type": "Fail", "Error": "$$.Execution.Input.code"}"""), AslRules.PathValueInLiteralField, "/States/A/Error");
    }

    [Fact]
    public void Literal_fields_with_literals_are_valid()
    {
        AssertNotReported(OneState("""{"Type": "Wait", "Timestamp": "2024-05-01T00:00:00Z", "End": true}"""), AslRules.PathValueInLiteralField);
        AssertNotReported(OneState("""{"Type": "Fail", "Error": "Order.Failed", "Cause": "costs $5"}"""), AslRules.PathValueInLiteralField);
    }
}
