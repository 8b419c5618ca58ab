using Asl.Diagrams;
using static Asl.Core.Tests.Diagrams.DiagramDefinitions;

namespace Asl.Core.Tests.Diagrams;

/// <summary>
/// The path read from an execution history. The event sequences are those AWS records (ids and previousEventId links
/// as in the AWS-recorded histories of LocalStack's Step Functions snapshot tests).
/// </summary>
public sealed class ExecutionPathTests
{
    private static ExecutionEvent E(long id, long previous, string type, string? name = null) => new(id, previous, type, name);

    private static string[] Taken(Diagram diagram, PathOverlay path) =>
        diagram.Edges.Where(path.IsTaken).Select(e => $"{e.From.Label}>{e.To.Label}").ToArray();

    private static readonly string ParallelMachine = """
        {"StartAt":"ParallelState","States":{
          "ParallelState":{"Type":"Parallel","Branches":[
            {"StartAt":"Branch1","States":{"Branch1":{"Type":"Fail","Error":"FailureType"}}},
            {"StartAt":"Branch2","States":{"Branch2":{"Type":"Pass","End":true}}}],
            "Catch":[{"ErrorEquals":["FailureType"],"Next":"FinalCaught"}],"Next":"Final"},
          "FinalCaught":{"Type":"Pass","End":true},
          "Final":{"Type":"Pass","End":true}}}
        """;

    [Fact]
    public void A_caught_parallel_failure_takes_the_catch_edge_and_marks_the_fail_state_and_the_parallel()
    {
        var path = ExecutionPath.FromEvents(
        [
            E(1, 0, "ExecutionStarted"), E(2, 0, "ParallelStateEntered", "ParallelState"), E(3, 2, "ParallelStateStarted"),
            E(4, 3, "FailStateEntered", "Branch1"), E(5, 4, "ParallelStateFailed"), E(6, 5, "ParallelStateExited", "ParallelState"),
            E(7, 6, "PassStateEntered", "FinalCaught"), E(8, 7, "PassStateExited", "FinalCaught"), E(9, 8, "ExecutionSucceeded"),
        ]);

        Assert.Equal(["ParallelState", "Branch1", "FinalCaught"], path.EnteredStates);
        Assert.Equal(["ParallelState", "Branch1"], path.FailedStates);
        Assert.Equal("SUCCEEDED", path.Status);
        var diagram = Diagram.Of(Read(ParallelMachine));
        var overlay = PathOverlay.Create(diagram, path);
        Assert.Equal(["Start>ParallelState", "ParallelState>FinalCaught", "FinalCaught>End", "Start>Branch1"], Taken(diagram, overlay));
        Assert.True(overlay.IsFailed(diagram.FindState("Branch1")!));
        Assert.False(overlay.IsEntered(diagram.FindState("Branch2")!));
        Assert.Empty(overlay.UnknownStates);
    }

    [Fact]
    public void Map_iterations_each_start_from_the_processor_start_and_a_break_fails_the_map()
    {
        var diagram = Diagram.Of(Read("""
            {"StartAt":"StartState","States":{
              "StartState":{"Type":"Pass","Next":"MapState"},
              "MapState":{"Type":"Map","ItemProcessor":{"StartAt":"Equals3","States":{
                "Equals3":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":3,"Next":"Break"}],"Default":"Pass"},
                "Break":{"Type":"Fail"},"Pass":{"Type":"Pass","End":true}}},"End":true}}}
            """));
        var path = ExecutionPath.FromEvents(
        [
            E(1, 0, "ExecutionStarted"), E(2, 0, "PassStateEntered", "StartState"), E(3, 2, "PassStateExited", "StartState"),
            E(4, 3, "MapStateEntered", "MapState"), E(5, 4, "MapStateStarted"),
            E(6, 5, "MapIterationStarted"), E(7, 6, "ChoiceStateEntered", "Equals3"), E(8, 7, "ChoiceStateExited", "Equals3"),
            E(9, 8, "PassStateEntered", "Pass"), E(10, 9, "PassStateExited", "Pass"), E(11, 10, "MapIterationSucceeded"),
            E(12, 10, "MapIterationStarted"), E(13, 12, "ChoiceStateEntered", "Equals3"), E(14, 13, "ChoiceStateExited", "Equals3"),
            E(15, 14, "FailStateEntered", "Break"), E(16, 15, "MapIterationFailed"), E(17, 15, "MapStateFailed"), E(18, 17, "ExecutionFailed"),
        ]);

        var overlay = PathOverlay.Create(diagram, path);

        Assert.Equal(["StartState", "MapState", "Equals3", "Pass", "Break"], path.EnteredStates);
        Assert.Equal(["MapState", "Break"], path.FailedStates);
        Assert.Equal("FAILED", path.Status);
        Assert.Equal(["Start>StartState", "StartState>MapState", "Start>Equals3", "Equals3>Break", "Equals3>Pass", "Pass>End"], Taken(diagram, overlay));
    }

    [Fact]
    public void A_task_that_exhausts_its_retries_and_is_caught_is_failed_and_its_catch_edge_taken()
    {
        var diagram = Diagram.Of(Read("""
            {"StartAt":"InvokeLambdaWithRetry","States":{
              "InvokeLambdaWithRetry":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f",
                "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":3}],"Catch":[{"ErrorEquals":["States.ALL"],"Next":"HandleError"}],"End":true},
              "HandleError":{"Type":"Pass","End":true}}}
            """));
        var path = ExecutionPath.FromEvents(
        [
            E(1, 0, "ExecutionStarted"), E(2, 0, "TaskStateEntered", "InvokeLambdaWithRetry"),
            E(3, 2, "LambdaFunctionScheduled"), E(4, 3, "LambdaFunctionStarted"), E(5, 4, "LambdaFunctionFailed"),
            E(6, 5, "LambdaFunctionScheduled"), E(7, 6, "LambdaFunctionStarted"), E(8, 7, "LambdaFunctionFailed"),
            E(9, 8, "TaskStateExited", "InvokeLambdaWithRetry"), E(10, 9, "PassStateEntered", "HandleError"),
            E(11, 10, "PassStateExited", "HandleError"), E(12, 11, "ExecutionSucceeded"),
        ]);

        var overlay = PathOverlay.Create(diagram, path);

        Assert.Equal(["InvokeLambdaWithRetry"], path.FailedStates);
        // It left by its Catch, not by its End.
        Assert.Equal(["Start>InvokeLambdaWithRetry", "InvokeLambdaWithRetry>HandleError", "HandleError>End"], Taken(diagram, overlay));
        Assert.True(diagram.Edges.Single(e => e.To.Label == "HandleError").IsError);
    }

    [Fact]
    public void A_task_that_fails_then_succeeds_on_a_retry_is_not_failed()
    {
        var path = ExecutionPath.FromEvents(
        [
            E(1, 0, "ExecutionStarted"), E(2, 0, "TaskStateEntered", "T"), E(3, 2, "TaskScheduled"), E(4, 3, "TaskFailed"),
            E(5, 4, "TaskScheduled"), E(6, 5, "TaskSucceeded"), E(7, 6, "TaskStateExited", "T"), E(8, 7, "ExecutionSucceeded"),
        ]);

        Assert.Empty(path.FailedStates);
        Assert.Equal(["T"], path.EndedStates);
    }

    [Fact]
    public void A_history_of_another_machine_names_only_unknown_states()
    {
        var diagram = Diagram.Of(Load(SampleNested));
        var overlay = PathOverlay.Create(diagram, ExecutionPath.FromEvents([E(1, 0, "ExecutionStarted"), E(2, 0, "PassStateEntered", "Elsewhere")]));

        Assert.Equal(["Elsewhere"], overlay.UnknownStates);
        Assert.Equal(0, overlay.EnteredStateCount);
        Assert.Null(overlay.Status);
    }
}
