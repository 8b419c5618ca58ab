using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;

namespace Asl.Local.Jsonata;

/// <summary>
/// Evaluates parsed JSONata. A value of null stands for JSONata's "undefined" (no value). Paths map over arrays
/// and flatten the results into a sequence; a sequence of one value is that value.
/// </summary>
internal sealed class JsonAtaEvaluator
{
    private readonly Func<string, AslJson?> _variables;
    private readonly Dictionary<string, AslJson?> _bindings = new(StringComparer.Ordinal);

    public JsonAtaEvaluator(string expression, Func<string, AslJson?> variables, JsonAtaEnvironment environment)
    {
        Expression = expression;
        _variables = variables;
        Environment = environment;
    }

    public string Expression { get; }

    public JsonAtaEnvironment Environment { get; }

    public AslJson? Evaluate(JsonAtaNode node, AslJson? context)
    {
        switch (node)
        {
            case LiteralNode literal: return literal.Value;
            case NameNode name: return Field(context, name.Name);
            case VariableNode variable: return Variable(variable, context);
            case PathNode path: return EvaluatePath(path, context);
            case PredicateNode predicate: return ApplyPredicate(predicate, context);
            case NegateNode negate:
            {
                var value = Evaluate(negate.Operand, context);
                if (value is null) return null;
                return value is AslJsonNumber n ? JsonValues.Number(-n.Value) : throw Error(negate, "D1002", "cannot negate a value that is not a number");
            }
            case BinaryNode binary: return JsonAtaOperators.Apply(this, binary, context);
            case ConditionNode condition:
                return JsonAtaOperators.IsTruthy(Evaluate(condition.Test, context))
                    ? Evaluate(condition.Then, context)
                    : condition.Else is null ? null : Evaluate(condition.Else, context);
            case ArrayNode array: return ConstructArray(array, context);
            case ObjectNode obj: return ConstructObject(obj, context);
            case CallNode call: return JsonAtaBuiltIns.Call(this, call, context);
            case BlockNode block:
            {
                AslJson? last = null;
                foreach (var expression in block.Expressions) last = Evaluate(expression, context);
                return last;
            }
            case BindNode bind:
            {
                var value = Evaluate(bind.Value, context);
                _bindings[bind.Name] = value;
                return value;
            }
            case RangeNode range: return ConstructArray(new ArrayNode(new[] { range }, range.Position), context);
            default:
                throw Error(node, "S0201", "this form of expression is not supported");
        }
    }

    public StatesError Error(JsonAtaNode node, string code, string message)
        => StatesError.Query($"An error occurred while evaluating the JSONata expression '{Expression}': {code}: {message} (at character {node.Position + 1}).");

    private AslJson? Variable(VariableNode variable, AslJson? context)
    {
        if (variable.Name.Length == 0) return context;
        if (_bindings.TryGetValue(variable.Name, out var bound)) return bound;
        var value = _variables(variable.Name);
        if (value is null && !JsonAtaBuiltIns.IsFunction(variable.Name))
            throw Error(variable, "D3000", $"the variable '${variable.Name}' is not defined; assign it in an earlier state, or use $states.input, $states.result, $states.errorOutput or $states.context");
        return value;
    }

    private static AslJson? Field(AslJson? context, string name)
    {
        switch (context)
        {
            case AslJsonObject obj: return obj[name];
            case AslJsonArray array:
            {
                var results = new List<AslJson>();
                foreach (var item in array.Items) Flatten(Field(item, name), results);
                return Sequence(results);
            }
            default: return null;
        }
    }

    private AslJson? EvaluatePath(PathNode path, AslJson? context)
    {
        var value = Evaluate(path.Steps[0], context);
        for (var i = 1; i < path.Steps.Count && value is not null; i++)
        {
            var step = path.Steps[i];
            if (value is AslJsonArray array && step is not NameNode)
            {
                var results = new List<AslJson>();
                foreach (var item in array.Items) Flatten(Evaluate(step, item), results);
                value = Sequence(results);
            }
            else
            {
                value = Evaluate(step, value);
            }
        }
        return value;
    }

    private AslJson? ApplyPredicate(PredicateNode predicate, AslJson? context)
    {
        var source = Evaluate(predicate.Source, context);
        if (source is null) return null;
        var items = source is AslJsonArray array ? array.Items : (IReadOnlyList<AslJson>)new[] { source };
        if (predicate.Predicate is LiteralNode { Value: AslJsonNumber literalIndex })
            return Index(items, literalIndex.Value);
        var results = new List<AslJson>();
        for (var i = 0; i < items.Count; i++)
        {
            var test = Evaluate(predicate.Predicate, items[i]);
            if (test is AslJsonNumber index)
            {
                if (Math.Floor(index.Value) == i || (index.Value < 0 && items.Count + Math.Floor(index.Value) == i)) results.Add(items[i]);
            }
            else if (JsonAtaOperators.IsTruthy(test))
            {
                results.Add(items[i]);
            }
        }
        return Sequence(results);
    }

    private static AslJson? Index(IReadOnlyList<AslJson> items, double index)
    {
        var i = (int)Math.Floor(index);
        if (i < 0) i += items.Count;
        return i >= 0 && i < items.Count ? items[i] : null;
    }

    private AslJson ConstructArray(ArrayNode array, AslJson? context)
    {
        var items = new List<AslJson>();
        foreach (var node in array.Items)
        {
            if (node is RangeNode range)
            {
                var start = Evaluate(range.Start, context);
                var end = Evaluate(range.End, context);
                if (start is null || end is null) continue;
                if (start is not AslJsonNumber s || end is not AslJsonNumber e || !s.IsInteger || !e.IsInteger)
                    throw Error(range, "T2003", "the bounds of a range must be integers");
                if (e.Value - s.Value > 10_000_000) throw Error(range, "D2014", "the range is too large");
                for (var v = (long)s.Value; v <= (long)e.Value; v++) items.Add(JsonValues.Number(v));
                continue;
            }
            var value = Evaluate(node, context);
            if (value is null) continue;
            // Array constructors keep nested arrays that come from constructors; sequences from paths are flattened.
            if (value is AslJsonArray inner && node is not ArrayNode) items.AddRange(inner.Items);
            else items.Add(value);
        }
        return JsonValues.Array(items);
    }

    private AslJson ConstructObject(ObjectNode obj, AslJson? context)
    {
        var members = new JsonObjectBuilder(obj.Members.Count);
        foreach (var (keyNode, valueNode) in obj.Members)
        {
            var key = Evaluate(keyNode, context);
            if (key is not AslJsonString text) throw Error(keyNode, "T1003", "an object key must be a string");
            var value = Evaluate(valueNode, context);
            if (value is not null) members.Set(text.Value, value);
        }
        return members.Build();
    }

    public static void Flatten(AslJson? value, List<AslJson> into)
    {
        if (value is null) return;
        if (value is AslJsonArray array) into.AddRange(array.Items);
        else into.Add(value);
    }

    public static AslJson? Sequence(List<AslJson> values) => values.Count switch
    {
        0 => null,
        1 => values[0],
        _ => JsonValues.Array(values),
    };
}

/// <summary>What JSONata functions need from outside: the clock and the random source.</summary>
internal sealed record JsonAtaEnvironment(DateTimeOffset Now, Random Random);
