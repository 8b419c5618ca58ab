using Asl.Collections;
using Asl.Model;

namespace Asl.Local.Errors;

/// <summary>Whether a Retry or Catch entry's ErrorEquals handles an error name.</summary>
internal static class ErrorMatching
{
    public static bool Matches(EquatableArray<string> errorEquals, string? error)
    {
        foreach (var name in errorEquals)
        {
            if (name == ErrorNames.All) return true;
            if (error is null) continue;
            if (name == error) return true;
            // States.Timeout also covers a missed heartbeat; States.TaskFailed covers everything but timeouts.
            if (name == ErrorNames.Timeout && error == ErrorNames.HeartbeatTimeout) return true;
            if (name == ErrorNames.TaskFailed && error is not (ErrorNames.Timeout or ErrorNames.HeartbeatTimeout)) return true;
        }
        return false;
    }

    /// <summary>The first catcher that handles the error, or null.</summary>
    public static Catcher? FindCatcher(EquatableArray<Catcher> catchers, string? error)
    {
        foreach (var catcher in catchers)
            if (Matches(catcher.ErrorEquals, error)) return catcher;
        return null;
    }
}
