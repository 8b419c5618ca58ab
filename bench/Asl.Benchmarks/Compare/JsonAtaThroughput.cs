using System.Text.Json;
using System.Text.Json.Nodes;
using Asl.Json;
using Asl.Local;
using Asl.Local.Json;
using Asl.Local.Jsonata;
using Asl.Local.Jsonata.Library;

namespace Asl.Benchmarks.Compare;

/// <summary>
/// <c>compare-jsonata CASES</c>: evaluations per second of each expression of CASES (written by <c>prepare</c>), the
/// expression parsed once, timed as bench/node/jsonata-throughput.js times jsonata-js: rounds of evaluations for a
/// warm-up and a measured period (BENCH_JSONATA_WARMUP_SECONDS, BENCH_JSONATA_SECONDS; defaults 1 and 2) per case.
/// Two figures: the evaluator on input already in JSONata's form (as jsonata-js gets a JavaScript object), and the
/// public API as the engine uses it, converting the input and the result to and from the engine's JSON each time.
/// </summary>
internal static class JsonAtaThroughput
{
    public static async Task<int> RunAsync(string casesPath)
    {
        if (!File.Exists(casesPath))
        {
            Console.Error.WriteLine($"compare-jsonata: pass the cases file written by 'prepare' (got '{casesPath}').");
            return 2;
        }
        var warmup = Seconds("BENCH_JSONATA_WARMUP_SECONDS", 1);
        var measured = Seconds("BENCH_JSONATA_SECONDS", 2);
        var results = new JsonArray();
        foreach (var test in JsonNode.Parse(File.ReadAllText(casesPath))!.AsArray())
        {
            var name = test!["name"]!.GetValue<string>();
            var expression = test["expr"]!.GetValue<string>();
            var data = test["data"] is { } d ? JsonText.Parse(d.ToJsonString()) : null;
            var bindings = test["bindings"] is JsonObject b
                ? b.ToDictionary(p => p.Key, p => JsonText.Parse(p.Value!.ToJsonString()))
                : new Dictionary<string, AslJson>();

            var parsed = JsonAtaExpression.Parse(expression);
            var tree = Asl.JsonAta.JsonAtaParser.Parse(expression).Expression!;
            var input = data is null ? null : Conversion.FromJson(data);
            var values = bindings.ToDictionary(p => p.Key, p => (object?)Conversion.FromJson(p.Value));
            var now = DateTimeOffset.UtcNow;
            var random = new Random(1);
            object? Evaluate()
            {
                var frame = new Frame(BuiltIns.Root);
                foreach (var (key, value) in values) frame.Bind(key, value);
                return new Evaluation(JsonAtaLimits.StepFunctions, now, random).Evaluate(tree, input, frame);
            }

            var output = Conversion.ToJson(Evaluate());
            object? Api() => parsed.Evaluate(data, bindings, now, random);
            // Both paths warm up before either is measured, so that neither runs code the other left half compiled.
            await Rate(Api, warmup, 0);
            var evaluator = await Rate(Evaluate, warmup, measured);
            var api = await Rate(Api, 0, measured);
            Console.Error.WriteLine($"  {name,-34} {evaluator.PerSecond,12:0} evaluations/s ({api.PerSecond:0} through the public API)");
            results.Add(new JsonObject
            {
                ["name"] = name,
                ["evaluationsPerSecond"] = evaluator.PerSecond,
                ["evaluationsPerCpuSecond"] = evaluator.PerCpuSecond,
                ["apiEvaluationsPerSecond"] = api.PerSecond,
                ["output"] = output is null ? null : JsonNode.Parse(JsonText.Write(output)),
            });
        }
        Console.WriteLine(JsonSerializer.Serialize(new JsonObject { ["tool"] = "asl", ["cases"] = results }));
        return 0;
    }

    /// <summary>Evaluations per second (median round) and per CPU second, in rounds sized to last about 10 ms.</summary>
    private static async Task<(double PerSecond, double PerCpuSecond)> Rate(Func<object?> evaluate, double warmup, double measured)
    {
        var batch = 1;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            clock.Restart();
            for (var i = 0; i < batch; i++) evaluate();
            if (clock.Elapsed.TotalMilliseconds >= 10 || batch >= 1 << 20) break;
            batch *= 2;
        }
        Environment.SetEnvironmentVariable("BENCH_WARMUP_SECONDS", warmup.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("BENCH_SECONDS", measured.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var times = await RoundTimer.RunAsync(() =>
        {
            for (var i = 0; i < batch; i++) evaluate();
            return Task.CompletedTask;
        });
        return (batch / times.Median, batch / times.CpuSecondsPerRound);
    }

    private static double Seconds(string variable, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;
}
