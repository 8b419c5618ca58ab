using Asl.Json;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Tasks;
using Asl.Model;
using Asl.Api;

namespace Asl.Local.Execution;

/// <summary>
/// One execution: its identity, status, history, variables root and cancellation. All members are used on the
/// engine loop (under the engine's gate).
/// </summary>
internal sealed class ExecutionRun
{
    // Engine code waits on the first (its continuations run on the loop at once); outside callers on the second.
    private readonly TaskCompletionSource _finished = new();
    private readonly TaskCompletionSource _finishedOutside = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<PendingTask> _openTasks = new();
    private readonly List<ExecutionRun> _syncChildren = new();
    private Dictionary<string, int>? _mockInvocations;
    private AslJsonObject? _contextExecution;
    private AslJsonObject? _contextStateMachine;

    public ExecutionRun(LocalEngine engine, StateMachineDescription machine, string arn, string name, AslJson input, string inputText,
        DateTimeOffset start, string? testCase, string? parentArn)
    {
        Engine = engine;
        Machine = machine;
        Arn = arn;
        Name = name;
        Input = input;
        InputText = inputText;
        StartDate = start;
        TestCase = testCase;
        ParentArn = parentArn;
        Root = new AbortSignal(null);
        Variables = new VariableScope(null);
        if (engine.TracesStateVisits) Visits = new List<StateVisit>();
    }

    public LocalEngine Engine { get; }
    public StateMachineDescription Machine { get; }
    public string Arn { get; }
    public string Name { get; }
    public AslJson Input { get; }
    public string InputText { get; }
    public DateTimeOffset StartDate { get; }
    public string? TestCase { get; }
    public string? ParentArn { get; }

    /// <summary>True for an EXPRESS execution started by StartSyncExecution, whose context object has no RedriveCount (recorded on AWS).</summary>
    public bool IsSynchronous { get; init; }

    public AbortSignal Root { get; }
    public VariableScope Variables { get; }
    public HistoryLog History { get; } = new();

    /// <summary>Every state entry in order, when the engine traces state visits (<see cref="LocalEngine.TracesStateVisits"/>); else null.</summary>
    public List<StateVisit>? Visits { get; }

    public ExecutionStatus Status { get; private set; } = ExecutionStatus.Running;
    public DateTimeOffset? StopDate { get; private set; }
    public AslJson? Output { get; private set; }
    public string? Error { get; private set; }
    public string? Cause { get; private set; }

    public bool IsRunning => Status == ExecutionStatus.Running;

    /// <summary>Completes when the execution has stopped, whatever the outcome (for engine code on the loop).</summary>
    public Task Finished => _finished.Task;

    /// <summary>Completes when the execution has stopped (for callers outside the loop).</summary>
    public Task FinishedOutside => _finishedOutside.Task;

    /// <summary>The Execution part of the Context Object.</summary>
    public AslJsonObject ContextExecution => _contextExecution ??= BuildContextExecution();

    private AslJsonObject BuildContextExecution()
    {
        var execution = new JsonObjectBuilder(6)
            .AddUnique("Id", new AslJsonString(Arn))
            .AddUnique("Input", Input)
            .AddUnique("StartTime", new AslJsonString(Timestamps.Iso(StartDate)))
            .AddUnique("Name", new AslJsonString(Name))
            .AddUnique("RoleArn", new AslJsonString(Machine.RoleArn));
        // Executions that can be redriven count their redrives; a synchronous EXPRESS execution can not be.
        if (!IsSynchronous) execution.AddUnique("RedriveCount", JsonValues.Number(0));
        return execution.Build();
    }

    /// <summary>The StateMachine part of the Context Object.</summary>
    public AslJsonObject ContextStateMachine => _contextStateMachine ??= new JsonObjectBuilder(2)
        .AddUnique("Id", new AslJsonString(Machine.StateMachineArn))
        .AddUnique("Name", new AslJsonString(Machine.Name))
        .Build();

    /// <summary>
    /// Appends an event. Once the execution has ended nothing more is recorded (returns 0). An event that would
    /// be number 25,000 and is not ExecutionSucceeded fails the execution instead, as AWS does.
    /// </summary>
    public long Record(HistoryEventType type, long previousEventId, in EventData data = default)
    {
        if (!IsRunning) throw new OperationCanceledException(Root.Token);
        if (History.Count >= HistoryLog.MaxEvents - 1)
        {
            Close(ExecutionStatus.Failed, HistoryEventType.ExecutionFailed, 0, ErrorNames.Runtime,
                $"The execution reached the limit of {HistoryLog.MaxEvents} history events. Split the work into child executions (states:startExecution) or use a Map state.");
            throw new OperationCanceledException(Root.Token);
        }
        return History.Append(type, previousEventId, Engine.Now, data);
    }

    /// <summary>Records an event without the history-limit check (the ExecutionStarted event).</summary>
    public long RecordFirst(HistoryEventType type, in EventData data)
        => History.Append(type, 0, Engine.Now, data);

    public void Succeed(AslJson output, long previousEventId)
    {
        if (!IsRunning) return;
        Output = output;
        Close(ExecutionStatus.Succeeded, HistoryEventType.ExecutionSucceeded, previousEventId, null, null, output);
    }

    public void Fail(string? error, string? cause, long previousEventId)
        => Close(ExecutionStatus.Failed, HistoryEventType.ExecutionFailed, previousEventId, error, cause);

    public void Abort(string? error, string? cause)
        => Close(ExecutionStatus.Aborted, HistoryEventType.ExecutionAborted, 0, error, cause);

    public void TimeOut()
        => Close(ExecutionStatus.TimedOut, HistoryEventType.ExecutionTimedOut, History.LastId, ErrorNames.Timeout,
            "The execution ran longer than the state machine's TimeoutSeconds.");

    private void Close(ExecutionStatus status, HistoryEventType type, long previousEventId, string? error, string? cause, AslJson? output = null)
    {
        if (!IsRunning) return;
        Status = status;
        Error = error;
        Cause = cause;
        StopDate = Engine.Now;
        History.Append(type, previousEventId, StopDate.Value, new EventData { Error = error, Cause = cause, Output = output });
        Root.Abort(AbortReason.ExecutionEnded, 0);
        foreach (var task in _openTasks) task.Close();
        _openTasks.Clear();
        foreach (var child in _syncChildren)
            if (child.IsRunning) child.Abort(null, $"The parent execution '{Arn}' ended while waiting for this execution (.sync).");
        _syncChildren.Clear();
        _finished.TrySetResult();
        _finishedOutside.TrySetResult();
    }

    public void TrackOpenTask(PendingTask task) => _openTasks.Add(task);

    public void UntrackOpenTask(PendingTask task) => _openTasks.Remove(task);

    public void TrackSyncChild(ExecutionRun child) => _syncChildren.Add(child);

    public void UntrackSyncChild(ExecutionRun child) => _syncChildren.Remove(child);

    /// <summary>The 0-based number of earlier mocked invocations of this state, then counts this one.</summary>
    public int NextMockInvocation(string stateName)
    {
        _mockInvocations ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _mockInvocations.TryGetValue(stateName, out var count);
        _mockInvocations[stateName] = count + 1;
        return count;
    }

    public ExecutionSnapshot Describe() => new()
    {
        ExecutionArn = Arn,
        StateMachineArn = Machine.StateMachineArn,
        Name = Name,
        Status = Status,
        StartDate = StartDate,
        StopDate = StopDate,
        Input = InputText,
        InputValue = Input,
        Output = Output is null ? null : JsonText.Write(Output),
        OutputValue = Output,
        Error = Error,
        Cause = Cause,
        ParentExecutionArn = ParentArn,
        MockTestCase = TestCase,
    };
}
