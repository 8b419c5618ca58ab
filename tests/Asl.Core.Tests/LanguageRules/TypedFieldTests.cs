using Asl.Diagnostics;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>E11, E19, G02, G11 and G14: fields with a fixed type or a fixed literal.</summary>
public sealed class TypedFieldTests
{
    private static string Wait(string fields, string queryLanguage = "JSONata") =>
        Machine($$""" "A": { "Type": "Wait", {{fields}}, "End": true } """, queryLanguage);

    [Fact]
    public void A_JSONata_Resource_is_rejected_because_Resource_is_never_evaluated() =>
        AssertSingle(Machine(""" "A": { "Type": "Task", "Resource": "{% $states.input.functionArn %}", "End": true } """),
            AslRules.JsonAtaResource, "/States/A/Resource");

    [Fact]
    public void A_literal_Resource_with_the_dynamic_part_in_Arguments_is_accepted() =>
        AssertClean(Task(""" "Arguments": { "FunctionName": "{% $states.input.functionArn %}", "Payload": "{% $states.input %}" } """));

    [Fact]
    public void A_JSONata_ItemReader_Resource_is_rejected() =>
        AssertSingle(Machine("""
            "A": {
              "Type": "Map",
              "ItemReader": { "Resource": "{% 'arn:aws:states:::s3:getObject' %}", "ReaderConfig": { "InputType": "JSON" }, "Arguments": { "Bucket": "b", "Key": "k" } },
              "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }, "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
              "End": true
            }
            """), AslRules.JsonAtaResource, "/States/A/ItemReader/Resource");

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("\"payload\"", "the string \"payload\"")]
    [InlineData("42", "the number 42")]
    public void Arguments_that_are_neither_an_object_nor_an_expression_are_rejected(string arguments, string described)
    {
        var finding = AssertSingle(Task($$""" "Arguments": {{arguments}} """), AslRules.InvalidJsonAtaArguments, "/States/A/Arguments");
        Assert.Contains(described, finding.Message);
    }

    [Theory]
    [InlineData("{ \"Payload\": 1 }")]
    [InlineData("\"{% $states.input %}\"")]
    public void Arguments_as_an_object_or_one_expression_are_accepted(string arguments) =>
        AssertClean(Task($$""" "Arguments": {{arguments}} """));

    [Fact]
    public void A_JSONata_expression_in_a_typed_field_of_a_JSONPath_state_is_plain_text()
    {
        var finding = AssertSingle(Task(""" "TimeoutSeconds": "{% $states.input.timeout %}" """, "JSONPath"), AslRules.JsonAtaInJsonPathState, "/States/A/TimeoutSeconds");
        Assert.Contains("TimeoutSecondsPath", finding.Message);
    }

    [Fact]
    public void The_same_expression_in_a_JSONata_state_is_evaluated() =>
        AssertClean(Task(""" "TimeoutSeconds": "{% $states.input.timeout %}" """));

    [Fact]
    public void JSONata_text_in_a_JSONPath_payload_template_is_a_literal_and_fine() =>
        AssertClean(Pass(""" "Parameters": { "template": "{% $states.input %}" } """, "JSONPath"));

    [Fact]
    public void A_typed_field_holding_an_expression_without_delimiters_is_reported()
    {
        var finding = AssertSingle(Wait(""" "Seconds": "$states.input.delay" """), AslRules.JsonAtaFieldLiteralType, "/States/A/Seconds");
        Assert.Contains("write \"{% $states.input.delay %}\"", finding.Message);
    }

    [Fact]
    public void The_expression_with_its_delimiters_is_accepted() =>
        AssertClean(Wait(""" "Seconds": "{% $states.input.delay %}" """));

    [Theory]
    [InlineData(""" "Seconds": "{% 'ten' %}" """, "/States/A/Seconds", "the string 'ten'")]
    [InlineData(""" "Seconds": "{% -5 %}" """, "/States/A/Seconds", "the number -5")]
    [InlineData(""" "Seconds": "{% 1.5 %}" """, "/States/A/Seconds", "the number 1.5")]
    [InlineData(""" "Timestamp": "{% 20240101 %}" """, "/States/A/Timestamp", "the number 20240101")]
    public void A_constant_expression_of_the_wrong_type_always_fails(string fields, string pointer, string described)
    {
        var finding = AssertSingle(Wait(fields), AslRules.ConstantOfWrongType, pointer);
        Assert.Contains(described, finding.Message);
    }

    [Theory]
    [InlineData(""" "Seconds": "{% 10 %}" """)]
    [InlineData(""" "Seconds": "{% (0) %}" """)]
    [InlineData(""" "Timestamp": "{% '2030-01-01T00:00:00Z' %}" """)]
    public void A_constant_expression_of_the_right_type_is_accepted(string fields) => AssertClean(Wait(fields));

    private static string Choice(string condition) => Machine($$"""
        "A": { "Type": "Choice", "Choices": [ { "Condition": {{condition}}, "Next": "B" } ], "Default": "B" },
        "B": { "Type": "Succeed" }
        """);

    [Theory]
    [InlineData("\"true\"", "the string \"true\"")]
    [InlineData("1", "the number 1")]
    [InlineData("null", "null")]
    [InlineData("{ \"and\": [] }", "an object")]
    public void A_literal_Condition_must_be_a_boolean(string condition, string described)
    {
        var finding = AssertSingle(Choice(condition), AslRules.JsonAtaFieldLiteralType, "/States/A/Choices/0/Condition");
        Assert.Contains(described + ", but it must be a boolean", finding.Message);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("\"{% $states.input.ready %}\"")]
    public void A_boolean_or_an_expression_is_a_valid_Condition(string condition) => AssertClean(Choice(condition));

    [Fact]
    public void A_constant_Condition_must_be_a_boolean() =>
        AssertSingle(Machine("""
            "A": { "Type": "Choice", "Choices": [ { "Condition": "{% 'yes' %}", "Next": "B" } ], "Default": "B" },
            "B": { "Type": "Succeed" }
            """), AslRules.ConstantOfWrongType, "/States/A/Choices/0/Condition");

    [Fact]
    public void A_constant_Fail_Error_must_be_a_string() =>
        AssertSingle(Machine(""" "A": { "Type": "Fail", "Error": "{% 42 %}", "Cause": "{% 'broken' %}" } """),
            AslRules.ConstantOfWrongType, "/States/A/Error");
}
