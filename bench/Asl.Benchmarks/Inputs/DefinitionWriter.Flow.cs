namespace Asl.Benchmarks.Inputs;

// Pass states with payload templates and intrinsic functions, and Choice states with nested rules.
internal sealed partial class DefinitionWriter
{
    /// <summary>Payload template fields with an intrinsic function or a path (JSONPath machines).</summary>
    private static readonly (string Key, string Value)[] PathTemplateFields =
    [
        ("orderId.$", "$.orderId"),
        ("label.$", "States.Format('{}-{}', $.orderId, $.region)"),
        ("count.$", "States.ArrayLength($.items)"),
        ("next.$", "States.MathAdd($.count, 1)"),
        ("unique.$", "States.ArrayUnique($.items)"),
        ("requestId.$", "States.UUID()"),
        ("encoded.$", "States.Base64Encode($.orderId)"),
        ("first.$", "States.ArrayGetItem($.items, 0)"),
        ("parts.$", "States.StringSplit($.csv, ',')"),
        ("digest.$", "States.Hash($.orderId, 'SHA-256')"),
        ("merged.$", "States.JsonMerge($.defaults, $.overrides, false)"),
        ("pairs.$", "States.ArrayPartition($.items, 2)"),
        ("range.$", "States.ArrayRange(1, 9, 2)"),
        ("text.$", "States.JsonToString($.defaults)"),
        ("execution.$", "$$.Execution.Name"),
        ("cheap.$", "$.items[?(@.price < 10)]"),
    ];

    /// <summary>Output fields with a JSONata expression (JSONata machines).</summary>
    private static readonly (string Key, string Value)[] JsonAtaFields =
    [
        ("orderId", "{% $states.input.orderId %}"),
        ("label", "{% $states.input.orderId & '-' & $states.input.region %}"),
        ("count", "{% $count($states.input.items) %}"),
        ("next", "{% $states.input.count + 1 %}"),
        ("total", "{% $sum($states.input.items.price) %}"),
        ("upper", "{% $uppercase($states.input.region) %}"),
        ("requestId", "{% $uuid() %}"),
        ("cheap", "{% $states.input.items[price < 10] %}"),
        ("sorted", "{% $sort($states.input.items, function($a, $b) { $a.price > $b.price }) %}"),
        ("execution", "{% $states.context.Execution.Name %}"),
    ];

    /// <param name="assign">Whether it may assign a variable: only the top level does, as inner scopes must not reassign outer variables.</param>
    private void WritePass(int id, bool assign)
    {
        _json.WriteString("Type", "Pass");
        if (_jsonAta)
        {
            _json.WriteStartObject("Output");
            foreach (var (key, value) in Sample(JsonAtaFields, 3 + _random.Next(5))) _json.WriteString(key, value);
            _json.WriteString("input", "{% $states.input %}");
            _json.WriteNumber("step", id);
            _json.WriteEndObject();
            if (assign && Chance(0.3))
            {
                _json.WriteStartObject("Assign");
                _json.WriteString($"lastStep{id % 7}", "{% $states.input.count %}");
                _json.WriteEndObject();
            }
            return;
        }
        if (Chance(0.25))
        {
            _json.WriteStartObject("Result");
            _json.WriteNumber("stage", id);
            _json.WriteStartArray("flags");
            _json.WriteBooleanValue(true);
            _json.WriteBooleanValue(false);
            _json.WriteEndArray();
            _json.WriteStartObject("limits");
            _json.WriteNumber("retries", 3);
            _json.WriteString("tier", "gold");
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        else
        {
            _json.WriteStartObject("Parameters");
            foreach (var (key, value) in Sample(PathTemplateFields, 3 + _random.Next(6))) _json.WriteString(key, value);
            _json.WriteStartObject("static");
            _json.WriteNumber("step", id);
            _json.WriteString("source", "benchmark");
            _json.WriteEndObject();
            _json.WriteEndObject();
        }
        _json.WriteString("ResultPath", $"$.derived.step{id}");
    }

    private void WriteChoice(int id, string[] later, string otherwise)
    {
        _json.WriteString("Type", "Choice");
        _json.WriteStartArray("Choices");
        var rules = 1 + _random.Next(4);
        for (var r = 0; r < rules; r++)
        {
            _json.WriteStartObject();
            if (_jsonAta) WriteCondition(id + r);
            else WriteRule(id + r, depth: 0);
            _json.WriteString("Next", Pick(later));
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteString("Default", otherwise);
    }

    private void WriteCondition(int id)
    {
        var condition = _random.Next(4) switch
        {
            0 => $"{{% $states.input.count > {id} %}}",
            1 => "{% $states.input.status = 'APPROVED' and $exists($states.input.flag) %}",
            2 => $"{{% $sum($states.input.items.price) >= {id * 3} %}}",
            _ => "{% $contains($states.input.region, 'eu-') or $states.input.priority %}",
        };
        _json.WriteString("Condition", condition);
    }

    /// <summary>Writes the body of a JSONPath choice rule (without Next): a comparison, or And/Or/Not of rules.</summary>
    private void WriteRule(int id, int depth)
    {
        var roll = _random.Next(depth < 2 ? 10 : 7);
        switch (roll)
        {
            case 0: Compare("$.status", "StringEquals", "APPROVED"); break;
            case 1: _json.WriteString("Variable", "$.count"); _json.WriteNumber("NumericGreaterThan", id); break;
            case 2: _json.WriteString("Variable", "$.flag"); _json.WriteBoolean("BooleanEquals", true); break;
            case 3: _json.WriteString("Variable", "$.optional"); _json.WriteBoolean("IsPresent", true); break;
            case 4: Compare("$.file", "StringMatches", "*.csv"); break;
            case 5: Compare("$.submittedAt", "TimestampLessThan", "2030-01-01T00:00:00Z"); break;
            case 6: Compare("$.count", "NumericLessThanEqualsPath", "$.limit"); break;
            case 7: WriteRules("And", id, depth); break;
            case 8: WriteRules("Or", id, depth); break;
            default:
                _json.WriteStartObject("Not");
                WriteRule(id, depth + 1);
                _json.WriteEndObject();
                break;
        }
    }

    private void WriteRules(string combinator, int id, int depth)
    {
        _json.WriteStartArray(combinator);
        var count = 2 + _random.Next(2);
        for (var i = 0; i < count; i++)
        {
            _json.WriteStartObject();
            WriteRule(id + i, depth + 1);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void Compare(string variable, string comparison, string value)
    {
        _json.WriteString("Variable", variable);
        _json.WriteString(comparison, value);
    }

    /// <summary><paramref name="count"/> distinct entries of <paramref name="fields"/>, in random order.</summary>
    private IEnumerable<(string Key, string Value)> Sample((string Key, string Value)[] fields, int count)
    {
        var order = fields.ToArray();
        _random.Shuffle(order);
        return order.Take(Math.Min(count, order.Length));
    }
}
