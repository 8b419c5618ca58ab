using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Json;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Fail: ends the execution (or the enclosing branch) with an error and cause.</summary>
internal static class FailRunner
{
    public static StepResult Run(Frame frame, NamedState named, FailState state, AslJson input)
    {
        var entered = frame.Record(HistoryEventType.FailStateEntered, new EventData { Name = named.Name, Input = input });
        var scope = new StateScope(frame, named, input, frame.Engine.Now);
        string? error;
        string? cause;
        if (frame.IsJsonAta(state))
        {
            var jsonata = JsonAtaFlow.For(scope);
            error = jsonata.OptionalString(state.Error, "Error");
            cause = jsonata.OptionalString(state.Cause, "Cause");
        }
        else
        {
            error = state.ErrorPath is not null ? Dynamic(state.ErrorPath, "ErrorPath", scope) : Literal(state.Error);
            cause = state.CausePath is not null ? Dynamic(state.CausePath, "CausePath", scope) : Literal(state.Cause);
        }
        throw new StatesError(error, cause) { EventId = entered };
    }

    private static string? Literal(AslJson? value) => value switch
    {
        null => null,
        AslJsonString s => s.Value,
        _ => JsonText.Write(value),
    };

    private static string Dynamic(string expression, string field, StateScope scope)
    {
        scope.Input = scope.RawInput;
        var value = PayloadTemplate.Evaluate(expression, field, scope, scope.Random);
        return value is AslJsonString s ? s.Value
            : throw StatesError.Runtime($"The {field} '{expression}' must select a string, but it selected {JsonValues.KindName(value)} {JsonText.Write(value)}.");
    }
}
