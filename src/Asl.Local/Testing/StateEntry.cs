namespace Asl.Testing;

/// <summary>How one entry of a state ended.</summary>
public enum StateOutcome
{
    /// <summary>The state is still running (a snapshot taken before the execution ended).</summary>
    Running,
    /// <summary>The state exited with an output (a Catch that handled an error exits too; see <see cref="StateEntry.Error"/>).</summary>
    Exited,
    /// <summary>The state failed: its error ended the execution, the branch or the iteration.</summary>
    Failed,
    /// <summary>The state was stopped: the execution stopped, or a sibling branch or iteration failed.</summary>
    Aborted,
}

/// <summary>One entry of a state during an execution: what it got, what it handed on, how often it retried.</summary>
public sealed class StateEntry
{
    private readonly TypedJson _json;

    internal StateEntry(Local.Execution.StateVisit visit, TypedJson json)
    {
        _json = json;
        Name = visit.Name;
        Type = visit.Type;
        InputJson = Local.Json.JsonText.Write(visit.Input);
        OutputJson = visit.Output is { } output ? Local.Json.JsonText.Write(output) : null;
        EnteredAt = visit.EnteredAt;
        ExitedAt = visit.ExitedAt;
        RetryCount = visit.RetryCount;
        Error = visit.Error;
        Cause = visit.Cause;
        Outcome = (StateOutcome)(int)visit.Outcome;
    }

    /// <summary>The state's name.</summary>
    public string Name { get; }

    /// <summary>The state's type: Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map.</summary>
    public string Type { get; }

    /// <summary>The state's input as JSON text (before InputPath), as its StateEntered event records it.</summary>
    public string InputJson { get; }

    /// <summary>The state's output as JSON text, as its StateExited event records it; null unless it exited.</summary>
    public string? OutputJson { get; }

    /// <summary>When the state was entered, on the engine's clock.</summary>
    public DateTimeOffset EnteredAt { get; }

    /// <summary>When it exited, failed or was stopped; null while it runs.</summary>
    public DateTimeOffset? ExitedAt { get; }

    /// <summary>How long the state took on the engine's clock (with the virtual clock, Waits and retry intervals count in full).</summary>
    public TimeSpan? Duration => ExitedAt - EnteredAt;

    /// <summary>How often Retry ran the state's work again (0 when the first attempt decided).</summary>
    public int RetryCount { get; }

    /// <summary>How the entry ended.</summary>
    public StateOutcome Outcome { get; }

    /// <summary>The error that failed the state, or that a Catch handled (the state then exited); otherwise null.</summary>
    public string? Error { get; }

    /// <summary>The cause that goes with <see cref="Error"/>.</summary>
    public string? Cause { get; }

    /// <summary>The input read as <typeparamref name="T"/>.</summary>
    public T InputAs<T>() => _json.Read<T>(InputJson, $"The input of state '{Name}'");

    /// <summary>The output read as <typeparamref name="T"/>; throws when the state did not exit.</summary>
    public T OutputAs<T>() => OutputJson is { } output
        ? _json.Read<T>(output, $"The output of state '{Name}'")
        : throw new InvalidOperationException($"State '{Name}' has no output: it {Describe(Outcome)}.");

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type}, {Describe(Outcome)}{(RetryCount > 0 ? $", {RetryCount} retries" : "")})";

    internal static string Describe(StateOutcome outcome) => outcome switch
    {
        StateOutcome.Running => "is still running",
        StateOutcome.Exited => "exited",
        StateOutcome.Failed => "failed",
        _ => "was stopped",
    };
}
