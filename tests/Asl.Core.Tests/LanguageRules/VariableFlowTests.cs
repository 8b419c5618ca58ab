using Asl.Diagnostics;
using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>I05–I08: a variable has a value only after a state that always runs earlier, in its scope or an enclosing one, assigns it.</summary>
public sealed class VariableFlowTests
{
    [Fact]
    public void A_variable_that_no_state_assigns_is_an_error()
    {
        var finding = AssertSingle(Pass(""" "Output": "{% $orderId %}" """), AslRules.UnassignedVariable, "/States/A/Output");
        Assert.Contains("no state assigns it", finding.Message);
    }

    [Fact]
    public void A_variable_assigned_by_the_previous_state_is_accepted() =>
        AssertClean(Machine("""
            "A": { "Type": "Pass", "Assign": { "orderId": "{% $states.input.id %}" }, "Next": "B" },
            "B": { "Type": "Pass", "Output": "{% $orderId %}", "End": true }
            """));

    [Fact]
    public void A_variable_with_a_typo_is_reported_with_the_assigned_name()
    {
        var finding = AssertSingle(Machine("""
            "A": { "Type": "Pass", "Assign": { "orderTotal": 1, "customer": 2 }, "Next": "B" },
            "B": { "Type": "Pass", "Output": "{% $ordrTotal %}", "End": true }
            """), AslRules.UnassignedVariable, "/States/B/Output");
        Assert.Contains("did you mean $orderTotal?", finding.Message);
    }

    [Fact]
    public void A_misspelt_variable_is_reported_with_the_assigned_spelling()
    {
        var finding = AssertSingle(Machine("""
            "A": { "Type": "Pass", "Assign": { "orderId": 1 }, "Next": "B" },
            "B": { "Type": "Pass", "Output": "{% $orderID %}", "End": true }
            """), AslRules.UnassignedVariable, "/States/B/Output");
        Assert.Contains("did you mean $orderId?", finding.Message);
    }

    [Fact]
    public void A_state_cannot_read_what_its_own_Assign_sets()
    {
        var finding = AssertSingle(Pass(""" "Assign": { "x": 42, "copy": "{% $x %}" } """), AslRules.UnassignedVariable, "/States/A/Assign/copy");
        Assert.Contains("takes effect in the next state", finding.Message);
    }

    [Fact]
    public void Reading_the_previous_value_while_assigning_a_new_one_is_accepted() =>
        AssertClean(Machine("""
            "A": { "Type": "Pass", "Assign": { "x": 5 }, "Next": "B" },
            "B": { "Type": "Pass", "Assign": { "x": 42, "newOrOld": "{% $x %}" }, "End": true }
            """));

    [Fact]
    public void A_variable_assigned_by_a_later_state_has_no_value_yet()
    {
        var finding = AssertSingle(Machine("""
            "A": { "Type": "Pass", "Output": "{% $total %}", "Next": "B" },
            "B": { "Type": "Pass", "Assign": { "total": 1 }, "End": true }
            """), AslRules.UnassignedVariable, "/States/A/Output");
        Assert.Contains("state \"B\"", finding.Message);
    }

    private const string Branching = """
        "A": { "Type": "Choice", "Choices": [ { "Condition": "{% $states.input.fast %}", "Assign": { "mode": "fast" }, "Next": "Join" } ], "Default": "Slow" },
        "Slow": { "Type": "Pass", SLOW "Next": "Join" },
        "Join": { "Type": "Pass", "Output": "{% $mode %}", "End": true }
        """;

    [Fact]
    public void A_variable_assigned_on_only_some_paths_is_a_warning() =>
        AssertSingle(Machine(Branching.Replace("SLOW", "")), AslRules.PossiblyUnassignedVariable, "/States/Join/Output");

    [Fact]
    public void A_variable_assigned_on_every_path_is_accepted() =>
        AssertClean(Machine(Branching.Replace("SLOW", "\"Assign\": { \"mode\": \"slow\" },")));

    [Fact]
    public void The_Default_path_takes_the_Choice_state_top_level_Assign() =>
        AssertClean(Machine("""
            "A": { "Type": "Choice", "Choices": [ { "Condition": true, "Assign": { "mode": "fast" }, "Next": "Join" } ], "Default": "Join", "Assign": { "mode": "slow" } },
            "Join": { "Type": "Pass", "Output": "{% $mode %}", "End": true }
            """));

    [Fact]
    public void A_Catcher_path_takes_the_Catcher_Assign_instead_of_the_state_Assign() =>
        AssertSingle(Machine("""
            "A": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": { "result": "{% $states.result %}" },
                   "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "B" } ], "Next": "B" },
            "B": { "Type": "Pass", "Output": "{% $result %}", "End": true }
            """), AslRules.PossiblyUnassignedVariable, "/States/B/Output");

    [Fact]
    public void A_loop_that_assigns_before_its_first_use_is_accepted() =>
        AssertClean(Machine("""
            "A": { "Type": "Pass", "Assign": { "attempt": 0 }, "Next": "Loop" },
            "Loop": { "Type": "Pass", "Assign": { "attempt": "{% $attempt + 1 %}" }, "Next": "Check" },
            "Check": { "Type": "Choice", "Choices": [ { "Condition": "{% $attempt < 3 %}", "Next": "Loop" } ], "Default": "Done" },
            "Done": { "Type": "Succeed" }
            """));

    [Fact]
    public void JSONPath_paths_and_templates_reference_variables_too() =>
        AssertFindings(Machine("""
            "A": { "Type": "Pass", "Parameters": { "id.$": "$orderId", "name.$": "States.Format('{} {}', $first, '$notAVariable')", "ctx.$": "$$.Execution.Id" }, "Next": "B" },
            "B": { "Type": "Choice", "Choices": [ { "Variable": "$limit.max", "NumericGreaterThanPath": "$.count", "Next": "C" } ], "Default": "C" },
            "C": { "Type": "Succeed" }
            """, "JSONPath"),
            (AslRules.UnassignedVariable, "/States/A/Parameters/id.$"),
            (AslRules.UnassignedVariable, "/States/A/Parameters/name.$"),
            (AslRules.UnassignedVariable, "/States/B/Choices/0/Variable"));

    [Fact]
    public void JSONPath_references_to_assigned_variables_are_accepted() =>
        AssertClean(Machine("""
            "A": { "Type": "Pass", "Assign": { "orderId.$": "$.id", "limit": { "max": 3 } }, "Next": "B" },
            "B": { "Type": "Choice", "Choices": [ { "Variable": "$limit.max", "NumericGreaterThanPath": "$.count", "Next": "C" } ], "Default": "C" },
            "C": { "Type": "Pass", "Parameters": { "id.$": "$orderId" }, "End": true }
            """, "JSONPath"));

    [Fact]
    public void JSONata_built_in_functions_are_not_variables() =>
        AssertClean(Pass(""" "Output": "{% $count($states.input.items) + $sum($states.input.items.price) %}" """));

    [Fact]
    public void A_variable_named_like_a_built_in_function_is_a_variable_where_it_is_not_called() =>
        AssertSingle(Machine("""
            "A": { "Type": "Pass", "Output": "{% $count %}", "Next": "B" },
            "B": { "Type": "Pass", "Assign": { "count": 1 }, "End": true }
            """), AslRules.UnassignedVariable, "/States/A/Output");

    private const string MapOverOuterVariable = """
        "A": { "Type": "Pass", "Assign": { "currency": "EUR" }, "Next": "M" },
        "M": {
          "Type": "Map", "Items": "{% $states.input.items %}",
          "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", INNER, "End": true } } },
          "End": true
        }
        """;

    [Fact]
    public void A_Map_iteration_reads_variables_of_the_enclosing_scope() =>
        AssertClean(Machine(MapOverOuterVariable.Replace("INNER", "\"Output\": \"{% $currency %}\"")));

    [Fact]
    public void An_inner_scope_must_not_assign_a_variable_of_the_outer_scope()
    {
        var finding = AssertSingle(Machine(MapOverOuterVariable.Replace("INNER", "\"Assign\": { \"currency\": \"USD\" }")),
            AslRules.InnerScopeAssignsOuterVariable, "/States/M/ItemProcessor/States/P/Assign/currency");
        Assert.Contains("the ItemProcessor of Map \"M\"", finding.Message);
    }

    [Fact]
    public void An_inner_scope_may_assign_its_own_names() =>
        AssertClean(Machine(MapOverOuterVariable.Replace("INNER", "\"Assign\": { \"lineTotal\": 1 }")));

    [Fact]
    public void Variables_of_a_Map_iteration_are_not_visible_after_the_Map()
    {
        var finding = AssertSingle(Machine("""
            "M": {
              "Type": "Map", "Items": [1, 2],
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "Assign": { "inner": 1 }, "End": true } } },
              "Next": "After"
            },
            "After": { "Type": "Pass", "Output": "{% $inner %}", "End": true }
            """, startAt: "M"), AslRules.UnassignedVariable, "/States/After/Output");
        Assert.Contains("not visible here", finding.Message);
    }

    [Fact]
    public void A_variable_the_outer_scope_assigns_only_after_the_Map_starts_has_no_value_inside() =>
        AssertSingle(Machine("""
            "M": {
              "Type": "Map", "Items": [1, 2],
              "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "Output": "{% $later %}", "End": true } } },
              "Next": "After"
            },
            "After": { "Type": "Pass", "Assign": { "later": 1 }, "End": true }
            """, startAt: "M"), AslRules.UnassignedVariable, "/States/M/ItemProcessor/States/P/Output");

    [Fact]
    public void A_branch_cannot_read_a_variable_of_its_sibling_branch()
    {
        var finding = AssertSingle(Machine("""
            "Fork": {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "Assign": { "leftValue": 1 }, "End": true } } },
                { "StartAt": "Right", "States": { "Right": { "Type": "Pass", "Output": "{% $leftValue %}", "End": true } } }
              ],
              "End": true
            }
            """, startAt: "Fork"), AslRules.VariableFromOtherScope, "/States/Fork/Branches/1/States/Right/Output");
        Assert.Contains("another branch of Parallel \"Fork\"", finding.Message);
    }

    [Fact]
    public void Branches_read_variables_assigned_before_the_Parallel_state() =>
        AssertClean(Machine("""
            "A": { "Type": "Pass", "Assign": { "shared": 1 }, "Next": "Fork" },
            "Fork": {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "Output": "{% $shared %}", "End": true } } },
                { "StartAt": "Right", "States": { "Right": { "Type": "Pass", "Output": "{% $shared + 1 %}", "End": true } } }
              ],
              "End": true
            }
            """));

    [Fact]
    public void A_Map_iteration_cannot_read_a_value_left_by_an_earlier_iteration()
    {
        var finding = AssertSingle(Machine("""
            "M": {
              "Type": "Map", "Items": [1, 2],
              "ItemProcessor": { "StartAt": "Add", "States": {
                "Add": { "Type": "Pass", "Output": "{% $runningTotal %}", "Next": "Keep" },
                "Keep": { "Type": "Pass", "Assign": { "runningTotal": "{% $states.input %}" }, "End": true }
              } },
              "End": true
            }
            """, startAt: "M"), AslRules.VariableFromOtherScope, "/States/M/ItemProcessor/States/Add/Output");
        Assert.Contains("earlier iteration", finding.Message);
    }

    [Fact]
    public void An_unreachable_state_is_not_checked_for_variables() =>
        AssertClean(Machine("""
            "A": { "Type": "Pass", "End": true },
            "Orphan": { "Type": "Pass", "Output": "{% $never %}", "End": true }
            """));
}
