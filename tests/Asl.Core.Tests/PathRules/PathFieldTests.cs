using Asl.Diagnostics;
using static Asl.Core.Tests.PathRules.PathRulesHarness;

namespace Asl.Core.Tests.PathRules;

public class PathFieldTests
{
    [Fact]
    public void InputPath_that_does_not_parse_is_reported_with_the_position()
    {
        var finding = AssertReported(OneState("""{"Type": "Pass", "InputPath": "$.first name", "End": true}"""),
            AslRules.InvalidPath, "/States/A/InputPath");
        Assert.Contains("is not a valid path at character 9 (\"$.first «n»ame\"): unexpected 'n'", finding.Message);
        Assert.Contains("bracket notation", finding.Message);
    }

    [Fact]
    public void InputPath_in_bracket_notation_with_a_space_is_valid()
    {
        AssertClean(OneState("""{"Type": "Pass", "InputPath": "$['first name']", "OutputPath": "$.a[0]", "End": true}"""));
    }

    [Fact]
    public void OutputPath_without_a_dollar_is_reported()
    {
        AssertReported(OneState("""{"Type": "Succeed", "OutputPath": "result.value"}"""), AslRules.InvalidPath, "/States/A/OutputPath");
    }

    [Fact]
    public void Null_paths_and_placeholders_are_accepted()
    {
        AssertClean(OneState("""{"Type": "Pass", "InputPath": null, "OutputPath": "${OutputSelector}", "ResultPath": null, "End": true}"""));
    }

    [Fact]
    public void ItemsPath_with_a_wildcard_is_not_a_reference_path()
    {
        var finding = AssertReported(MapWith("""  "ItemsPath": "$.orders[*].items" """), AslRules.NotReferencePath, "/States/A/ItemsPath");
        Assert.Contains("wildcard", finding.Message);
    }

    [Fact]
    public void ItemsPath_of_names_and_indexes_is_a_reference_path()
    {
        AssertNotReported(MapWith("""  "ItemsPath": "$.orders[0].items" """), AslRules.NotReferencePath);
    }

    [Theory]
    [InlineData("MaxConcurrencyPath", "$.limits..max")]
    [InlineData("ToleratedFailureCountPath", "$.limits[-1]")]
    [InlineData("ToleratedFailurePercentagePath", "$.limits[0,1]")]
    public void Map_reference_path_fields_reject_multi_node_paths(string field, string path)
    {
        AssertReported(MapWith($$"""  "{{field}}": "{{path}}" """), AslRules.NotReferencePath, "/States/A/" + field);
    }

    [Fact]
    public void Reader_and_batcher_reference_paths_are_checked_at_their_nested_pointers()
    {
        var json = MapWith("""
              "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON", "MaxItemsPath": "$.max[1:2]"},
                             "Parameters": {"Bucket": "b", "Key": "k"}},
              "ItemBatcher": {"MaxItemsPerBatchPath": "$.batch[?(@.n)]", "MaxInputBytesPerBatchPath": "$.bytes"}
            """);
        AssertReported(json, AslRules.NotReferencePath, "/States/A/ItemReader/ReaderConfig/MaxItemsPath");
        AssertReported(json, AslRules.NotReferencePath, "/States/A/ItemBatcher/MaxItemsPerBatchPath");
        Assert.DoesNotContain(Check(json), d => d.Pointer == "/States/A/ItemBatcher/MaxInputBytesPerBatchPath");
    }

    [Fact]
    public void ResultPath_into_the_context_object_is_reported()
    {
        var finding = AssertReported(OneState("""{"Type": "Pass", "ResultPath": "$$.Execution.Result", "End": true}"""),
            AslRules.ResultPathOutsideInput, "/States/A/ResultPath");
        Assert.Contains("context object", finding.Message);
    }

    [Fact]
    public void ResultPath_into_a_variable_is_reported()
    {
        AssertReported(OneState("""{"Type": "Pass", "ResultPath": "$total.sum", "End": true}"""), AslRules.ResultPathOutsideInput, "/States/A/ResultPath");
    }

    [Fact]
    public void ResultPath_into_the_input_is_valid()
    {
        AssertClean(OneState("""{"Type": "Pass", "ResultPath": "$.total.sum", "End": true}"""));
    }

    [Fact]
    public void Catcher_ResultPath_must_be_a_reference_path()
    {
        var json = TaskWith("""  "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.errors[*]", "Next": "Done"}] """);
        AssertReported(json, AslRules.NotReferencePath, "/States/A/Catch/0/ResultPath");
        AssertClean(json.Replace("$.errors[*]", "$.error"));
    }

    [Fact]
    public void Intrinsic_function_in_InputPath_is_reported()
    {
        var finding = AssertReported(OneState("""{"Type": "Pass", "InputPath": "States.Format('{}', $.a)", "End": true}"""),
            AslRules.IntrinsicInPathField, "/States/A/InputPath");
        Assert.Contains("States.Format", finding.Message);
    }

    [Fact]
    public void Intrinsic_function_in_ErrorPath_is_allowed()
    {
        AssertClean(OneState("""{"Type": "Fail", "ErrorPath": "States.Format('E{}', $.code)", "CausePath": "$.cause"}"""));
    }

    [Fact]
    public void Task_timeout_path_with_a_filter_is_reported_as_E16()
    {
        var finding = AssertReported(TaskWith("""  "TimeoutSecondsPath": "$.jobs[?(@.t > 1)].t" """),
            AslRules.TaskSecondsPathNotReference, "/States/A/TimeoutSecondsPath");
        Assert.Contains("filter", finding.Message);
    }

    [Fact]
    public void Task_heartbeat_path_that_does_not_parse_is_reported_as_E16()
    {
        AssertReported(TaskWith("""  "HeartbeatSecondsPath": "$.beat[" """), AslRules.TaskSecondsPathNotReference, "/States/A/HeartbeatSecondsPath");
    }

    [Fact]
    public void Task_timeout_and_heartbeat_reference_paths_are_valid()
    {
        AssertClean(TaskWith("""  "TimeoutSecondsPath": "$.timeout", "HeartbeatSecondsPath": "$$.Execution.Input.beat" """));
    }

    [Fact]
    public void Wait_SecondsPath_with_recursive_descent_is_reported_as_E53()
    {
        AssertReported(OneState("""{"Type": "Wait", "SecondsPath": "$..seconds", "End": true}"""), AslRules.WaitPathNotReference, "/States/A/SecondsPath");
    }

    [Fact]
    public void Wait_TimestampPath_with_a_slice_is_reported_as_E53()
    {
        AssertReported(OneState("""{"Type": "Wait", "TimestampPath": "$.times[0:1]", "End": true}"""), AslRules.WaitPathNotReference, "/States/A/TimestampPath");
    }

    [Fact]
    public void Wait_reference_paths_are_valid()
    {
        AssertClean(OneState("""{"Type": "Wait", "TimestampPath": "$.resumeAt", "End": true}"""));
    }

    [Fact]
    public void Fail_ErrorPath_with_a_wildcard_is_reported_as_E71()
    {
        AssertReported(OneState("""{"Type": "Fail", "ErrorPath": "$.errors.*"}"""), AslRules.FailPathInvalid, "/States/A/ErrorPath");
    }

    [Fact]
    public void Fail_CausePath_intrinsic_that_returns_a_number_is_reported_as_L09()
    {
        var finding = AssertReported(OneState("""{"Type": "Fail", "CausePath": "States.ArrayLength($.items)"}"""),
            AslRules.ErrorPathIntrinsicNotString, "/States/A/CausePath");
        Assert.Contains("returns a number", finding.Message);
    }

    [Theory]
    [InlineData("States.Format('{}', $.a)")]
    [InlineData("States.ArrayGetItem($.errors, 0)")]
    [InlineData("States.JsonToString($.detail)")]
    [InlineData("States.UUID()")]
    public void Fail_paths_accept_intrinsics_that_return_strings(string call)
    {
        AssertClean(OneState($$"""{"Type": "Fail", "CausePath": "{{call}}"}"""));
    }

    [Fact]
    public void Fail_ErrorPath_with_broken_intrinsic_syntax_is_L07()
    {
        AssertReported(OneState("""{"Type": "Fail", "ErrorPath": "States.Format('x"}"""), AslRules.InvalidIntrinsicSyntax, "/States/A/ErrorPath");
    }

    [Fact]
    public void JSONata_states_are_left_to_the_language_rules()
    {
        AssertClean("""
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", "InputPath": "not a path", "End": true} } }
            """);
    }

    private static string MapWith(string fields) => OneState($$"""
        {"Type": "Map", {{fields}},
         "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true} } }, "End": true}
        """);

    internal static string TaskWith(string fields) => $$"""
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", {{fields}}, "Next": "Done"},
          "Done": {"Type": "Succeed"} } }
        """;
}
