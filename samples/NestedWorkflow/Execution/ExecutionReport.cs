using Asl.Json;
using Asl.Local;

namespace NestedWorkflowSample.Execution;

/// <summary>One execution as the sample prints it: which machine, how its parent started it, and how it ended.</summary>
/// <param name="Execution">The execution.</param>
/// <param name="Pattern">How the parent started it (its Task resource), or null for the main execution.</param>
public sealed record ExecutionReport(ExecutionDescription Execution, string? Pattern)
{
    /// <summary>The main execution and every child it started, in the order the parent's history shows them.</summary>
    public static IReadOnlyList<ExecutionReport> For(LocalEngine engine, ExecutionDescription main)
    {
        var reports = new List<ExecutionReport> { new(main, null) };
        foreach (var (arn, pattern) in ChildPatterns(engine.GetExecutionHistory(main.ExecutionArn)))
            reports.Add(new ExecutionReport(engine.DescribeExecution(arn), pattern));
        return reports;
    }

    /// <summary>
    /// Reads the parent's history: a TaskSubmitted or TaskSucceeded event whose output names a child ExecutionArn
    /// leads back (through previousEventId) to the TaskScheduled event that says which resource started it.
    /// </summary>
    private static List<(string ExecutionArn, string Pattern)> ChildPatterns(IReadOnlyList<HistoryEvent> history)
    {
        var byId = history.ToDictionary(e => e.Id);
        var patterns = new List<(string, string)>();
        foreach (var evt in history)
        {
            if (evt.Type is not (HistoryEventType.TaskSubmitted or HistoryEventType.TaskSucceeded)) continue;
            if (evt.Output is not AslJsonObject output || output["ExecutionArn"] is not AslJsonString arn) continue;
            for (var cursor = evt; byId.TryGetValue(cursor.PreviousEventId, out var previous); cursor = previous)
            {
                if (previous.Type != HistoryEventType.TaskScheduled) continue;
                if (!patterns.Any(p => p.Item1 == arn.Value)) patterns.Add((arn.Value, Describe(previous.Resource)));
                break;
            }
        }
        return patterns;
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
