using Asl.Diagnostics;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>K02 and K09–K14: ErrorEquals lists, their order, catcher targets and dead handlers.</summary>
public sealed class ErrorHandlerTests
{
    [Fact]
    public void Empty_ErrorEquals_in_a_retrier_is_reported_at_ErrorEquals() =>
        AssertSingle(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.Timeout"] }, { "ErrorEquals": [] } ]
            """), AslRules.InvalidErrorEquals, "/States/Work/Retry/1/ErrorEquals");

    [Fact]
    public void Empty_ErrorEquals_in_a_catcher_is_reported_at_ErrorEquals() =>
        AssertSingle(TaskMachine("""
            "Catch": [ { "ErrorEquals": [], "Next": "Recover" } ]
            """), AslRules.InvalidErrorEquals, "/States/Work/Catch/0/ErrorEquals");

    [Fact]
    public void Retriers_and_catchers_with_error_names_are_accepted() =>
        AssertClean(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["Lambda.ServiceException", "Lambda.SdkClientException"] } ],
            "Catch": [ { "ErrorEquals": ["States.TaskFailed"], "Next": "Recover" } ]
            """));

    [Fact]
    public void States_ALL_together_with_other_names_is_reported_at_ErrorEquals() =>
        AssertSingle(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.ALL", "States.Timeout"] } ]
            """), AslRules.CatchAllNotAlone, "/States/Work/Retry/0/ErrorEquals");

    [Fact]
    public void States_ALL_before_the_last_catcher_is_reported_there_and_the_later_catcher_is_unreachable() =>
        AssertFindings(TaskMachine("""
            "Catch": [
              { "ErrorEquals": ["States.ALL"], "Next": "Recover" },
              { "ErrorEquals": ["States.Timeout"], "Next": "Recover" }
            ]
            """),
            (AslRules.CatchAllNotLast, "/States/Work/Catch/0"),
            (AslRules.HandlerAfterCatchAll, "/States/Work/Catch/1"));

    [Fact]
    public void States_ALL_alone_in_the_last_retrier_is_accepted() =>
        AssertClean(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.Timeout"], "MaxAttempts": 5 }, { "ErrorEquals": ["States.ALL"] } ]
            """));

    [Fact]
    public void Catcher_without_Next_is_reported_at_the_catcher() =>
        AssertSingle(TaskMachine("""
            "Catch": [ { "ErrorEquals": ["States.TaskFailed"] } ]
            """), AslRules.CatcherWithoutNext, "/States/Work/Catch/0");

    [Fact]
    public void Catcher_with_Next_is_accepted() =>
        AssertClean(TaskMachine("""
            "Catch": [ { "ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.error", "Next": "Recover" } ]
            """));

    [Theory]
    [InlineData("States.Timout")]
    [InlineData("States.Lambda.Unknown")]
    [InlineData("States.Http.StatusCode.4xx")]
    public void Unknown_States_error_name_is_reported_at_the_name(string name) =>
        AssertSingle(TaskMachine($$"""
            "Retry": [ { "ErrorEquals": ["MyApp.Busy", "{{name}}"] } ]
            """), AslRules.UnknownStatesErrorName, "/States/Work/Retry/0/ErrorEquals/1");

    [Fact]
    public void Unknown_States_name_that_differs_only_in_case_suggests_the_predefined_one()
    {
        var finding = AssertSingle(TaskMachine("""
            "Catch": [ { "ErrorEquals": ["States.all"], "Next": "Recover" } ]
            """), AslRules.UnknownStatesErrorName, "/States/Work/Catch/0/ErrorEquals/0");
        Assert.Contains("Did you mean \"States.ALL\"?", finding.Message);
    }

    [Theory]
    [InlineData("States.Permissions")]
    [InlineData("States.Http.Socket")]
    [InlineData("States.Http.StatusCode.429")]
    [InlineData("States.QueryEvaluationError")]
    [InlineData("MyApp.States.Custom")]
    public void Predefined_or_custom_error_names_are_accepted(string name) =>
        AssertClean(TaskMachine($$"""
            "Retry": [ { "ErrorEquals": ["{{name}}"] } ]
            """));

    [Theory]
    [InlineData("States.DataLimitExceeded")]
    [InlineData("States.Runtime")]
    public void Retrying_a_terminal_error_is_a_warning_at_the_name(string name) =>
        AssertSingle(TaskMachine($$"""
            "Retry": [ { "ErrorEquals": ["States.Timeout", "{{name}}"] } ]
            """), AslRules.TerminalErrorHandled, "/States/Work/Retry/0/ErrorEquals/1");

    [Fact]
    public void Catching_a_terminal_error_is_a_warning_at_the_name() =>
        AssertSingle(TaskMachine("""
            "Catch": [ { "ErrorEquals": ["States.Runtime"], "Next": "Recover" } ]
            """), AslRules.TerminalErrorHandled, "/States/Work/Catch/0/ErrorEquals/0");

    [Fact]
    public void Error_name_already_handled_by_an_earlier_retrier_is_a_warning_at_the_repeat() =>
        AssertSingle(TaskMachine("""
            "Retry": [
              { "ErrorEquals": ["States.Timeout"], "MaxAttempts": 2 },
              { "ErrorEquals": ["States.TaskFailed", "States.Timeout"], "MaxAttempts": 5 }
            ]
            """), AslRules.ErrorNameAlreadyHandled, "/States/Work/Retry/1/ErrorEquals/1");

    [Fact]
    public void The_same_name_in_Retry_and_in_Catch_is_accepted() =>
        AssertClean(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.Timeout"] } ],
            "Catch": [ { "ErrorEquals": ["States.Timeout"], "Next": "Recover" } ]
            """));

    [Fact]
    public void Retrier_after_States_ALL_is_reported_as_unreachable() =>
        AssertFindings(TaskMachine("""
            "Retry": [ { "ErrorEquals": ["States.ALL"] }, { "ErrorEquals": ["Lambda.ServiceException"] } ]
            """),
            (AslRules.CatchAllNotLast, "/States/Work/Retry/0"),
            (AslRules.HandlerAfterCatchAll, "/States/Work/Retry/1"));

    [Fact]
    public void Catching_HeartbeatTimeout_on_a_Task_without_heartbeat_is_a_warning_at_the_name() =>
        AssertSingle(TaskMachine("""
            "Catch": [ { "ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Recover" } ]
            """), AslRules.HeartbeatTimeoutNeverRaised, "/States/Work/Catch/0/ErrorEquals/0");

    [Theory]
    [InlineData("\"HeartbeatSeconds\": 30")]
    [InlineData("\"HeartbeatSecondsPath\": \"$.heartbeat\"")]
    public void Catching_HeartbeatTimeout_on_a_Task_with_a_heartbeat_is_accepted(string heartbeat) =>
        AssertClean(TaskMachine(heartbeat + """
            , "Catch": [ { "ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Recover" } ]
            """));

    [Theory]
    [InlineData("States.ExceedToleratedFailureThreshold")]
    [InlineData("States.ItemReaderFailed")]
    [InlineData("States.ResultWriterFailed")]
    public void Distributed_Map_error_on_a_Task_is_a_warning_at_the_name(string name) =>
        AssertSingle(TaskMachine($$"""
            "Retry": [ { "ErrorEquals": ["{{name}}"] } ]
            """), AslRules.DistributedMapErrorNeverRaised, "/States/Work/Retry/0/ErrorEquals/0");

    [Fact]
    public void ItemReaderFailed_on_a_distributed_Map_without_ItemReader_is_a_warning() =>
        AssertSingle(MapMachine(DistributedProcessor + """
            , "Catch": [ { "ErrorEquals": ["States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed"], "Next": "EachOrder" } ]
            """), AslRules.DistributedMapErrorNeverRaised, "/States/EachOrder/Catch/0/ErrorEquals/1");

    [Fact]
    public void ExceedToleratedFailureThreshold_on_an_inline_Map_is_a_warning() =>
        AssertSingle(MapMachine(InlineProcessor + """
            , "Retry": [ { "ErrorEquals": ["States.ExceedToleratedFailureThreshold"] } ]
            """), AslRules.DistributedMapErrorNeverRaised, "/States/EachOrder/Retry/0/ErrorEquals/0");

    [Fact]
    public void Distributed_Map_error_on_a_Map_whose_Mode_is_a_placeholder_is_accepted() =>
        AssertClean(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "${OrdersMapMode}", "ExecutionType": "STANDARD" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            },
            "Label": "orders",
            "Catch": [ { "ErrorEquals": ["States.ExceedToleratedFailureThreshold"], "Next": "EachOrder" } ]
            """));

    [Fact]
    public void Distributed_Map_errors_on_a_Parallel_that_contains_a_distributed_Map_are_accepted() => AssertClean("""
        {
          "StartAt": "Both",
          "States": {
            "Both": {
              "Type": "Parallel",
              "Branches": [
                {
                  "StartAt": "ReadOrders",
                  "States": {
                    "ReadOrders": {
                      "Type": "Map",
                      "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "orders" } },
                      "ItemProcessor": {
                        "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                        "StartAt": "Read", "States": { "Read": { "Type": "Pass", "End": true } }
                      },
                      "End": true
                    }
                  }
                }
              ],
              "Retry": [ { "ErrorEquals": ["States.ItemReaderFailed"], "MaxAttempts": 2 } ],
              "Catch": [ { "ErrorEquals": ["States.ExceedToleratedFailureThreshold"], "Next": "Failed" } ],
              "End": true
            },
            "Failed": { "Type": "Fail", "Error": "OrdersFailed" }
          }
        }
        """);
}
