using Asl.Json;
using Asl.Local;

namespace NestedWorkflowSample.Execution;

/// <summary>One execution as the sample prints it: which machine, how its parent started it, and how it ended.</summary>
/// <param name="Execution">The execution.</param>
/// <param name="Pattern">How the parent started it (its Task resource), or null for the main execution.</param>
public sealed record ExecutionReport(ExecutionSnapshot Execution, string? Pattern)
{
    /// <summary>The main execution and every child it started, in the order the parent's history shows them.</summary>
    public static IReadOnlyList<ExecutionReport> For(LocalEngine engine, ExecutionSnapshot main)
    {
        var reports = new List<ExecutionReport> { new(main, null) };
        var history = engine.GetExecutionHistory(main.ExecutionArn)
            .Select(e => new ParentEvent(e.Id, e.PreviousEventId, e.Type.ToString(),
                e.Output is AslJsonObject output && output["ExecutionArn"] is AslJsonString arn ? arn.Value : null, e.Resource))
            .ToList();
        foreach (var (arn, pattern) in ChildExecutions.Find(history))
            reports.Add(new ExecutionReport(engine.DescribeExecution(arn), pattern));
        return reports;
    }

    /// <summary>The execution as the report prints it.</summary>
    public ExecutionSummary ToSummary() => new(Execution.StateMachineArn, Execution.Name, Pattern,
        Execution.Status.ToString().ToUpperInvariant(), Execution.StopDate - Execution.StartDate, Execution.Output);
}
