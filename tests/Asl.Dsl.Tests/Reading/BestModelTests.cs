using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Dsl.Tests.Reading;

/// <summary>A definition with shape errors still gives the best model the reader can build.</summary>
public class BestModelTests
{
    [Fact]
    public void A_state_with_an_unknown_Type_is_left_out_and_the_others_are_kept()
    {
        var result = AslReader.Read("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Sleep"}, "C": {"Type": "Succeed"}}}""");

        Findings.Single(result, "ASL1061", "/States/B/Type");
        Assert.Equal(new[] { "A", "C" }, result.Machine!.States.Select(s => s.Name));
    }

    [Fact]
    public void States_that_is_not_an_object_gives_a_machine_without_states()
    {
        var result = AslReader.Read("""{"Comment": "c", "StartAt": "A", "States": [{"Type": "Succeed"}]}""");

        Findings.Single(result, "ASL1021", "/States");
        Assert.Equal(new StateMachine("A", default) { Comment = "c" }, result.Machine);
    }

    [Fact]
    public void Malformed_entries_of_Choices_Retry_and_Catch_are_skipped_and_the_rest_kept()
    {
        var result = AslReader.Read("""
            {"StartAt": "C", "States": {
                "C": {"Type": "Choice", "Choices": [7, {"Variable": "$.a", "IsNull": true, "Next": "T"}]},
                "T": {"Type": "Task", "Resource": "r",
                      "Retry": ["States.ALL", {"ErrorEquals": ["States.Timeout"]}],
                      "Catch": [{"ErrorEquals": ["States.ALL"]}, null],
                      "End": true}}}
            """);

        Assert.Equal(
            new[] { ("ASL1130", "/States/C/Choices/0"), ("ASL1090", "/States/T/Retry/0"), ("ASL1091", "/States/T/Catch/0"), ("ASL1090", "/States/T/Catch/1") },
            result.Diagnostics.Select(d => (d.Code, d.Pointer)));
        var choice = (ChoiceState)result.Machine!.States[0].State;
        Assert.Equal("T", Assert.Single(choice.Choices).Next);
        var task = (TaskState)result.Machine.States[1].State;
        Assert.Equal("States.Timeout", Assert.Single(Assert.Single(task.Retry).ErrorEquals));
        Assert.Equal(new Catcher(EquatableArray.Create("States.ALL"), ""), Assert.Single(task.Catch));
    }

    [Fact]
    public void Unknown_fields_are_reported_and_do_not_change_the_model()
    {
        var result = AslReader.Read("""{"StartAt": "P", "States": {"P": {"Type": "Pass", "Reslt": 1, "End": true}}, "Name": "x"}""");

        Assert.Equal(new[] { ("ASL1028", "/Name"), ("ASL1065", "/States/P/Reslt") }, result.Diagnostics.Select(d => (d.Code, d.Pointer)).Order());
        Assert.Equal(new StateMachine("P", EquatableArray.Create(new NamedState("P", new PassState { End = true }))), result.Machine);
    }

    [Fact]
    public void End_false_is_read_as_no_End_and_a_wrongly_typed_End_as_none()
    {
        var result = AslReader.Read("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "End": false}, "B": {"Type": "Pass", "End": 1}}}""");

        Findings.Single(result, "ASL1063", "/States/B/End");
        Assert.Equal(new PassState { Next = "B" }, result.Machine!.States[0].State);
        Assert.False(((PassState)result.Machine.States[1].State).End);
    }

    [Fact]
    public void Path_fields_distinguish_null_from_absent()
    {
        var result = AslReader.Read("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": null, "OutputPath": "$.x", "End": true}}}""");

        var pass = (PassState)result.Machine!.States[0].State;
        Assert.Same(PathOrNull.Null, pass.InputPath);
        Assert.Equal(new PathOrNull("$.x"), pass.OutputPath);
        Assert.Null(pass.ResultPath);
    }

    [Fact]
    public void Numbers_keep_their_exact_text()
    {
        var result = AslReader.Read("""{"StartAt": "A", "TimeoutSeconds": 1.0e2, "States": {"A": {"Type": "Pass", "Result": [10000000000000000000001, -0.50], "End": true}}}""");

        Assert.Equal(new AslJsonNumber("1.0e2"), result.Machine!.TimeoutSeconds);
        Assert.Equal(
            new AslJsonArray(EquatableArray.Create<AslJson>(new AslJsonNumber("10000000000000000000001"), new AslJsonNumber("-0.50"))),
            ((PassState)result.Machine.States[0].State).Result);
    }

    [Fact]
    public void A_Choice_rule_keeps_several_comparisons_in_text_order_for_the_validator_to_judge()
    {
        var result = AslReader.Read("""{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "StringEquals": "x", "Next": "C"}]}}}""");

        Assert.Empty(result.Diagnostics);
        var rule = ((ChoiceState)result.Machine!.States[0].State).Choices[0];
        Assert.Equal(new[] { ComparisonOperator.IsPresent, ComparisonOperator.StringEquals }, rule.Comparisons.Select(c => c.Operator));
    }
}
