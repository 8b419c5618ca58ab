using System.Security.Cryptography;
using Asl.Local.Execution;

namespace Asl.Local.Tasks;

/// <summary>
/// Issues task tokens and finds the task behind one. Tokens are 64 characters of cryptographic randomness
/// (URL-safe Base64), so they cannot be guessed; closed tokens are remembered so that reusing one is reported
/// as TaskTimedOut rather than InvalidToken, as AWS does.
/// </summary>
internal sealed class TaskTokens
{
    private readonly Dictionary<string, PendingTask> _tasks = new(StringComparer.Ordinal);

    public PendingTask Issue(ExecutionRun run, string stateName)
    {
        Span<byte> bytes = stackalloc byte[48];
        RandomNumberGenerator.Fill(bytes);
        var token = Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
        var task = new PendingTask(run, token, stateName);
        _tasks.Add(token, task);
        run.TrackOpenTask(task);
        return task;
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
    public IEnumerable<PendingTask> OpenTasks()
    {
        foreach (var task in _tasks.Values)
            if (!task.IsClosed && task.Run.IsRunning) yield return task;
    }
}
