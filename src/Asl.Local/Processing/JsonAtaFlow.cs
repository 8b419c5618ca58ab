using Asl.Json;
using Asl.JsonAta;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Jsonata;
using Evaluation = Asl.Local.Jsonata.Evaluation;

namespace Asl.Local.Processing;

/// <summary>
/// The JSONata side of a state: fields whose strings are <c>{% expression %}</c> are evaluated with
/// <c>$states</c> (input, result, errorOutput, context) and the workflow variables in scope. Each expression is
/// parsed once per definition; the state's JSON values are converted for JSONata once per flow.
/// </summary>
internal sealed class JsonAtaFlow
{
    private readonly StateScope _scope;
    private readonly Dictionary<AslJson, object> _converted = new(ReferenceEqualityComparer.Instance);
    private Jsonata.Frame? _variables;
    private JObject? _states;
    private AslJson? _statesResult;
    private AslJson? _statesErrorOutput;

    private JsonAtaFlow(StateScope scope) => _scope = scope;

    public static JsonAtaFlow For(StateScope scope) => new(scope);

    /// <summary>Evaluates a field value: every <c>{% … %}</c> string in it, however deep, is replaced by its value.</summary>
    public AslJson Evaluate(AslJson value, string field) => EvaluateValue(value, field);

    private AslJson EvaluateValue(AslJson value, string location)
    {
        switch (value)
        {
            case AslJsonString text when JsonAtaText.TryGetExpression(text.Value, out var expression, out _):
                return EvaluateExpression(expression, location);
            case AslJsonObject obj:
            {
                JsonObjectBuilder? copy = null;
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    var member = obj.Properties[i];
                    var evaluated = EvaluateValue(member.Value, location + "/" + member.Name);
                    if (copy is null && ReferenceEquals(evaluated, member.Value)) continue;
                    if (copy is null)
                    {
                        copy = new JsonObjectBuilder(obj.Properties.Count);
                        for (var j = 0; j < i; j++) copy.AddUnique(obj.Properties[j].Name, obj.Properties[j].Value);
                    }
                    copy.Set(member.Name, evaluated);
                }
                return copy is null ? obj : copy.Build();
            }
            case AslJsonArray array:
            {
                AslJson[]? copy = null;
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var evaluated = EvaluateValue(array.Items[i], location + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (copy is null && ReferenceEquals(evaluated, array.Items[i])) continue;
                    if (copy is null)
                    {
                        copy = new AslJson[array.Items.Count];
                        for (var j = 0; j < i; j++) copy[j] = array.Items[j];
                    }
                    copy[i] = evaluated;
                }
                return copy is null ? array : JsonValues.Array(copy);
            }
            default:
                return value;
        }
    }

    /// <summary>One expression, failing as AWS fails: States.QueryEvaluationError with AWS's cause texts.</summary>
    private AslJson EvaluateExpression(string expression, string location)
    {
        object? result;
        try
        {
            var parse = JsonAtaCache.Parse(_scope.Frame.Run.Machine.Definition, expression);
            if (parse.Error is { } syntax) throw JsonAtaError.FromSyntax(syntax);
            var evaluation = new Evaluation(JsonAtaLimits.StepFunctions, _scope.Frame.Engine.Now, _scope.Random);
            result = evaluation.Evaluate(parse.Expression!, null, new Jsonata.Frame(Variables));
        }
        catch (JsonAtaError error)
        {
            throw StatesError.Query(error.IsLimit
                ? $"{Describe(expression, location)} threw an error during evaluation: {error.Message}"
                : $"{Describe(expression, location)} threw an error during evaluation. {error.Code}: {error.Message}");
        }
        if (result is null) throw StatesError.Query($"{Describe(expression, location)} returned nothing (undefined).");
        return Conversion.ToJson(result) ?? throw StatesError.Query($"{Describe(expression, location)} returned an unsupported result type.");
    }

    /// <summary>The start of AWS's causes (built only when an expression fails).</summary>
    private static string Describe(string expression, string location) =>
        $"The JSONata expression '{expression.Trim()}' specified for the field '{location}'";

    /// <summary>The frame that resolves $states and the workflow variables (converted once per flow).</summary>
    private Jsonata.Frame Variables => _variables ??= new Jsonata.Frame(Jsonata.Library.BuiltIns.Root, Lookup);

    private (bool Found, object? Value) Lookup(string name)
    {
        if (name == "states") return (true, States());
        return _scope.TryGetVariable(name, out var value) ? (true, Convert(value)) : (false, null);
    }

    /// <summary>$states, built again only when the state's result or error output has arrived since it was last read.</summary>
    private JObject States()
    {
        var result = _scope.Result;
        var errorOutput = _scope.ErrorOutput;
        if (_states is null || !ReferenceEquals(_statesResult, result) || !ReferenceEquals(_statesErrorOutput, errorOutput))
        {
            var states = new JObject(4);
            states.Set("input", Convert(_scope.RawInput));
            states.Set("context", Convert(_scope.ContextObject));
            if (result is not null) states.Set("result", Convert(result));
            if (errorOutput is not null) states.Set("errorOutput", Convert(errorOutput));
            (_states, _statesResult, _statesErrorOutput) = (states, result, errorOutput);
        }
        return _states;
    }

    private object Convert(AslJson value)
    {
        if (!_converted.TryGetValue(value, out var converted))
        {
            converted = Conversion.FromJson(value);
            _converted.Add(value, converted);
        }
        return converted;
    }

    /// <summary>Evaluates Assign: each member's value (with expressions) becomes a variable; nothing is assigned yet.</summary>
    public IReadOnlyList<KeyValuePair<string, AslJson>> Assign(AslJson? assign)
    {
        if (assign is null) return Array.Empty<KeyValuePair<string, AslJson>>();
        if (assign is not AslJsonObject obj)
            throw StatesError.Query($"Assign of state '{_scope.State.Name}' must be a JSON object of variable names and values.");
        var values = new List<KeyValuePair<string, AslJson>>(obj.Properties.Count);
        foreach (var member in obj.Properties)
            values.Add(new KeyValuePair<string, AslJson>(member.Name, Evaluate(member.Value, "Assign/" + member.Name)));
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
