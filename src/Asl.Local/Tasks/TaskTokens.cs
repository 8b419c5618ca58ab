using System.Security.Cryptography;
using Asl.Local.Execution;

namespace Asl.Local.Tasks;

/// <summary>
/// Issues task tokens and finds the task behind one. Tokens are 64 characters of cryptographic randomness
/// (URL-safe Base64), so they cannot be guessed; closed tokens are remembered so that reusing one is reported
/// as TaskTimedOut rather than InvalidToken, as AWS does. The tasks that may still be open are listed apart, so
/// asking whether any task waits (which a clock driver does at every step) costs the open tasks, not every token
/// a long-running server has issued.
/// </summary>
internal sealed class TaskTokens
{
    private readonly Dictionary<string, PendingTask> _tasks = new(StringComparer.Ordinal);
    private readonly List<PendingTask> _open = new(); // in issue order; closed ones are dropped when next read

    public PendingTask Issue(ExecutionRun run, string stateName)
    {
        Span<byte> bytes = stackalloc byte[48];
        RandomNumberGenerator.Fill(bytes);
        var token = Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
        var task = new PendingTask(run, token, stateName);
        _tasks.Add(token, task);
        _open.Add(task);
        (run.IssuedTokens ??= new List<string>()).Add(token);
        run.TrackOpenTask(task);
        return task;
    }

    /// <summary>Forgets the tokens of an execution the engine no longer keeps (a later use of one is an InvalidToken).</summary>
    public void Forget(ExecutionRun run)
    {
        if (run.IssuedTokens is not { } tokens) return;
        foreach (var token in tokens) _tasks.Remove(token);
        run.IssuedTokens = null;
    }

    /// <summary>The open task of <paramref name="token"/>; throws the AWS error for unknown or closed tokens.</summary>
    public PendingTask GetOpen(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048 || !_tasks.TryGetValue(token, out var task))
            throw new InvalidTokenException("Invalid Token: 'Invalid token'. The token was not issued by this engine; pass the value of $$.Task.Token from a .waitForTaskToken task.");
        if (task.IsClosed || !task.Run.IsRunning)
            throw new TaskTimedOutException($"Task Timed Out: the task of this token (state '{task.StateName}' of execution '{task.Run.Arn}') has timed out or was already closed; a token can complete its task only once.");
        return task;
    }

    /// <summary>The tasks still waiting for their token, in the order they were issued.</summary>
    public IReadOnlyList<PendingTask> OpenTasks()
    {
        _open.RemoveAll(static task => task.IsClosed || !task.Run.IsRunning);
        return _open;
    }
}
