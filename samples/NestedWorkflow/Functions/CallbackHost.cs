using System.Text.Json;
using Asl.Api;
using NestedWorkflowSample.Execution;
using NestedWorkflowSample.Workflows;

namespace NestedWorkflowSample.Functions;

/// <summary>
/// Hosts <see cref="CallbackFunction"/> for executions on an endpoint that cannot run C# Lambda functions.
/// </summary>
/// <remarks>
/// <c>asl serve</c> has no way to call a Lambda function written in C#: an unmocked Lambda task fails with
/// Lambda.ResourceNotFoundException. So serve runs with <c>serve-mocks.json</c>, whose test case
/// <see cref="MockTestCase"/> answers the nested machine's Callback task with an empty Lambda response, and this
/// host plays the function: it reads the main execution's history to find its children, finds each child's Callback
/// <c>TaskScheduled</c> event, takes the Lambda payload (TaskToken and Message) from its parameters, and runs the
/// function's handler, which calls SendTaskSuccess through the same API. Children get the test case because the main
/// machine starts them through the nested machine's ARN with <c>#</c><see cref="MockTestCase"/> appended.
/// </remarks>
public sealed class CallbackHost(IStepFunctionsApi api)
{
    /// <summary>The test case of serve-mocks.json that mocks the nested machine's Callback task.</summary>
    public const string MockTestCase = "CallbackHostedBySample";

    /// <summary>The Callback task's state name in the nested machine.</summary>
    public const string CallbackState = "Callback";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly CallbackFunction _function = new(api);
    private readonly HashSet<string> _handled = new(StringComparer.Ordinal);

    /// <summary>Runs the function for every child of <paramref name="mainExecutionArn"/> that calls back, until cancelled.</summary>
    public async Task RunAsync(string mainExecutionArn, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var parent = await HistoryAsync(mainExecutionArn, cancellationToken);
            foreach (var (child, _) in ChildExecutions.Find(parent.Select(RemoteExecutions.ToParentEvent).ToList()))
            {
                if (_handled.Contains(child)) continue;
                if (FindCallback(await HistoryAsync(child, cancellationToken)) is { } callback)
                {
                    _handled.Add(child);
                    await _function.HandleAsync(callback, cancellationToken);
                }
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Every event of an execution's history, page by page.</summary>
    public Task<List<HistoryEvent>> HistoryAsync(string executionArn, CancellationToken cancellationToken) =>
        RemoteExecutions.HistoryAsync(api, executionArn, cancellationToken);

    /// <summary>The Lambda payload of the Callback task's TaskScheduled event, or null when the child has not reached it.</summary>
    private static CallbackEvent? FindCallback(List<HistoryEvent> history)
    {
        var entered = history.FindIndex(e => e.Type == "TaskStateEntered" && e.Name == CallbackState);
        if (entered < 0) return null;
        var scheduled = history.Skip(entered).FirstOrDefault(e => e.Type == "TaskScheduled");
        if (scheduled?.Details is not { } details || !details.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.String)
            return null;
        using var json = JsonDocument.Parse(parameters.GetString()!);
        return json.RootElement.TryGetProperty("Payload", out var payload) ? payload.Deserialize<CallbackEvent>() : null;
    }
}
