using Asl.Collections;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using static Asl.Core.Tests.StructureRules.StructureRulesHarness;

namespace Asl.Core.Tests.StructureRules;

/// <summary>B03 and C01–C05: StartAt, transition targets, reachability and termination per States object.</summary>
public sealed class GraphTests
{
    [Fact]
    public void StartAt_naming_no_state_is_reported_at_StartAt()
    {
        var finding = AssertSingle("""
            { "StartAt": "Begin", "States": { "Start": { "Type": "Succeed" } } }
            """, AslRules.StartAtNotFound, "/StartAt");
        Assert.StartsWith("\"StartAt\" names \"Begin\", which is not a state in this States object.", finding.Message);
    }

    [Fact]
    public void StartAt_with_a_typo_of_a_state_name_suggests_that_state()
    {
        var finding = AssertSingle("""
            { "StartAt": "Strat", "States": { "Start": { "Type": "Succeed" } } }
            """, AslRules.StartAtNotFound, "/StartAt");
        Assert.Contains("which is not a state in this States object. Did you mean \"Start\"? Name one", finding.Message);
    }

    [Theory]
    [InlineData("Save ordr", "Save order")]
    [InlineData("save order", "Save order")]
    [InlineData("Save-order", "Save order")]
    public void Next_with_a_typo_of_a_state_name_suggests_that_state(string target, string suggested)
    {
        var findings = Findings(AslReader.Read($$"""
            { "StartAt": "Charge", "States": { "Charge": { "Type": "Pass", "Next": "{{target}}" }, "Save order": { "Type": "Succeed" } } }
            """).Machine!);

        var finding = Assert.Single(findings, d => d.Code == AslRules.MissingTransitionTarget.Code);
        Assert.Contains($"which is not a state in this States object. Did you mean \"{suggested}\"? Add a state", finding.Message);
    }

    [Theory]
    [InlineData("B")]
    [InlineData("Refund")]
    public void Next_naming_nothing_close_to_a_state_suggests_nothing(string target)
    {
        var findings = Findings(AslReader.Read($$"""
            { "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "{{target}}" }, "C": { "Type": "Succeed" }, "Save order": { "Type": "Succeed" } } }
            """).Machine!);

        var finding = Assert.Single(findings, d => d.Code == AslRules.MissingTransitionTarget.Code);
        Assert.DoesNotContain("Did you mean", finding.Message);
    }

    [Fact]
    public void Choice_with_an_empty_Choices_list_built_as_a_model_is_reported_at_Choices()
    {
        var machine = new StateMachine("Pick", EquatableArray.Create(
            new NamedState("Pick", new ChoiceState(EquatableArray<ChoiceRule>.Empty) { Default = "Done" }),
            new NamedState("Done", new SucceedState())));

        var finding = Assert.Single(Asl.Validation.AslValidator.Validate(machine), d => d.Code == AslRules.ChoicesShape.Code);
        Assert.Equal("/States/Pick/Choices", finding.Pointer);
        Assert.Contains("is empty", finding.Message);
    }

    [Fact]
    public void StartAt_of_a_branch_naming_an_outer_state_says_where_that_state_is()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "Fan",
              "States": {
                "Fan": {
                  "Type": "Parallel", "End": true,
                  "Branches": [ { "StartAt": "Fan", "States": { "Inner": { "Type": "Succeed" } } } ]
                }
              }
            }
            """, AslRules.StartAtNotFound, "/States/Fan/Branches/0/StartAt");
        Assert.Contains("it is declared in the top-level States of the state machine", finding.Message);
    }

    [Fact]
    public void Missing_StartAt_is_left_to_the_reader()
    {
        // The reader reports the missing field (B02) and gives the model an empty StartAt.
        var read = AslReader.Read("""{ "States": { "Go": { "Type": "Succeed" } } }""");
        Assert.NotEmpty(read.Diagnostics);
        Assert.DoesNotContain(Findings(read.Machine!), d => d.Code == AslRules.StartAtNotFound.Code);
    }

    [Fact]
    public void StartAt_naming_a_state_of_its_own_States_object_is_accepted() => AssertClean("""
        {
          "StartAt": "Fan",
          "States": {
            "Fan": {
              "Type": "Parallel", "End": true,
              "Branches": [ { "StartAt": "Inner", "States": { "Inner": { "Type": "Succeed" } } } ]
            }
          }
        }
        """);

    [Theory]
    [InlineData("\"Next\": \"Cleanup\", \"Catch\": [ { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Done\" } ]", "/States/Work/Next", "\"Next\" of state \"Work\" names \"Cleanup\"")]
    [InlineData("\"Next\": \"Done\", \"Catch\": [ { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Cleanup\" } ]", "/States/Work/Catch/0/Next", "\"Catch[0].Next\" of state \"Work\" names \"Cleanup\"")]
    public void Transition_to_a_missing_state_is_reported_at_the_field_that_names_it(string fields, string pointer, string start)
    {
        var json = $$"""
            {
              "StartAt": "Work",
              "States": {
                "Work": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", {{fields}} },
                "Done": { "Type": "Succeed" }
              }
            }
            """;
        var finding = AssertSingle(json, AslRules.MissingTransitionTarget, pointer);
        Assert.StartsWith(start, finding.Message);
        Assert.Contains("Add a state \"Cleanup\" or fix the name.", finding.Message);
    }

    [Fact]
    public void Catcher_without_a_target_is_left_to_the_catcher_rules()
    {
        var machine = new StateMachine("Work", EquatableArray.Create(
            new NamedState("Work", new TaskState("arn:aws:states:::lambda:invoke")
            {
                End = true,
                Catch = EquatableArray.Create(new Catcher(EquatableArray.Create(ErrorNames.All), "")),
            })));
        Assert.Empty(Findings(machine));
    }

    [Fact]
    public void Choice_rule_Next_and_Default_naming_missing_states_are_each_reported() => AssertFindings("""
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.ok", "BooleanEquals": true, "Next": "Ship" } ],
              "Default": "Refund"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """,
        (AslRules.MissingTransitionTarget, "/States/Route/Choices/0/Next"),
        (AslRules.MissingTransitionTarget, "/States/Route/Default"),
        (AslRules.UnreachableState, "/States/Done"));

    [Fact]
    public void Transitions_to_states_of_the_same_States_object_are_accepted() => AssertClean("""
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.ok", "BooleanEquals": true, "Next": "Work" } ],
              "Default": "Refund"
            },
            "Work": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Refund" } ]
            },
            "Refund": { "Type": "Pass", "Next": "Done" },
            "Done": { "Type": "Succeed" }
          }
        }
        """);

    private const string ParallelWithInnerState = """
        {
          "StartAt": "Prepare",
          "States": {
            "Prepare": { "Type": "Pass", "Next": "{{target}}" },
            "Fan": {
              "Type": "Parallel", "Next": "Done",
              "Branches": [
                { "StartAt": "Inner", "States": { "Inner": { "Type": "Pass", "{{innerKey}}": {{innerValue}} } } }
              ]
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    private static string ParallelMachine(string target, string innerKey = "End", string innerValue = "true") =>
        ParallelWithInnerState.Replace("{{target}}", target).Replace("{{innerKey}}", innerKey).Replace("{{innerValue}}", innerValue);

    [Fact]
    public void Next_naming_a_state_inside_a_Parallel_branch_says_it_cannot_jump_into_the_branch()
    {
        var findings = Findings(ParallelMachine("Inner"));
        var finding = Assert.Single(findings, d => d.Code == AslRules.TransitionAcrossContainers.Code);
        Assert.Equal("/States/Prepare/Next", finding.Pointer);
        Assert.Contains("declared in branch 0 of Parallel state \"Fan\"", finding.Message);
        Assert.Contains("cannot jump into a Parallel branch; go to Parallel state \"Fan\" instead", finding.Message);
    }

    [Fact]
    public void Next_naming_an_outer_state_from_a_Parallel_branch_says_it_cannot_jump_out_of_the_branch()
    {
        var findings = Findings(ParallelMachine("Fan", "Next", "\"Done\""));
        var finding = Assert.Single(findings, d => d.Code == AslRules.TransitionAcrossContainers.Code);
        Assert.Equal("/States/Fan/Branches/0/States/Inner/Next", finding.Pointer);
        Assert.Contains("cannot jump out of a Parallel branch", finding.Message);
        Assert.Contains("let Parallel state \"Fan\" continue with its own \"Next\"", finding.Message);
    }

    [Fact]
    public void Catch_Next_naming_an_outer_state_from_a_Map_processor_says_it_cannot_jump_out_of_the_processor()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map", "Next": "Done",
                  "ItemProcessor": {
                    "StartAt": "Call",
                    "States": {
                      "Call": {
                        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                        "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Done" } ]
                      }
                    }
                  }
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """, AslRules.TransitionAcrossContainers, "/States/Each/ItemProcessor/States/Call/Catch/0/Next");
        Assert.Contains("declared in the top-level States of the state machine", finding.Message);
        Assert.Contains("cannot jump out of a Map's item processor", finding.Message);
    }

    [Fact]
    public void Catch_Next_naming_a_state_in_a_sibling_branch_is_reported_at_the_Next_field()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "Fan",
              "States": {
                "Fan": {
                  "Type": "Parallel", "End": true,
                  "Branches": [
                    {
                      "StartAt": "Left",
                      "States": {
                        "Left": {
                          "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                          "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Right" } ]
                        }
                      }
                    },
                    { "StartAt": "Right", "States": { "Right": { "Type": "Succeed" } } }
                  ]
                }
              }
            }
            """, AslRules.TransitionAcrossContainers, "/States/Fan/Branches/0/States/Left/Catch/0/Next");
        Assert.Contains("declared in branch 1 of Parallel state \"Fan\"", finding.Message);
        Assert.Contains("cannot jump out of a Parallel branch", finding.Message);
    }

    [Fact]
    public void Unreachable_state_is_reported_in_the_AWS_wording_at_the_state()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "A",
              "States": {
                "A": { "Type": "Pass", "Next": "B" },
                "B": { "Type": "Succeed" },
                "C": { "Type": "Pass", "Next": "B" }
              }
            }
            """, AslRules.UnreachableState, "/States/C");
        Assert.StartsWith("State \"C\" is not reachable.", finding.Message);
    }

    [Fact]
    public void Cycle_with_no_way_in_is_unreachable_even_though_each_state_has_an_incoming_transition() => AssertFindings("""
        {
          "StartAt": "A",
          "States": {
            "A": { "Type": "Succeed" },
            "Ping": { "Type": "Pass", "Next": "Pong" },
            "Pong": { "Type": "Pass", "Next": "Ping" }
          }
        }
        """,
        (AslRules.UnreachableState, "/States/Ping"),
        (AslRules.UnreachableState, "/States/Pong"));

    [Fact]
    public void States_reached_only_through_a_Catcher_are_reachable() => AssertClean("""
        {
          "StartAt": "Work",
          "States": {
            "Work": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
              "Catch": [ { "ErrorEquals": ["States.ALL"], "Next": "Recover" } ]
            },
            "Recover": { "Type": "Pass", "Next": "Failed" },
            "Failed": { "Type": "Fail", "Error": "WorkFailed" }
          }
        }
        """);

    [Fact]
    public void States_object_without_a_terminal_state_is_reported_at_its_States()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "Fan",
              "States": {
                "Fan": {
                  "Type": "Parallel", "End": true,
                  "Branches": [ { "StartAt": "Spin", "States": { "Spin": { "Type": "Pass", "Next": "Spin" } } } ]
                }
              }
            }
            """, AslRules.NoTerminalState, "/States/Fan/Branches/0/States");
        Assert.StartsWith("Branch 0 of Parallel state \"Fan\" has no terminal state", finding.Message);
    }

    [Fact]
    public void A_Fail_state_is_a_terminal_state() => AssertClean("""
        { "StartAt": "Spin", "States": { "Spin": { "Type": "Pass", "Next": "Stop" }, "Stop": { "Type": "Fail" } } }
        """);

    [Fact]
    public void Reachable_loop_without_an_exit_is_reported_at_the_first_state_of_the_loop()
    {
        var finding = AssertSingle("""
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [ { "Variable": "$.done", "BooleanEquals": true, "Next": "Done" } ],
                  "Default": "Sleep"
                },
                "Sleep": { "Type": "Wait", "Seconds": 5, "Next": "Poll" },
                "Poll": { "Type": "Pass", "Next": "Sleep" },
                "Done": { "Type": "Succeed" }
              }
            }
            """, AslRules.LoopWithoutExit, "/States/Sleep");
        Assert.Equal(AslSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Polling_loop_that_can_leave_through_a_Choice_is_accepted() => AssertClean("""
        {
          "StartAt": "Sleep",
          "States": {
            "Sleep": { "Type": "Wait", "Seconds": 5, "Next": "Poll" },
            "Poll": { "Type": "Pass", "Next": "Check" },
            "Check": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.done", "BooleanEquals": true, "Next": "Done" } ],
              "Default": "Sleep"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """);

    [Fact]
    public void A_start_that_can_never_reach_its_terminal_state_is_a_loop_without_an_exit() => AssertFindings("""
        {
          "StartAt": "Spin",
          "States": {
            "Spin": { "Type": "Pass", "Next": "Spin" },
            "Done": { "Type": "Succeed" }
          }
        }
        """,
        (AslRules.LoopWithoutExit, "/States/Spin"),
        (AslRules.UnreachableState, "/States/Done"));
}
