using Asl.Json;
using Asl.JsonAta;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Jsonata;

namespace Asl.Local.Processing;

/// <summary>
/// The JSONata side of a state: fields whose strings are <c>{% expression %}</c> are evaluated with
/// <c>$states</c> (input, result, errorOutput, context) and the workflow variables in scope.
/// </summary>
internal sealed class JsonAtaFlow
{
    private readonly StateScope _scope;

    private JsonAtaFlow(StateScope scope) => _scope = scope;

    public static JsonAtaFlow For(StateScope scope) => new(scope);

    /// <summary>Evaluates a field value: every <c>{% … %}</c> string in it is replaced by its value.</summary>
    public AslJson Evaluate(AslJson value, string field)
        => EvaluateValue(value, field) ?? throw StatesError.Query($"The JSONata expression of the field '{field}' in state '{_scope.State.Name}' returned no value (undefined).");

    private AslJson? EvaluateValue(AslJson value, string field)
    {
        switch (value)
        {
            case AslJsonString text when JsonAtaText.TryGetExpression(text.Value, out var expression, out _):
                return EvaluateExpression(expression);
            case AslJsonObject obj:
            {
                JsonObjectBuilder? copy = null;
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    var member = obj.Properties[i];
                    var evaluated = EvaluateValue(member.Value, field);
                    if (copy is null && ReferenceEquals(evaluated, member.Value)) continue;
                    if (copy is null)
                    {
                        copy = new JsonObjectBuilder(obj.Properties.Count);
                        for (var j = 0; j < i; j++) copy.AddUnique(obj.Properties[j].Name, obj.Properties[j].Value);
                    }
                    if (evaluated is not null) copy.Set(member.Name, evaluated);
                }
                return copy is null ? obj : copy.Build();
            }
            case AslJsonArray array:
            {
                List<AslJson>? copy = null;
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var evaluated = EvaluateValue(array.Items[i], field);
                    if (copy is null && ReferenceEquals(evaluated, array.Items[i])) continue;
                    copy ??= array.Items.Take(i).ToList();
                    if (evaluated is not null) copy.Add(evaluated);
                }
                return copy is null ? array : JsonValues.Array(copy);
            }
            default:
                return value;
        }
    }

    private AslJson? EvaluateExpression(string expression)
    {
        var node = JsonAtaParser.Parse(expression);
        var evaluator = new JsonAtaEvaluator(expression, Lookup, new JsonAtaEnvironment(_scope.Frame.Engine.Now, _scope.Random));
        return evaluator.Evaluate(node, null);
    }

    private AslJson? Lookup(string name)
    {
        if (name == "states")
        {
            var states = new JsonObjectBuilder(4)
                .AddUnique("input", _scope.RawInput)
                .AddUnique("context", _scope.ContextObject);
            if (_scope.Result is not null) states.AddUnique("result", _scope.Result);
            if (_scope.ErrorOutput is not null) states.AddUnique("errorOutput", _scope.ErrorOutput);
            return states.Build();
        }
        return _scope.TryGetVariable(name, out var value) ? value : null;
    }

    /// <summary>Evaluates Assign: each member's value (with expressions) becomes a variable; nothing is assigned yet.</summary>
    public IReadOnlyList<KeyValuePair<string, AslJson>> Assign(AslJson? assign)
    {
        if (assign is null) return Array.Empty<KeyValuePair<string, AslJson>>();
        if (assign is not AslJsonObject obj)
            throw StatesError.Query($"Assign of state '{_scope.State.Name}' must be a JSON object of variable names and values.");
        var values = new List<KeyValuePair<string, AslJson>>(obj.Properties.Count);
        foreach (var member in obj.Properties)
            values.Add(new KeyValuePair<string, AslJson>(member.Name, Evaluate(member.Value, "Assign." + member.Name)));
        return values;
    }

    /// <summary>The state output: the evaluated Output field, or <paramref name="defaultOutput"/> when there is none.</summary>
    public AslJson Output(AslJson? output, AslJson defaultOutput) => output is null ? defaultOutput : Evaluate(output, "Output");

    /// <summary>A string field (Error, Cause): a literal or an expression that gives a string.</summary>
    public string? OptionalString(AslJson? value, string field)
    {
        if (value is null) return null;
        var evaluated = Evaluate(value, field);
        return evaluated is AslJsonString s ? s.Value
            : throw StatesError.Query($"The field '{field}' of state '{_scope.State.Name}' must give a string, but it gave {JsonValues.KindName(evaluated)}.");
    }

    /// <summary>A Choice rule's Condition: true, false, or an expression that gives a boolean.</summary>
    public bool Condition(AslJson? condition)
    {
        if (condition is null)
            throw StatesError.Query($"A Choice rule of state '{_scope.State.Name}' has no Condition.");
        var evaluated = Evaluate(condition, "Condition");
        return evaluated is AslJsonBool b ? b.Value
            : throw StatesError.Query($"The Condition of a Choice rule in state '{_scope.State.Name}' must give true or false, but it gave {JsonValues.KindName(evaluated)} {JsonText.Write(evaluated)}.");
    }
}
