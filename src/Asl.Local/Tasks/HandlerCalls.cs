using Asl.Json;
using Asl.Local.Scheduling;

namespace Asl.Local.Tasks;

/// <summary>
/// Calls user handlers. A handler that completes at once costs nothing more; one that awaits real work is
/// counted as outside work, so the virtual clock stands still until it returns.
/// </summary>
internal static class HandlerCalls
{
    public static async Task<AslJson> CallAsync(EngineLoop loop, Func<ValueTask<AslJson>> call)
    {
        var pending = call();
        if (pending.IsCompleted) return pending.Result ?? AslJson.Null;
        loop.BeginExternal();
        try
        {
            return await pending ?? AslJson.Null;
        }
        finally
        {
            loop.EndExternal();
        }
    }
}
