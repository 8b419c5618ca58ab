using System.Globalization;
using System.Text;
using System.Text.Json;
using Asl.Api;
using Asl.Local.Json;
using Asl.Local.Scheduling;

namespace Asl.Local;

/// <summary>
/// <see cref="IStepFunctionsApi"/> over a <see cref="LocalEngine"/> in this process: the same contract as the HTTP
/// client, with the engine's errors reported as <see cref="StepFunctionsApiException"/> under AWS's codes.
/// With the virtual clock (and <see cref="DrivesVirtualClock"/>), the API moves the engine on by itself:
/// StartExecution runs the new execution until it blocks, DescribeExecution of a running execution runs it until it
/// ends or waits for an outside call (a task token), and StartSyncExecution runs it to the end, so a polling client
/// sees Wait states and timeouts pass at once.
/// </summary>
public sealed class InProcessStepFunctionsApi : IStepFunctionsApi
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    /// <summary>Creates the API over <paramref name="engine"/>.</summary>
    /// <param name="engine">The engine whose state machines and executions the API serves.</param>
    /// <param name="drivesVirtualClock">False leaves driving a virtual-clock engine to the caller (RunUntilIdleAsync, AdvanceTimeAsync).</param>
    public InProcessStepFunctionsApi(LocalEngine engine, bool drivesVirtualClock = true)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        DrivesVirtualClock = drivesVirtualClock;
    }

    /// <summary>The engine behind the API.</summary>
    public LocalEngine Engine { get; }

    /// <summary>True when calls move a virtual-clock engine on by themselves (see the class summary).</summary>
    public bool DrivesVirtualClock { get; }

    /// <summary>How long StartSyncExecution waits between looks at an execution that waits for an outside call.</summary>
    public TimeSpan StalledPollInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    private bool Drives => DrivesVirtualClock && Engine.Options.ClockMode == ClockMode.Virtual && !OnEngineLoop;

    // A handler calling back runs on the engine's own loop; driving the engine from there would wait on itself.
    private static bool OnEngineLoop => SynchronizationContext.Current?.GetType().Assembly == typeof(LocalEngine).Assembly;

    /// <inheritdoc />
    public async Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var started = Call(() => Engine.StartExecution(request.StateMachineArn, request.Input, request.Name));
        if (Drives) await Engine.RunUntilIdleAsync(cancellationToken).ConfigureAwait(false);
        return new StartExecutionResponse { ExecutionArn = started.ExecutionArn, StartDate = started.StartDate };
    }

    /// <inheritdoc />
    public async Task<StartSyncExecutionResponse> StartSyncExecutionAsync(StartSyncExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var machine = Call(() => Engine.DescribeStateMachine(request.StateMachineArn));
        if (machine.Type != "EXPRESS")
            throw new StepFunctionsApiException("StateMachineTypeNotSupported",
                $"This operation is not supported by this type of state machine: '{machine.StateMachineArn}' is {machine.Type}; StartSyncExecution runs EXPRESS state machines only (use StartExecution and wait for STANDARD ones).");
        var started = Call(() => Engine.StartExecution(request.StateMachineArn, request.Input, request.Name));
        var ended = await RunToEndAsync(started.ExecutionArn, cancellationToken).ConfigureAwait(false);
        return new StartSyncExecutionResponse
        {
            ExecutionArn = ended.ExecutionArn,
            StateMachineArn = ended.StateMachineArn,
            Name = ended.Name,
            StartDate = ended.StartDate,
            StopDate = ended.StopDate ?? Engine.Now,
            Status = ended.Status,
            Error = ended.Error,
            Cause = ended.Cause,
            Input = ended.Input,
            Output = ended.Output,
        };
    }

    /// <inheritdoc />
    public async Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var described = Call(() => Engine.DescribeExecution(request.ExecutionArn));
        if (described.Status == ExecutionStatus.Running && Drives)
        {
            try
            {
                described = await Engine.RunToCompletionAsync(request.ExecutionArn, cancellationToken).ConfigureAwait(false);
            }
            catch (EngineStalledException)
            {
                // It waits for a task token or another outside call: it is simply still running.
                described = Call(() => Engine.DescribeExecution(request.ExecutionArn));
            }
        }
        return new DescribeExecutionResponse
        {
            ExecutionArn = described.ExecutionArn,
            StateMachineArn = described.StateMachineArn,
            Name = described.Name,
            Status = described.Status,
            StartDate = described.StartDate,
            StopDate = described.StopDate,
            Input = described.Input,
            Output = described.Output,
            Error = described.Error,
            Cause = described.Cause,
        };
    }

    /// <inheritdoc />
    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var stopDate = Call(() => Engine.StopExecution(request.ExecutionArn, request.Error, request.Cause));
        return Task.FromResult(new StopExecutionResponse { StopDate = stopDate });
    }

    /// <inheritdoc />
    public Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var pageSize = request.MaxResults is null or 0 ? DefaultPageSize : request.MaxResults.Value;
        if (pageSize is < 0 or > MaxPageSize)
            throw new StepFunctionsApiException("ValidationException",
                $"1 validation error detected: Value '{pageSize}' at 'maxResults' failed to satisfy constraint: Member must have value {(pageSize < 0 ? "greater than or equal to 0" : "less than or equal to 1000")}");
        var reverse = request.ReverseOrder ?? false;
        var includeData = request.IncludeExecutionData ?? true;
        var history = Call(() => Engine.GetExecutionHistory(request.ExecutionArn));
        var offset = request.NextToken is null ? 0 : ReadPageToken(request.NextToken, request.ExecutionArn, reverse);
        var count = Math.Max(0, Math.Min(pageSize, history.Count - offset));
        var events = new HistoryEvent[count];
        for (var i = 0; i < count; i++)
        {
            var position = offset + i;
            events[i] = ToApiEvent(history[reverse ? history.Count - 1 - position : position], includeData);
        }
        var next = offset + count < history.Count ? WritePageToken(offset + count, request.ExecutionArn, reverse) : null;
        return Task.FromResult(new GetExecutionHistoryResponse { Events = events, NextToken = next });
    }

    /// <inheritdoc />
    public Task SendTaskSuccessAsync(SendTaskSuccessRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        Call(() => Engine.SendTaskSuccess(request.TaskToken, request.Output));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SendTaskFailureAsync(SendTaskFailureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        Call(() => Engine.SendTaskFailure(request.TaskToken, request.Error, request.Cause));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SendTaskHeartbeatAsync(SendTaskHeartbeatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        Call(() => Engine.SendTaskHeartbeat(request.TaskToken));
        return Task.CompletedTask;
    }

    private async Task<ExecutionSnapshot> RunToEndAsync(string executionArn, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await Engine.RunToCompletionAsync(executionArn, cancellationToken).ConfigureAwait(false);
            }
            catch (EngineStalledException)
            {
                // Only an outside call (a task token) can move it on; give the caller's other threads time to make it.
                await Task.Delay(StalledPollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static HistoryEvent ToApiEvent(LocalHistoryEvent engineEvent, bool includeData)
    {
        using var document = JsonDocument.Parse(JsonText.Write(engineEvent.ToAwsJson(includeData)));
        return HistoryEvent.FromAwsJson(document.RootElement);
    }

    private static T Call<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (StepFunctionsException e)
        {
            throw new StepFunctionsApiException(e.ErrorCode, e.Message, statusCode: null, requestId: null, innerException: e);
        }
    }

    private static void Call(Action operation) => Call(() =>
    {
        operation();
        return true;
    });

    // Page tokens carry the next position, the order and the execution, so a token cannot be replayed on another request.
    private static string WritePageToken(int offset, string executionArn, bool reverse)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{offset.ToString(CultureInfo.InvariantCulture)}|{(reverse ? 'r' : 'f')}|{executionArn}"));

    private static int ReadPageToken(string token, string executionArn, bool reverse)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|', 3);
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                && parts[1] == (reverse ? "r" : "f") && parts[2] == executionArn)
                return offset;
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other foreign token.
        }
        throw new StepFunctionsApiException("InvalidToken",
            "Invalid Token: the next token does not belong to this history request; pass the NextToken of the previous page with the same execution ARN and ReverseOrder.");
    }
}
