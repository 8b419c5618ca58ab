using Asl.Diagnostics;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>D07, D08, E18 and H01–H05: QueryLanguage values and the fields each language allows.</summary>
public sealed class QueryLanguageTests
{
    [Fact]
    public void A_state_QueryLanguage_in_the_wrong_case_is_reported_with_the_right_spelling()
    {
        var finding = AssertSingle(Machine(""" "A": { "Type": "Pass", "QueryLanguage": "jsonata", "End": true } """),
            AslRules.InvalidStateQueryLanguage, "/States/A/QueryLanguage");
        Assert.Contains("did you mean \"JSONata\"?", finding.Message);
    }

    [Fact]
    public void A_state_QueryLanguage_spelled_exactly_is_accepted() =>
        AssertClean(Machine(""" "A": { "Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input %}", "End": true } """, "JSONPath"));

    [Fact]
    public void Output_in_a_JSONPath_state_is_reported_with_the_AWS_wording_at_the_field()
    {
        var finding = AssertSingle(Pass(""" "Output": { "a": 1 } """, "JSONPath"), AslRules.JsonAtaFieldInJsonPathState, "/States/A/Output");
        Assert.StartsWith("The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage", finding.Message);
    }

    [Fact]
    public void The_same_Output_in_a_JSONata_state_is_accepted() => AssertClean(Pass(""" "Output": { "a": 1 } """));

    [Fact]
    public void Every_JSONata_only_field_of_a_JSONPath_state_is_reported_at_its_own_pointer() =>
        AssertFindings(Machine("""
            "A": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": { "FunctionName": "f" },
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Output": { "failed": true }, "Next": "B" } ],
              "Next": "B"
            },
            "B": { "Type": "Choice", "Choices": [ { "Condition": true, "Output": { "x": 1 }, "Next": "C" } ], "Default": "C" },
            "C": { "Type": "Succeed" }
            """, "JSONPath"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/A/Arguments"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/A/Catch/0/Output"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/B/Choices/0/Condition"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/B/Choices/0/Output"));

    [Fact]
    public void Parameters_in_a_JSONata_state_is_reported_with_its_replacement()
    {
        var finding = AssertSingle(Task(""" "Parameters": { "FunctionName": "f" } """), AslRules.JsonPathFieldInJsonAtaState, "/States/A/Parameters");
        Assert.StartsWith("The QueryLanguage is set to 'JSONata', but field 'Parameters' is only supported for the 'JSONPath' QueryLanguage", finding.Message);
        Assert.Contains("\"Arguments\"", finding.Message);
    }

    [Fact]
    public void The_same_Parameters_in_a_JSONPath_state_is_accepted() =>
        AssertClean(Task(""" "Parameters": { "FunctionName": "f" } """, "JSONPath"));

    [Fact]
    public void Every_JSONPath_only_field_of_a_JSONata_state_is_reported_at_its_own_pointer() =>
        AssertFindings(Machine("""
            "A": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "InputPath": "$.in", "ResultSelector": { "p.$": "$.Payload" }, "ResultPath": "$.out", "OutputPath": "$",
              "TimeoutSecondsPath": "$.timeout",
              "Catch": [ { "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "B" } ],
              "Next": "B"
            },
            "B": { "Type": "Choice", "Choices": [ { "Variable": "$.status", "StringEquals": "DONE", "Next": "C" }, { "Not": { "Variable": "$.x", "IsNull": true }, "Next": "C" } ], "Default": "C" },
            "C": { "Type": "Wait", "SecondsPath": "$.delay", "Next": "D" },
            "D": { "Type": "Fail", "ErrorPath": "$.error", "CausePath": "$.cause" }
            """),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/InputPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/OutputPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ResultSelector"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ResultPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/TimeoutSecondsPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/Catch/0/ResultPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/B/Choices/0/Variable"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/B/Choices/0/StringEquals"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/B/Choices/1/Not"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/C/SecondsPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/D/ErrorPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/D/CausePath"));

    [Fact]
    public void A_Map_in_a_JSONata_state_reports_ItemsPath_and_its_legacy_Parameters() =>
        AssertFindings(Machine("""
            "A": {
              "Type": "Map", "ItemsPath": "$.items", "Parameters": { "v.$": "$$.Map.Item.Value" },
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true
            }
            """),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ItemsPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/Parameters"));

    [Fact]
    public void Every_JSONPath_only_field_of_a_distributed_Map_in_a_JSONata_state_is_reported() =>
        AssertFindings(Machine("""
            "A": {
              "Type": "Map",
              "ItemReader": { "Resource": "arn:aws:states:::s3:getObject", "Parameters": { "Bucket": "b", "Key": "k" }, "ReaderConfig": { "InputType": "JSON", "MaxItemsPath": "$.max" } },
              "ItemBatcher": { "MaxItemsPerBatchPath": "$.batch", "MaxInputBytesPerBatchPath": "$.bytes" },
              "MaxConcurrencyPath": "$.concurrency",
              "ToleratedFailureCountPath": "$.failures",
              "ToleratedFailurePercentagePath": "$.percentage",
              "ResultWriter": { "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "b", "Prefix": "p" } },
              "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }, "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true
            }
            """),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ItemReader/Parameters"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ItemReader/ReaderConfig/MaxItemsPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ItemBatcher/MaxItemsPerBatchPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ItemBatcher/MaxInputBytesPerBatchPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/MaxConcurrencyPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ToleratedFailureCountPath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ToleratedFailurePercentagePath"),
            (AslRules.JsonPathFieldInJsonAtaState, "/States/A/ResultWriter/Parameters"));

    [Fact]
    public void Every_JSONata_only_field_of_a_distributed_Map_in_a_JSONPath_state_is_reported() =>
        AssertFindings(Machine("""
            "A": {
              "Type": "Map",
              "Items": [1, 2],
              "ItemReader": { "Resource": "arn:aws:states:::s3:getObject", "Arguments": { "Bucket": "b", "Key": "k" }, "ReaderConfig": { "InputType": "JSON" } },
              "ResultWriter": { "Resource": "arn:aws:states:::s3:putObject", "Arguments": { "Bucket": "b", "Prefix": "p" } },
              "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }, "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true
            }
            """, "JSONPath"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/A/Items"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/A/ItemReader/Arguments"),
            (AslRules.JsonAtaFieldInJsonPathState, "/States/A/ResultWriter/Arguments"));

    [Fact]
    public void A_JSONPath_state_in_a_JSONata_machine_is_rejected() =>
        AssertSingle(Machine(""" "A": { "Type": "Pass", "QueryLanguage": "JSONPath", "End": true } """),
            AslRules.JsonPathStateInJsonAtaMachine, "/States/A/QueryLanguage");

    [Fact]
    public void A_JSONata_state_in_a_JSONPath_machine_is_accepted() =>
        AssertClean(Machine(""" "A": { "Type": "Pass", "QueryLanguage": "JSONata", "End": true } """, "JSONPath"));

    private const string JsonAtaMapInJsonPathMachine = """
        "A": {
          "Type": "Map", "QueryLanguage": "JSONata", "Items": "{% $states.input.items %}",
          "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", INNER "Output": "{% $states.input %}", "End": true } } },
          "End": true
        }
        """;

    [Fact]
    public void A_nested_state_does_not_inherit_the_QueryLanguage_of_its_Map()
    {
        var finding = AssertSingle(Machine(JsonAtaMapInJsonPathMachine.Replace("INNER", ""), "JSONPath"),
            AslRules.NestedStateInheritsMachineLanguage, "/States/A/ItemProcessor/States/P/Output");
        Assert.Contains("the ItemProcessor of Map \"A\"", finding.Message);
    }

    [Fact]
    public void A_nested_state_that_declares_JSONata_itself_is_accepted() =>
        AssertClean(Machine(JsonAtaMapInJsonPathMachine.Replace("INNER", "\"QueryLanguage\": \"JSONata\","), "JSONPath"));

    [Fact]
    public void Nested_states_inherit_a_JSONata_machine_language_even_under_a_JSONPath_free_Map() =>
        AssertClean(Machine("""
            "A": {
              "Type": "Parallel",
              "Branches": [ { "StartAt": "P", "States": { "P": { "Type": "Pass", "Output": "{% $states.input %}", "End": true } } } ],
              "End": true
            }
            """));
}
