using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.History;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>Choice: the first matching rule decides the next state; else Default; else States.NoChoiceMatched.</summary>
internal static class ChoiceRunner
{
    public static StepResult Run(Frame frame, NamedState named, ChoiceState state, AslJson input)
    {
        var entered = frame.Record(HistoryEventType.ChoiceStateEntered, new EventData { Name = named.Name, Input = input });
        var scope = new StateScope(frame, named, input, frame.Engine.Now);
        AslJson output;
        IReadOnlyList<KeyValuePair<string, AslJson>> assigned;
        string next;
        if (frame.IsJsonAta(state))
        {
            var jsonata = JsonAtaFlow.For(scope);
            var rule = FirstMatch(state, jsonata);
            next = rule?.Next ?? state.Default ?? throw NoMatch(named, entered);
            assigned = jsonata.Assign(rule is null ? state.Assign : rule.Assign);
            output = jsonata.Output(rule is null ? state.Output : rule.Output, input);
        }
        else
        {
            var effective = JsonPathFlow.InputPath(state.InputPath, input, scope);
            scope.Input = effective;
            var rule = FirstMatch(state, scope);
            next = rule?.Next ?? state.Default ?? throw NoMatch(named, entered);
            assigned = JsonPathFlow.Assign(rule is null ? state.Assign : rule.Assign, effective, scope);
            output = JsonPathFlow.OutputPath(state.OutputPath, effective, scope);
        }
        StateExit.Record(frame, HistoryEventType.ChoiceStateExited, named.Name, output, assigned);
        return new StepResult(output, next);
    }

    // Two overloads rather than one taking a lambda: a capturing lambda costs a closure and a delegate per state.
    private static ChoiceRule? FirstMatch(ChoiceState state, JsonAtaFlow jsonata)
    {
        foreach (var rule in state.Choices)
            if (jsonata.Condition(rule.Condition)) return rule;
        return null;
    }

    private static ChoiceRule? FirstMatch(ChoiceState state, StateScope scope)
    {
        foreach (var rule in state.Choices)
            if (ChoiceRules.Matches(rule, scope)) return rule;
        return null;
    }

    private static StatesError NoMatch(NamedState named, long entered)
        => new(ErrorNames.NoChoiceMatched, $"No Choice rule of the state '{named.Name}' matched its input and the state has no Default.") { EventId = entered };
}
