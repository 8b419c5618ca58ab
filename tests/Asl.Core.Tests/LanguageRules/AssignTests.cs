using Asl.Diagnostics;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>I01–I04 and I10: the shape of Assign and the names and sizes of the variables it sets.</summary>
public sealed class AssignTests
{
    [Fact]
    public void Assign_must_be_an_object() =>
        AssertSingle(Pass(""" "Assign": [ "total" ] """), AslRules.AssignNotObject, "/States/A/Assign");

    [Fact]
    public void An_empty_Assign_object_is_accepted() => AssertClean(Pass(""" "Assign": {} """));

    [Fact]
    public void A_Catcher_Assign_must_be_an_object_too() =>
        AssertSingle(TaskWithCatcher(""" "Assign": "{% $states.errorOutput %}" """), AslRules.AssignNotObject, "/States/A/Catch/0/Assign");

    [Fact]
    public void A_Choice_rule_nested_in_And_cannot_assign() =>
        AssertSingle(Machine("""
            "A": {
              "Type": "Choice",
              "Choices": [ { "And": [ { "Variable": "$.a", "IsPresent": true, "Assign": { "seen": true } }, { "Variable": "$.b", "IsPresent": true } ], "Next": "B" } ],
              "Default": "B"
            },
            "B": { "Type": "Succeed" }
            """, "JSONPath"), AslRules.AssignInNestedChoiceRule, "/States/A/Choices/0/And/0/Assign");

    [Fact]
    public void The_top_level_Choice_rule_may_assign() =>
        AssertClean(Machine("""
            "A": {
              "Type": "Choice",
              "Choices": [ { "And": [ { "Variable": "$.a", "IsPresent": true }, { "Variable": "$.b", "IsPresent": true } ], "Assign": { "seen": true }, "Next": "B" } ],
              "Default": "B"
            },
            "B": { "Type": "Succeed" }
            """, "JSONPath"));

    [Theory]
    [InlineData("1st", "it starts with '1'")]
    [InlineData("_hidden", "it starts with '_'")]
    [InlineData("order-id", "it contains '-'")]
    [InlineData("order id", "it contains a space")]
    [InlineData("a.b", "it contains '.'")]
    [InlineData("", "it is empty")]
    public void A_variable_name_must_be_a_Unicode_identifier(string name, string reason)
    {
        var finding = AssertSingle(Pass($$""" "Assign": { "{{name}}": 1 } """), AslRules.InvalidVariableName, "/States/A/Assign/" + name);
        Assert.Contains(reason, finding.Message);
    }

    [Theory]
    [InlineData("orderId")]
    [InlineData("order_id2")]
    [InlineData("größe")]
    [InlineData("注文")]
    [InlineData("x")]
    public void Unicode_identifiers_are_valid_variable_names(string name) =>
        AssertClean(Pass($$""" "Assign": { "{{name}}": 1 } """));

    [Fact]
    public void A_variable_name_may_have_80_characters_but_not_81()
    {
        AssertClean(Pass($$""" "Assign": { "{{new string('v', 80)}}": 1 } """));
        var finding = AssertSingle(Pass($$""" "Assign": { "{{new string('v', 81)}}": 1 } """), AslRules.InvalidVariableName, "/States/A/Assign/" + new string('v', 81));
        Assert.Contains("81 characters", finding.Message);
    }

    [Fact]
    public void In_JSONPath_a_key_ending_in_dollar_dot_assigns_the_name_before_it() =>
        AssertClean(Pass(""" "Assign": { "total.$": "$.amount" } """, "JSONPath"));

    [Fact]
    public void In_JSONata_a_key_ending_in_dollar_dot_is_part_of_the_name_and_invalid()
    {
        var finding = AssertSingle(Pass(""" "Assign": { "total.$": "{% $states.input.amount %}" } """), AslRules.InvalidVariableName, "/States/A/Assign/total.$");
        Assert.Contains("JSONPath syntax", finding.Message);
    }

    [Fact]
    public void The_reserved_name_states_cannot_be_assigned() =>
        AssertSingle(Pass(""" "Assign": { "states": {} } """), AslRules.ReservedVariableName, "/States/A/Assign/states");

    [Fact]
    public void The_reserved_name_cannot_be_assigned_through_a_JSONPath_key_either() =>
        AssertSingle(Pass(""" "Assign": { "states.$": "$" } """, "JSONPath"), AslRules.ReservedVariableName, "/States/A/Assign/states.$");

    [Fact]
    public void A_literal_variable_larger_than_256_KiB_is_rejected()
    {
        var big = new string('x', 262_143);
        var finding = AssertSingle(Pass($$""" "Assign": { "blob": "{{big}}" } """), AslRules.VariableTooLarge, "/States/A/Assign/blob");
        Assert.Contains("262,145 bytes", finding.Message);
    }

    [Fact]
    public void A_literal_variable_of_exactly_256_KiB_is_accepted() =>
        AssertClean(Pass($$""" "Assign": { "blob": "{{new string('x', 262_142)}}" } """));

    [Fact]
    public void A_large_value_computed_by_an_expression_is_not_measured() =>
        AssertClean(Pass($$""" "Assign": { "blob": [ "{{new string('x', 262_142)}}", "{% $states.input %}" ] } """));
}
