using Asl.Api;
using Asl.Clients;
using Asl.Local;

namespace Asl.Testing;

/// <summary>
/// One execution as data, at the moment it was taken (after <see cref="WorkflowHarness.RunAsync{TInput, TOutput}"/>: when it
/// ended): its status and output or error, every state it entered in order with inputs, outputs and retries, its history,
/// and the time it took on the engine's clock.
/// </summary>
public class WorkflowRun
{
    private readonly TypedJson _json;
    private readonly IReadOnlySet<string> _stateNames;
    private readonly Func<string, IReadOnlyList<WorkflowRun>> _children;
    private IReadOnlyList<WorkflowRun>? _childRuns;

    internal WorkflowRun(ExecutionSnapshot execution, IReadOnlyList<LocalHistoryEvent> history, IReadOnlyList<StateEntry> states,
        IReadOnlySet<string> stateNames, string stateMachineName, DateTimeOffset now, TypedJson json, Func<string, IReadOnlyList<WorkflowRun>> children)
    {
        _json = json;
        _stateNames = stateNames;
        _children = children;
        ExecutionArn = execution.ExecutionArn;
        Name = execution.Name;
        StateMachineName = stateMachineName;
        Status = execution.Status;
        InputJson = execution.Input;
        OutputJson = execution.Output;
        Error = execution.Error;
        Cause = execution.Cause;
        StartDate = execution.StartDate;
        StopDate = execution.StopDate;
        Duration = (execution.StopDate ?? now) - execution.StartDate;
        ParentExecutionArn = execution.ParentExecutionArn;
        History = history;
        States = states;
        StatesEntered = states.Select(s => s.Name).ToArray();
    }

    /// <summary>A copy of <paramref name="other"/> (for the typed run).</summary>
    private protected WorkflowRun(WorkflowRun other)
    {
        _json = other._json;
        _stateNames = other._stateNames;
        _children = other._children;
        ExecutionArn = other.ExecutionArn;
        Name = other.Name;
        StateMachineName = other.StateMachineName;
        Status = other.Status;
        InputJson = other.InputJson;
        OutputJson = other.OutputJson;
        Error = other.Error;
        Cause = other.Cause;
        StartDate = other.StartDate;
        StopDate = other.StopDate;
        Duration = other.Duration;
        ParentExecutionArn = other.ParentExecutionArn;
        History = other.History;
        States = other.States;
        StatesEntered = other.StatesEntered;
    }

    /// <summary>The execution's ARN.</summary>
    public string ExecutionArn { get; }

    /// <summary>The execution's name.</summary>
    public string Name { get; }

    /// <summary>The name of the state machine it ran.</summary>
    public string StateMachineName { get; }

    /// <summary>SUCCEEDED, FAILED, TIMED_OUT, ABORTED, or RUNNING in a snapshot taken before it ended.</summary>
    public ExecutionStatus Status { get; }

    /// <summary>The input as JSON text.</summary>
    public string InputJson { get; }

    /// <summary>The output as JSON text once it succeeded; otherwise null.</summary>
    public string? OutputJson { get; }

    /// <summary>The error name of a failed, timed-out or stopped execution.</summary>
    public string? Error { get; }

    /// <summary>The cause that goes with <see cref="Error"/>.</summary>
    public string? Cause { get; }

    /// <summary>When it started, on the engine's clock.</summary>
    public DateTimeOffset StartDate { get; }

    /// <summary>When it stopped; null while it runs.</summary>
    public DateTimeOffset? StopDate { get; }

    /// <summary>The time it took (so far) on the engine's clock: with the virtual clock, Wait states, retry intervals and timeouts count in full and cost no real time.</summary>
    public TimeSpan Duration { get; }

    /// <summary>The execution that started this one with a <c>states:startExecution</c> task, or null.</summary>
    public string? ParentExecutionArn { get; }

    /// <summary>Every state entry in the order the states were entered, nested states (Parallel branches, Map iterations) included.</summary>
    public IReadOnlyList<StateEntry> States { get; }

    /// <summary>The names of <see cref="States"/>: the path the execution took.</summary>
    public IReadOnlyList<string> StatesEntered { get; }

    /// <summary>The execution's history events, as GetExecutionHistory reports them.</summary>
    public IReadOnlyList<LocalHistoryEvent> History { get; }

    /// <summary>The executions this one started (<c>states:startExecution</c> tasks), in the order they started.</summary>
    public IReadOnlyList<WorkflowRun> ChildExecutions => _childRuns ??= _children(ExecutionArn);

    /// <summary>True when the execution entered the state at least once; throws when the state machine has no such state.</summary>
    public bool Entered(string stateName) => Entries(stateName).Count > 0;

    /// <summary>Every entry of the state (more than one in a loop or a Map); throws when the state machine has no such state.</summary>
    public IReadOnlyList<StateEntry> Entries(string stateName)
    {
        CheckStateName(stateName);
        return States.Where(s => s.Name == stateName).ToArray();
    }

    /// <summary>
    /// The entry of the state (its last one, when it was entered more than once). Throws when the state machine has no
    /// such state, or when the execution never entered it.
    /// </summary>
    public StateEntry State(string stateName)
    {
        var entries = Entries(stateName);
        if (entries.Count > 0) return entries[^1];
        throw new ArgumentException(
            $"The execution never entered state '{stateName}'. It entered: {(StatesEntered.Count == 0 ? "no state" : string.Join(" → ", StatesEntered))}.",
            nameof(stateName));
    }

    /// <summary>How often Retry ran the state's work again, over all its entries; throws when the state machine has no such state.</summary>
    public int RetryCount(string stateName) => Entries(stateName).Sum(s => s.RetryCount);

    /// <summary>The output read as <typeparamref name="T"/>; throws <see cref="ExecutionFailedException"/> when the execution did not succeed.</summary>
    public T OutputAs<T>()
    {
        EnsureSucceeded();
        return _json.Read<T>(OutputJson!, $"The output of execution '{Name}'");
    }

    /// <summary>The cause read as <typeparamref name="T"/> (a Lambda function error, a child execution's description...); throws when there is no cause.</summary>
    public T CauseAs<T>() => Cause is { } cause
        ? _json.Read<T>(cause, $"The cause of execution '{Name}'")
        : throw new InvalidOperationException($"The execution '{Name}' has no cause: it is {Status.ToAwsName()}{(Error is null ? "" : " with error " + Error)}.");

    /// <summary>Returns this run when it succeeded; otherwise throws <see cref="ExecutionFailedException"/> with its status, error and cause.</summary>
    public WorkflowRun EnsureSucceeded()
    {
        if (Status == ExecutionStatus.Succeeded) return this;
        if (Status == ExecutionStatus.Running)
            throw new InvalidOperationException($"The execution '{Name}' is still running; wait for it with RunToCompletionAsync.");
        throw new ExecutionFailedException(ExecutionArn, Status, Error, Cause);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{StateMachineName}/{Name}: {Status.ToAwsName()}{(Error is null ? "" : $" ({Error})")} after {Duration}, states: {string.Join(" → ", StatesEntered)}";

    private void CheckStateName(string stateName)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (_stateNames.Contains(stateName)) return;
        var close = _stateNames.Where(n => string.Equals(n, stateName, StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        throw new ArgumentException(
            $"The state machine '{StateMachineName}' has no state '{stateName}'{(close is null ? "" : $" (did you mean '{close}'? state names are case-sensitive)")}. " +
            $"Its states: {string.Join(", ", _stateNames.Order(StringComparer.Ordinal))}.",
            nameof(stateName));
    }
}

/// <summary>A <see cref="WorkflowRun"/> of a machine whose output type is <typeparamref name="TOutput"/>.</summary>
/// <typeparam name="TOutput">The state machine's output type.</typeparam>
public sealed class WorkflowRun<TOutput> : WorkflowRun
{
    internal WorkflowRun(WorkflowRun run) : base(run)
    {
    }

    /// <summary>The output; throws <see cref="ExecutionFailedException"/> (with the error and cause) when the execution did not succeed.</summary>
    public TOutput Output => OutputAs<TOutput>();
}
