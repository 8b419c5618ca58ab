using System.Text.Json;
using Asl.Api;

namespace NestedWorkflowSample.Execution;

/// <summary>Reads an execution and its children back from a Step Functions endpoint (asl serve or AWS).</summary>
public static class RemoteExecutions
{
    /// <summary>The main execution and each child it started, with the pattern it was started with.</summary>
    public static async Task<List<ExecutionSummary>> SummariesAsync(IStepFunctionsApi api, string mainExecutionArn, CancellationToken cancellationToken)
    {
        var summaries = new List<ExecutionSummary> { await SummaryAsync(api, mainExecutionArn, null, cancellationToken) };
        var history = await HistoryAsync(api, mainExecutionArn, cancellationToken);
        foreach (var (arn, pattern) in ChildExecutions.Find(history.Select(ToParentEvent).ToList()))
            summaries.Add(await SummaryAsync(api, arn, pattern, cancellationToken));
        return summaries;
    }

    /// <summary>Every event of an execution's history, page by page.</summary>
    public static async Task<List<HistoryEvent>> HistoryAsync(IStepFunctionsApi api, string executionArn, CancellationToken cancellationToken)
    {
        var events = new List<HistoryEvent>();
        string? next = null;
        do
        {
            var page = await api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = executionArn, NextToken = next }, cancellationToken);
            events.AddRange(page.Events);
            next = page.NextToken;
        } while (next is not null);
        return events;
    }

    /// <summary>Maps an API history event to what <see cref="ChildExecutions"/> reads.</summary>
    public static ParentEvent ToParentEvent(HistoryEvent e) => new(e.Id, e.PreviousEventId, e.Type, ChildArnIn(e.Output), e.Resource);

    private static async Task<ExecutionSummary> SummaryAsync(IStepFunctionsApi api, string executionArn, string? pattern, CancellationToken cancellationToken)
    {
        var execution = await api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken);
        return new ExecutionSummary(execution.StateMachineArn, execution.Name ?? executionArn, pattern,
            execution.Status.ToAwsName(), execution.StopDate - execution.StartDate, execution.Output);
    }

    private static string? ChildArnIn(string? output)
    {
        if (output is null) return null;
        try
        {
            using var json = JsonDocument.Parse(output);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("ExecutionArn", out var arn)
                && arn.ValueKind == JsonValueKind.String ? arn.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
