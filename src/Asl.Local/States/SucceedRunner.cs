using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Succeed: ends its container successfully (InputPath → OutputPath, or JSONata Output).</summary>
internal static class SucceedRunner
{
    public static StepResult Run(Frame frame, NamedState named, SucceedState state, AslJson input)
    {
        frame.Record(HistoryEventType.SucceedStateEntered, new EventData { Name = named.Name, Input = input });
        var scope = new StateScope(frame, named, input, frame.Engine.Now);
        var output = frame.IsJsonAta(state)
            ? JsonAtaFlow.For(scope).Output(state.Output, input)
            : JsonPathFlow.OutputPath(state.OutputPath, JsonPathFlow.InputPath(state.InputPath, input, scope), scope);
        StateExit.Record(frame, HistoryEventType.SucceedStateExited, named.Name, output, Array.Empty<KeyValuePair<string, AslJson>>());
        return new StepResult(output, null);
    }
}
