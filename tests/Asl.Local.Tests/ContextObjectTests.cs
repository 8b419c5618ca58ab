using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>The Context Object ($$) as AWS fills it.</summary>
public class ContextObjectTests
{
    [Fact]
    public async Task A_Pass_state_sees_Execution_StateMachine_and_State_fields()
    {
        using var engine = Create();
        var machine = engine.RegisterStateMachine("Ctx", Read(Pass("\"Parameters\":{\"c.$\":\"$$\"},\"OutputPath\":\"$.c\"")), roleArn: "arn:aws:iam::123456789012:role/Runner");

        var result = await engine.RunAsync(machine.StateMachineArn, """{"in":1}""", "run-1");

        Assert.Equal(Compact("""
            {"Execution":{"Id":"arn:aws:states:us-east-1:123456789012:execution:Ctx:run-1","Input":{"in":1},"StartTime":"2024-01-01T00:00:00.000Z",
                          "Name":"run-1","RoleArn":"arn:aws:iam::123456789012:role/Runner","RedriveCount":0},
             "State":{"EnteredTime":"2024-01-01T00:00:00.000Z","Name":"P"},
             "StateMachine":{"Id":"arn:aws:states:us-east-1:123456789012:stateMachine:Ctx","Name":"Ctx"}}
            """), result.Output);
    }

    [Fact]
    public async Task Task_states_see_RetryCount_and_the_time_they_were_entered()
    {
        using var engine = Create();
        engine.RegisterLambda("Ctx", invocation => invocation.Payload);

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":61,"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Ctx","Parameters":{"s.$":"$$.State"},"End":true}}}
            """);

        Assert.Equal("""{"s":{"EnteredTime":"2024-01-01T00:01:01.000Z","Name":"T","RetryCount":0}}""", result.Output);
    }

    [Fact]
    public async Task Map_item_fields_are_only_in_the_ItemSelector()
    {
        var result = await RunAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"i.$":"$$.Map.Item.Index"},"End":true}}}}}}
            """, "[1]");

        Assert.Equal("States.Runtime", result.Error);
    }

    [Fact]
    public async Task An_aborted_map_iteration_records_the_running_task_as_aborted_first()
    {
        using var engine = Create();
        engine.RegisterTaskHandler("arn:aws:states:::sqs:sendMessage.waitForTaskToken", (_, _) => ValueTask.FromResult<AslJson>(JsonValues.EmptyObject));

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ItemProcessor":{"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":1,"Next":"Wait"}],"Default":"Fail"},
              "Wait":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","End":true},
              "Fail":{"Type":"Wait","Seconds":1,"Next":"F"},
              "F":{"Type":"Fail","Error":"Stop"}}}}}}
            """, "[1,2]");
        var types = engine.GetExecutionHistory(result.ExecutionArn).Select(e => e.Type).ToList();

        Assert.Equal("Stop", result.Error);
        Assert.True(types.IndexOf(HistoryEventType.TaskStateAborted) < types.IndexOf(HistoryEventType.MapIterationAborted));
        Assert.True(types.IndexOf(HistoryEventType.MapIterationAborted) < types.IndexOf(HistoryEventType.MapStateFailed));
        Assert.Empty(engine.ListExecutions(status: ExecutionStatus.Running));
    }
}
