using Asl.Json;
using Asl.Local.Json;

namespace Asl.Local;

/// <summary>The wire names and shapes of history event details.</summary>
internal static class HistoryEventDetails
{
    public static string? MemberName(HistoryEventType type) => type switch
    {
        HistoryEventType.ExecutionStarted => "executionStartedEventDetails",
        HistoryEventType.ExecutionSucceeded => "executionSucceededEventDetails",
        HistoryEventType.ExecutionFailed => "executionFailedEventDetails",
        HistoryEventType.ExecutionAborted => "executionAbortedEventDetails",
        HistoryEventType.ExecutionTimedOut => "executionTimedOutEventDetails",
        HistoryEventType.PassStateEntered or HistoryEventType.TaskStateEntered or HistoryEventType.ChoiceStateEntered
            or HistoryEventType.WaitStateEntered or HistoryEventType.SucceedStateEntered or HistoryEventType.FailStateEntered
            or HistoryEventType.ParallelStateEntered or HistoryEventType.MapStateEntered => "stateEnteredEventDetails",
        HistoryEventType.PassStateExited or HistoryEventType.TaskStateExited or HistoryEventType.ChoiceStateExited
            or HistoryEventType.WaitStateExited or HistoryEventType.SucceedStateExited or HistoryEventType.ParallelStateExited
            or HistoryEventType.MapStateExited => "stateExitedEventDetails",
        HistoryEventType.MapStateStarted => "mapStateStartedEventDetails",
        HistoryEventType.MapIterationStarted => "mapIterationStartedEventDetails",
        HistoryEventType.MapIterationSucceeded => "mapIterationSucceededEventDetails",
        HistoryEventType.MapIterationFailed => "mapIterationFailedEventDetails",
        HistoryEventType.MapIterationAborted => "mapIterationAbortedEventDetails",
        HistoryEventType.TaskScheduled => "taskScheduledEventDetails",
        HistoryEventType.TaskStarted => "taskStartedEventDetails",
        HistoryEventType.TaskSubmitted => "taskSubmittedEventDetails",
        HistoryEventType.TaskSucceeded => "taskSucceededEventDetails",
        HistoryEventType.TaskFailed => "taskFailedEventDetails",
        HistoryEventType.TaskTimedOut => "taskTimedOutEventDetails",
        HistoryEventType.LambdaFunctionScheduled => "lambdaFunctionScheduledEventDetails",
        HistoryEventType.LambdaFunctionSucceeded => "lambdaFunctionSucceededEventDetails",
        HistoryEventType.LambdaFunctionFailed => "lambdaFunctionFailedEventDetails",
        HistoryEventType.LambdaFunctionTimedOut => "lambdaFunctionTimedOutEventDetails",
        HistoryEventType.EvaluationFailed => "evaluationFailedEventDetails",
        _ => null,
    };

    public static AslJsonObject Build(LocalHistoryEvent e, bool includeData)
    {
        var d = new JsonObjectBuilder();
        d.SetIfNotNull("resourceType", e.ResourceType);
        d.SetIfNotNull("resource", e.Resource);
        d.SetIfNotNull("region", e.Region);
        if (e.Parameters is not null) d.Set("parameters", includeData ? JsonText.Write(e.Parameters) : "");
        if (e.TimeoutInSeconds is { } timeout) d.Set("timeoutInSeconds", timeout);
        if (e.HeartbeatInSeconds is { } heartbeat) d.Set("heartbeatInSeconds", heartbeat);
        d.SetIfNotNull("name", e.Name);
        if (e.Index is { } index) d.Set("index", index);
        if (e.Length is { } length) d.Set("length", length);
        if (e.Input is not null)
        {
            if (includeData) d.Set("input", JsonText.Write(e.Input));
            d.Set("inputDetails", Truncated());
        }
        if (e.Output is not null)
        {
            if (includeData) d.Set("output", JsonText.Write(e.Output));
            d.Set("outputDetails", Truncated());
        }
        d.SetIfNotNull("roleArn", e.RoleArn);
        d.SetIfNotNull("error", e.Error);
        d.SetIfNotNull("cause", e.Cause);
        if (e.AssignedVariables is { Count: > 0 } variables)
        {
            var assigned = new JsonObjectBuilder(variables.Count);
            foreach (var (name, value) in variables) assigned.Set(name, JsonText.Write(value));
            d.Set("assignedVariables", assigned.Build());
            d.Set("assignedVariablesDetails", Truncated());
        }
        return d.Build();
    }

    private static AslJsonObject Truncated() => new JsonObjectBuilder(1).AddUnique("truncated", AslJsonBool.False).Build();
}
