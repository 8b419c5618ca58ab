using System.Text.Json.Serialization.Metadata;
using Asl.Api;

namespace Asl.Clients;

/// <summary>
/// A started execution: its ARN and start date, and the means to wait for its typed output, describe it, stop it
/// and read its history.
/// </summary>
/// <typeparam name="TOutput">The state machine's output type.</typeparam>
public sealed class ExecutionHandle<TOutput>
{
    private readonly IStepFunctionsApi _api;
    private readonly PayloadSerializer _serializer;
    private readonly JsonTypeInfo<TOutput> _outputType;
    private readonly PollingOptions _polling;

    internal ExecutionHandle(IStepFunctionsApi api, PayloadSerializer serializer, JsonTypeInfo<TOutput> outputType, PollingOptions polling,
        string executionArn, DateTimeOffset startDate)
    {
        _api = api;
        _serializer = serializer;
        _outputType = outputType;
        _polling = polling;
        ExecutionArn = executionArn;
        StartDate = startDate;
    }

    /// <summary>The execution's ARN.</summary>
    public string ExecutionArn { get; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartDate { get; }

    /// <summary>
    /// Polls DescribeExecution (see <see cref="PollingOptions"/>) until the execution ends, and returns its output.
    /// </summary>
    /// <exception cref="ExecutionFailedException">The execution FAILED, TIMED_OUT or was ABORTED; it carries Error and Cause.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the execution keeps running).</exception>
    public async Task<TOutput> WaitAsync(CancellationToken cancellationToken = default)
    {
        var interval = _polling.InitialInterval;
        while (true)
        {
            var described = await _api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn }, cancellationToken).ConfigureAwait(false);
            if (described.Status == ExecutionStatus.Succeeded) return _serializer.Read(described.Output, _outputType, ExecutionArn);
            if (described.Status.IsFinal()) throw new ExecutionFailedException(ExecutionArn, described.Status, described.Error, described.Cause);
            await Task.Delay(interval, _polling.TimeProvider, cancellationToken).ConfigureAwait(false);
            interval = _polling.Next(interval);
        }
    }

    /// <summary>Like <see cref="WaitAsync(CancellationToken)"/>, but gives up after <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">The execution had not ended within <paramref name="timeout"/>; it keeps running.</exception>
    /// <exception cref="ExecutionFailedException">The execution FAILED, TIMED_OUT or was ABORTED.</exception>
    public async Task<TOutput> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(timeout, _polling.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The execution '{ExecutionArn}' did not end within {timeout}. It keeps running: wait again, or stop it with StopAsync.", e);
        }
    }

    /// <summary>Describes the execution, with its output typed once it succeeded.</summary>
    public async Task<ExecutionDescription<TOutput>> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var described = await _api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = ExecutionArn }, cancellationToken).ConfigureAwait(false);
        return Typed(described, _serializer, _outputType);
    }

    /// <summary>Stops the execution and returns when it stopped.</summary>
    public async Task<DateTimeOffset> StopAsync(string? error = null, string? cause = null, CancellationToken cancellationToken = default)
    {
        var stopped = await _api.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = ExecutionArn, Error = error, Cause = cause }, cancellationToken).ConfigureAwait(false);
        return stopped.StopDate;
    }

    /// <summary>Reads the whole history, oldest event first, following every page.</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(CancellationToken cancellationToken = default)
    {
        var events = new List<HistoryEvent>();
        string? token = null;
        do
        {
            var page = await _api.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = ExecutionArn, NextToken = token, MaxResults = 1000 }, cancellationToken).ConfigureAwait(false);
            events.AddRange(page.Events);
            token = page.NextToken;
        }
        while (token is not null);
        return events;
    }

    internal static ExecutionDescription<TOutput> Typed(DescribeExecutionResponse described, PayloadSerializer serializer, JsonTypeInfo<TOutput> outputType) => new()
    {
        ExecutionArn = described.ExecutionArn,
        Name = described.Name,
        Status = described.Status,
        StartDate = described.StartDate,
        StopDate = described.StopDate,
        Output = described.Status == ExecutionStatus.Succeeded ? serializer.Read(described.Output, outputType, described.ExecutionArn) : default,
        OutputJson = described.Output,
        InputJson = described.Input,
        Error = described.Error,
        Cause = described.Cause,
    };
}
