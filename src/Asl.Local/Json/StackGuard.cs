using System.Runtime.CompilerServices;

namespace Asl.Local.Json;

/// <summary>
/// Guards the engine's recursive walks of JSON values. The data of an execution can nest far deeper than any input it
/// was given (a loop that wraps its state each turn adds a level per turn), and a walk that runs out of stack would
/// end the whole process, the server with it. Each level checks the stack first, so running short throws
/// <see cref="InsufficientExecutionStackException"/>, which fails the state with States.Runtime instead.
/// </summary>
internal static class StackGuard
{
    /// <summary>Throws <see cref="InsufficientExecutionStackException"/> when too little stack is left for another level.</summary>
    public static void Ensure() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
