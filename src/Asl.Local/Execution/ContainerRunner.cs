using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.States;
using Asl.Model;

namespace Asl.Local.Execution;

/// <summary>Runs the states of a container (the machine, a branch, a Map processor) from StartAt to an end.</summary>
internal static class ContainerRunner
{
    public static async Task<AslJson> RunAsync(IStateContainer container, AslJson input, Frame frame)
    {
        var states = StateIndex.Of(container);
        var name = container.StartAt;
        while (true)
        {
            frame.Token.ThrowIfCancellationRequested();
            if (!states.TryGetValue(name, out var named))
                throw StatesError.Runtime($"The state '{name}' does not exist; check StartAt and Next (names are case-sensitive).");
            var step = await StateRunner.RunAsync(frame, named, input);
            if (step.Next is null) return step.Output;
            input = step.Output;
            name = step.Next;
        }
    }
}
