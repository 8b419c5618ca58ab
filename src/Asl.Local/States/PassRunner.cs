using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Pass: InputPath → Parameters → Result → ResultPath → OutputPath (or JSONata Output).</summary>
internal static class PassRunner
{
    public static StepResult Run(Frame frame, NamedState named, PassState state, AslJson input)
    {
        frame.Record(HistoryEventType.PassStateEntered, new EventData { Name = named.Name, Input = input });
        var scope = new StateScope(frame, named, input, frame.Engine.Now);
        AslJson output;
        IReadOnlyList<KeyValuePair<string, AslJson>> assigned;
        if (frame.IsJsonAta(state))
        {
            var jsonata = JsonAtaFlow.For(scope);
            assigned = jsonata.Assign(state.Assign);
            output = jsonata.Output(state.Output, input);
        }
        else
        {
            var effective = JsonPathFlow.InputPath(state.InputPath, input, scope);
            var result = state.Result ?? JsonPathFlow.Template(state.Parameters, effective, scope);
            assigned = JsonPathFlow.Assign(state.Assign, result, scope);
            output = JsonPathFlow.OutputPath(state.OutputPath, JsonPathFlow.ResultPath(state.ResultPath, input, result), scope);
        }
        StateExit.Record(frame, HistoryEventType.PassStateExited, named.Name, output, assigned);
        return new StepResult(output, state.End ? null : state.Next);
    }
}
