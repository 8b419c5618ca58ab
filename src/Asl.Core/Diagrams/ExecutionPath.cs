using System;
using System.Collections.Generic;
using System.Linq;

namespace Asl.Diagrams;

/// <summary>One event of an execution history, reduced to what tells the path: the fields GetExecutionHistory
/// gives every event, and the state's name from the details of state entered and exited events.</summary>
/// <param name="Id">The event's id (from 1).</param>
/// <param name="PreviousEventId">The event that led to this one; 0 when none.</param>
/// <param name="Type">The event type as AWS names it, for example <c>TaskStateEntered</c>.</param>
/// <param name="StateName">The state's name for <c>*StateEntered</c> and <c>*StateExited</c> events; otherwise null.</param>
public sealed record ExecutionEvent(long Id, long PreviousEventId, string Type, string? StateName);

/// <summary>A transition an execution took: from a state, or from the start of the graph <see cref="To"/> is in.</summary>
/// <param name="From">The state left, or null when <see cref="To"/> was the first state of its machine, branch or iteration.</param>
/// <param name="To">The state entered.</param>
public sealed record ExecutionTransition(string? From, string To);

/// <summary>
/// The path an execution took, read from its history: the states it entered, the transitions between them (found
/// by following each entered event's <c>previousEventId</c> back to the state that led to it, as Step Functions
/// links events), the states where it ended its machine, a branch or an iteration, and those whose work ended in an
/// error (a task that failed or timed out after its last retry, caught or not; a Parallel or Map that failed; a Fail
/// state).
/// </summary>
public sealed class ExecutionPath
{
    private ExecutionPath(IReadOnlyList<string> entered, IReadOnlyList<string> ended, IReadOnlyList<string> failed,
        IReadOnlyList<ExecutionTransition> transitions, string? status)
    {
        EnteredStates = entered;
        EndedStates = ended;
        FailedStates = failed;
        Transitions = transitions;
        Status = status;
    }

    /// <summary>Every state entered, in the order first entered.</summary>
    public IReadOnlyList<string> EnteredStates { get; }

    /// <summary>The states left (a <c>*StateExited</c> event) without going on to another state, at least once: where the
    /// execution, a branch or a Map iteration ended. In the order first left.</summary>
    public IReadOnlyList<string> EndedStates { get; }

    /// <summary>The states whose last visit ended in an error, in the order entered.</summary>
    public IReadOnlyList<string> FailedStates { get; }

    /// <summary>Every distinct transition taken, in the order first taken.</summary>
    public IReadOnlyList<ExecutionTransition> Transitions { get; }

    /// <summary>SUCCEEDED, FAILED, TIMED_OUT or ABORTED when the history has the execution's last event; else null.</summary>
    public string? Status { get; }

    /// <summary>Reads the path from a history's events (any order; they are taken by id).</summary>
    public static ExecutionPath FromEvents(IEnumerable<ExecutionEvent> events)
    {
        if (events is null) throw new ArgumentNullException(nameof(events));
        var ordered = events.OrderBy(e => e.Id).ToList();
        var byId = new Dictionary<long, ExecutionEvent>();
        foreach (var e in ordered) byId[e.Id] = e;

        var entered = new List<string>();
        var exits = new Dictionary<string, int>(StringComparer.Ordinal);
        var departures = new Dictionary<string, int>(StringComparer.Ordinal);
        var transitions = new List<ExecutionTransition>();
        var seenTransitions = new HashSet<ExecutionTransition>();
        var failedVisits = new Dictionary<long, bool>();
        var failStates = new HashSet<string>(StringComparer.Ordinal);
        string? status = null;
        foreach (var e in ordered)
        {
            if (IsEntered(e.Type) && e.StateName is { } name)
            {
                if (!entered.Contains(name)) entered.Add(name);
                var transition = new ExecutionTransition(Source(e, byId, ordered.Count), name);
                if (seenTransitions.Add(transition)) transitions.Add(transition);
                if (transition.From is { } from) departures[from] = departures.TryGetValue(from, out var n) ? n + 1 : 1;
                if (e.Type == "FailStateEntered") failStates.Add(name);
            }
            else if (IsExited(e.Type) && e.StateName is { } left)
            {
                exits[left] = exits.TryGetValue(left, out var n) ? n + 1 : 1;
            }
            else if (Outcome(e.Type) is var (stateType, failed) && Visit(e, stateType, byId, ordered.Count) is { } visit)
            {
                failedVisits[visit.Id] = failed;
            }
            else if (ExecutionStatus(e.Type) is { } final)
            {
                status = final;
            }
        }

        var failedNames = new HashSet<string>(failStates, StringComparer.Ordinal);
        foreach (var visit in failedVisits)
            if (visit.Value && byId[visit.Key].StateName is { } name) failedNames.Add(name);
        var failedStates = entered.Where(failedNames.Contains).ToList();
        // A state left more often than something was entered from it ended its graph at least once.
        var ended = entered.Where(n => exits.TryGetValue(n, out var left) && left > (departures.TryGetValue(n, out var went) ? went : 0)).ToList();
        return new ExecutionPath(entered, ended, failedStates, transitions, status);
    }

    /// <summary>The state whose exit (or, for an error caught without one, whose entry) led to <paramref name="entered"/>;
    /// null when the chain reaches the start of the execution, a branch or a Map iteration first.</summary>
    private static string? Source(ExecutionEvent entered, Dictionary<long, ExecutionEvent> byId, int limit)
    {
        var id = entered.PreviousEventId;
        for (var steps = 0; steps < limit && byId.TryGetValue(id, out var e); steps++)
        {
            if ((IsExited(e.Type) || IsEntered(e.Type)) && e.StateName is not null) return e.StateName;
            if (e.Type is "ExecutionStarted" or "ParallelStateStarted" or "MapStateStarted" or "MapIterationStarted") return null;
            id = e.PreviousEventId;
        }
        return null;
    }

    /// <summary>The entered event of the visit an outcome event belongs to: the nearest state entered event of that
    /// state type up its chain (any type when <paramref name="stateType"/> is empty).</summary>
    private static ExecutionEvent? Visit(ExecutionEvent outcome, string stateType, Dictionary<long, ExecutionEvent> byId, int limit)
    {
        var id = outcome.PreviousEventId;
        for (var steps = 0; steps < limit && byId.TryGetValue(id, out var e); steps++)
        {
            if (IsEntered(e.Type) && e.Type.StartsWith(stateType, StringComparison.Ordinal)) return e;
            id = e.PreviousEventId;
        }
        return null;
    }

    private static bool IsEntered(string type) => type.EndsWith("StateEntered", StringComparison.Ordinal);

    private static bool IsExited(string type) => type.EndsWith("StateExited", StringComparison.Ordinal);

    /// <summary>For an event that ends a state's work: the type of state it belongs to and whether it is an error.</summary>
    private static (string StateType, bool Failed)? Outcome(string type) => type switch
    {
        "TaskSucceeded" or "LambdaFunctionSucceeded" or "ActivitySucceeded" => ("Task", false),
        "TaskFailed" or "TaskTimedOut" or "TaskStartFailed" or "TaskSubmitFailed" or "LambdaFunctionFailed" or "LambdaFunctionTimedOut"
            or "LambdaFunctionStartFailed" or "LambdaFunctionScheduleFailed" or "ActivityFailed" or "ActivityTimedOut"
            or "ActivityScheduleFailed" => ("Task", true),
        "ParallelStateSucceeded" => ("Parallel", false),
        "ParallelStateFailed" => ("Parallel", true),
        "MapStateSucceeded" => ("Map", false),
        "MapStateFailed" => ("Map", true),
        "EvaluationFailed" => ("", true),
        _ => null,
    };

    private static string? ExecutionStatus(string type) => type switch
    {
        "ExecutionSucceeded" => "SUCCEEDED",
        "ExecutionFailed" => "FAILED",
        "ExecutionTimedOut" => "TIMED_OUT",
        "ExecutionAborted" => "ABORTED",
        _ => null,
    };
}
