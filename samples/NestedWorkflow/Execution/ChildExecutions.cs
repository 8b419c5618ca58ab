namespace NestedWorkflowSample.Execution;

/// <summary>One parent history event, reduced to what finding its children needs (local and API events both map to it).</summary>
/// <param name="Id">The event's id.</param>
/// <param name="PreviousEventId">The event that led to it.</param>
/// <param name="Type">AWS's event type name, for example <c>TaskSubmitted</c>.</param>
/// <param name="ChildExecutionArn">The <c>ExecutionArn</c> member of the event's output, when it has one.</param>
/// <param name="Resource">The task resource of a scheduled event, for example <c>startExecution.sync:2</c>.</param>
public sealed record ParentEvent(long Id, long PreviousEventId, string Type, string? ChildExecutionArn, string? Resource);

/// <summary>Finds the executions a parent started, from its history, whichever engine ran it.</summary>
public static class ChildExecutions
{
    /// <summary>
    /// A TaskSubmitted or TaskSucceeded event whose output names a child ExecutionArn leads back (through
    /// previousEventId) to the TaskScheduled event that says which resource started it. Children come in history order.
    /// </summary>
    public static IReadOnlyList<(string ExecutionArn, string Pattern)> Find(IReadOnlyList<ParentEvent> history)
    {
        var byId = history.ToDictionary(e => e.Id);
        var children = new List<(string ExecutionArn, string Pattern)>();
        foreach (var evt in history)
        {
            if (evt.Type is not ("TaskSubmitted" or "TaskSucceeded") || evt.ChildExecutionArn is not { } arn) continue;
            for (var cursor = evt; byId.TryGetValue(cursor.PreviousEventId, out var previous); cursor = previous)
            {
                if (previous.Type != "TaskScheduled") continue;
                if (!children.Any(c => c.ExecutionArn == arn)) children.Add((arn, Describe(previous.Resource)));
                break;
            }
        }
        return children;
    }

    private static string Describe(string? resource) => resource switch
    {
        "startExecution" => "start and continue (startExecution)",
        "startExecution.sync" => "run to completion (startExecution.sync)",
        "startExecution.sync:2" => "run to completion (startExecution.sync:2)",
        "startExecution.waitForTaskToken" => "wait for callback (startExecution.waitForTaskToken)",
        _ => resource ?? "unknown",
    };
}
