using System.Text.Json;

namespace Asl.Benchmarks.Inputs;

/// <summary>
/// Writes one generated definition. The top level is a chain of steps that ends in <c>Done</c>; Choice rules jump
/// ahead within the chain or to <c>Failed</c>, Catchers go to <c>Recover</c>, and Map and Parallel states hold
/// chains of their own (nested up to two levels). Everything it writes is valid ASL, so a validator does its full
/// work on every definition instead of stopping at the first schema error.
/// </summary>
internal sealed partial class DefinitionWriter
{
    private const int MaxDepth = 2;
    private readonly Random _random;
    private readonly Utf8JsonWriter _json;
    private readonly bool _jsonAta;
    private readonly int _steps;

    private DefinitionWriter(Random random, Utf8JsonWriter json, int steps, bool jsonAta)
    {
        _random = random;
        _json = json;
        _steps = steps;
        _jsonAta = jsonAta;
    }

    public static byte[] Write(Random random, int number, int steps, bool jsonAta)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            new DefinitionWriter(random, json, steps, jsonAta).WriteMachine(number);
        return buffer.ToArray();
    }

    private enum Kind { Task, Pass, Choice, Map, Parallel, Wait }

    private void WriteMachine(int number)
    {
        _json.WriteStartObject();
        _json.WriteString("Comment", $"Generated benchmark machine {number} with {_steps} top-level steps.");
        if (_jsonAta) _json.WriteString("QueryLanguage", "JSONata");
        _json.WriteString("StartAt", Step(1));
        if (Chance(0.5)) _json.WriteNumber("TimeoutSeconds", 3600 * (1 + _random.Next(24)));
        _json.WriteStartObject("States");
        for (var i = 1; i <= _steps; i++)
        {
            var later = Enumerable.Range(i + 1, Math.Min(3, _steps - i)).Select(Step).Append("Done").Append("Failed").ToArray();
            WriteState(Step(i), TopLevelKind(i), i == _steps ? "Done" : Step(i + 1), later, "Recover", depth: 0, i);
        }
        WriteEnding();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private static string Step(int i) => $"Step {i:D3}";

    private Kind TopLevelKind(int i)
    {
        if (i == 1) return Kind.Task; // whose catchers make Recover and Failed reachable in every machine
        if (i == _steps) return Kind.Pass; // a Choice cannot end a chain
        var roll = _random.Next(100);
        return roll switch
        {
            < 34 => Kind.Task,
            < 56 => Kind.Pass,
            < 68 => Kind.Choice,
            < 78 => Kind.Map,
            < 86 => Kind.Parallel,
            _ => Kind.Wait,
        };
    }

    private Kind InnerKind(bool last, int depth)
    {
        var roll = _random.Next(100);
        if (roll < 10 && depth < MaxDepth) return roll < 5 ? Kind.Map : Kind.Parallel;
        if (roll < 25 && !last) return Kind.Choice;
        return roll switch
        {
            < 55 => Kind.Task,
            < 85 => Kind.Pass,
            _ => Kind.Wait,
        };
    }

    /// <summary>Writes a chain of <paramref name="count"/> states named after <paramref name="prefix"/>; the last one ends it.</summary>
    private void WriteChain(string prefix, int count, int depth, int id)
    {
        _json.WriteString("StartAt", $"{prefix} 1");
        _json.WriteStartObject("States");
        for (var k = 1; k <= count; k++)
        {
            var later = Enumerable.Range(k + 1, count - k).Select(j => $"{prefix} {j}").ToArray();
            WriteState($"{prefix} {k}", InnerKind(k == count, depth), k == count ? null : $"{prefix} {k + 1}", later, null, depth, id * 10 + k);
        }
        _json.WriteEndObject();
    }

    /// <param name="next">The next state, or null to end the chain.</param>
    /// <param name="later">States a Choice rule may jump to.</param>
    /// <param name="recover">Where catchers go (null: no catchers).</param>
    private void WriteState(string name, Kind kind, string? next, string[] later, string? recover, int depth, int id)
    {
        _json.WriteStartObject(name);
        switch (kind)
        {
            case Kind.Task: WriteTask(id, recover, alwaysCatch: depth == 0 && id == 1); break;
            case Kind.Pass: WritePass(id, assign: depth == 0); break;
            case Kind.Choice: WriteChoice(id, later, next!); break;
            case Kind.Map: WriteMap(name, id, depth, recover); break;
            case Kind.Parallel: WriteParallel(name, id, depth, recover); break;
            case Kind.Wait: WriteWait(); break;
        }
        if (kind != Kind.Choice)
        {
            if (next is null) _json.WriteBoolean("End", true);
            else _json.WriteString("Next", next);
        }
        _json.WriteEndObject();
    }

    private void WriteEnding()
    {
        _json.WriteStartObject("Recover");
        _json.WriteString("Type", "Pass");
        _json.WriteString("Comment", "Every catcher of the top level lands here.");
        if (_jsonAta) _json.WriteString("Output", "{% $merge([$states.input, {'recovered': true}]) %}");
        else
        {
            _json.WriteStartObject("Result");
            _json.WriteBoolean("recovered", true);
            _json.WriteEndObject();
            _json.WriteString("ResultPath", "$.recovery");
        }
        _json.WriteString("Next", "Done");
        _json.WriteEndObject();

        _json.WriteStartObject("Done");
        _json.WriteString("Type", "Succeed");
        _json.WriteEndObject();

        _json.WriteStartObject("Failed");
        _json.WriteString("Type", "Fail");
        _json.WriteString("Error", "Benchmark.Rejected");
        _json.WriteString("Cause", "A Choice rule sent the order to the failure branch.");
        _json.WriteEndObject();
    }

    private void WriteWait()
    {
        _json.WriteString("Type", "Wait");
        switch (_random.Next(4))
        {
            case 0: _json.WriteNumber("Seconds", 1 + _random.Next(600)); break;
            case 1:
                if (_jsonAta) _json.WriteString("Seconds", "{% $states.input.delaySeconds %}");
                else _json.WriteString("SecondsPath", "$.delaySeconds");
                break;
            case 2: _json.WriteString("Timestamp", $"2031-{1 + _random.Next(12):D2}-{1 + _random.Next(28):D2}T12:00:00Z"); break;
            default:
                if (_jsonAta) _json.WriteString("Timestamp", "{% $states.input.resumeAt %}");
                else _json.WriteString("TimestampPath", "$.resumeAt");
                break;
        }
    }

    private void WriteMap(string name, int id, int depth, string? recover)
    {
        _json.WriteString("Type", "Map");
        _json.WriteString("Comment", "Processes each item of the order.");
        if (_jsonAta)
        {
            _json.WriteString("Items", "{% $states.input.items %}");
            _json.WriteStartObject("ItemSelector");
            _json.WriteString("value", "{% $states.context.Map.Item.Value %}");
            _json.WriteString("index", "{% $states.context.Map.Item.Index %}");
            _json.WriteEndObject();
        }
        else
        {
            _json.WriteString("ItemsPath", "$.items");
            _json.WriteStartObject("ItemSelector");
            _json.WriteString("value.$", "$$.Map.Item.Value");
            _json.WriteString("index.$", "$$.Map.Item.Index");
            _json.WriteString("order.$", "$.orderId");
            _json.WriteEndObject();
        }
        _json.WriteNumber("MaxConcurrency", _random.Next(11));
        _json.WriteStartObject("ItemProcessor");
        _json.WriteStartObject("ProcessorConfig");
        _json.WriteString("Mode", "INLINE");
        _json.WriteEndObject();
        WriteChain($"{name} item", 2 + _random.Next(3), depth + 1, id);
        _json.WriteEndObject();
        WriteResultPlacement($"mapped{id}");
        if (Chance(0.4)) WriteRetry();
        if (recover is not null && Chance(0.5)) WriteCatch(recover);
    }

    private void WriteParallel(string name, int id, int depth, string? recover)
    {
        _json.WriteString("Type", "Parallel");
        _json.WriteStartArray("Branches");
        var branches = 2 + _random.Next(2);
        for (var b = 1; b <= branches; b++)
        {
            _json.WriteStartObject();
            WriteChain($"{name} branch {b}", 1 + _random.Next(3), depth + 1, id * 10 + b);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        if (!_jsonAta && Chance(0.5))
        {
            _json.WriteStartObject("ResultSelector");
            _json.WriteString("first.$", "$[0]");
            _json.WriteString("second.$", "$[1]");
            _json.WriteEndObject();
        }
        WriteResultPlacement($"parallel{id}");
        if (Chance(0.4)) WriteRetry();
        if (recover is not null && Chance(0.5)) WriteCatch(recover);
    }

    /// <summary>Keeps the state's input and places its result under <paramref name="field"/>.</summary>
    private void WriteResultPlacement(string field)
    {
        if (_jsonAta) _json.WriteString("Output", $"{{% $merge([$states.input, {{'{field}': $states.result}}]) %}}");
        else _json.WriteString("ResultPath", $"$.results.{field}");
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
