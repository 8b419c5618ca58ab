namespace Asl.Core.Tests.Robustness;

/// <summary>
/// Runs work that must finish, failing the test instead of hanging the run when it does not. The limit is a
/// generous net against hangs (work that never ends, or grows exponentially), not a performance claim: the
/// performance figures come from the benchmarks.
/// </summary>
internal static class SafetyNet
{
    public static T Within<T>(TimeSpan limit, Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(limit), $"the work did not finish within {limit.TotalSeconds} s");
        return task.Result;
    }
}
