using System.Text;
using System.Text.Json;
using Asl.Core.Tests.Generators;
using Asl.Writing;
using CsCheck;

namespace Asl.Fuzz.Tests.Inputs;

/// <summary>
/// Definitions as an attacker or an unlucky user writes them: real-world definitions (the corpus) and random valid
/// machines, damaged; small machines whose fields hold generated paths, intrinsic calls and JSONata; and shapes that
/// stress the work (deep nesting, long names, many states, large literals).
/// </summary>
internal static class Definitions
{
    private static readonly Lazy<string[]> Corpus = new(() => Read("Corpus"));

    private static readonly Lazy<string[]> ValidCorpus = new(() => Read(Path.Combine("Corpus", "valid")));

    private static string[] Read(string folder) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.asl.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>Every kind, mixed.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (3, new RandGen<string>(r => Mutations.Apply(r, r.Pick(Corpus.Value)))),
        (2, ValidMachines.Any.SelectMany(machine => new RandGen<string>(r => Mutations.Maybe(r, AslWriter.Write(machine))))),
        (3, new RandGen<string>(WithExpressions)),
        (1, new RandGen<string>(r => Mutations.Maybe(r, Stressing(r)))));

    /// <summary>Definitions likely to pass validation, for the engine: valid machines and corpus definitions, undamaged.</summary>
    public static Gen<string> Runnable { get; } = Gen.Frequency(
        (3, ValidMachines.Any.Select(AslWriter.Write)),
        (1, new RandGen<string>(r => r.Pick(ValidCorpus.Value))),
        (2, new RandGen<string>(WithExpressions)));

    /// <summary>A small machine whose evaluated fields hold generated expressions, in either query language.</summary>
    public static string WithExpressions(Rand r)
    {
        if (r.Chance(40))
        {
            var jsonAta = "{% " + Expressions.JsonAta(r) + " %}";
            return Json(new Dictionary<string, object?>
            {
                ["QueryLanguage"] = "JSONata",
                ["StartAt"] = "A",
                ["States"] = new Dictionary<string, object?>
                {
                    ["A"] = new Dictionary<string, object?> { ["Type"] = "Pass", ["Output"] = jsonAta, ["Assign"] = new Dictionary<string, object?> { ["v"] = "{% " + Expressions.JsonAta(r) + " %}" }, ["Next"] = "C" },
                    ["C"] = new Dictionary<string, object?>
                    {
                        ["Type"] = "Choice",
                        ["Choices"] = new object[] { new Dictionary<string, object?> { ["Condition"] = "{% " + Expressions.JsonAta(r) + " %}", ["Next"] = "D" } },
                        ["Default"] = "D",
                    },
                    ["D"] = new Dictionary<string, object?> { ["Type"] = "Pass", ["Output"] = new Dictionary<string, object?> { ["x"] = "{% $v %}" }, ["End"] = true },
                },
            });
        }
        return Json(new Dictionary<string, object?>
        {
            ["StartAt"] = "A",
            ["States"] = new Dictionary<string, object?>
            {
                ["A"] = new Dictionary<string, object?>
                {
                    ["Type"] = "Pass",
                    ["InputPath"] = r.Chance(50) ? "$" : Expressions.Path(r),
                    ["Parameters"] = new Dictionary<string, object?>
                    {
                        ["p.$"] = Expressions.Path(r),
                        ["i.$"] = Expressions.Intrinsic(r),
                        ["plain"] = Expressions.Path(r),
                        ["nested"] = new Dictionary<string, object?> { ["q.$"] = r.Chance(50) ? Expressions.Intrinsic(r) : Expressions.Path(r) },
                    },
                    ["ResultPath"] = r.Pick("$", "$.out", "$.a.b", null, "$$.x", "$[0]"),
                    ["Assign"] = new Dictionary<string, object?> { ["v.$"] = r.Chance(50) ? Expressions.Intrinsic(r) : Expressions.Path(r) },
                    ["Next"] = "C",
                },
                ["C"] = new Dictionary<string, object?>
                {
                    ["Type"] = "Choice",
                    ["Choices"] = new object[]
                    {
                        new Dictionary<string, object?> { ["Variable"] = Expressions.Path(r), ["StringMatches"] = r.Text("*\\ab", 30), ["Next"] = "F" },
                        new Dictionary<string, object?> { ["Variable"] = "$v", ["IsPresent"] = true, ["Next"] = "D" },
                    },
                    ["Default"] = "D",
                },
                ["F"] = new Dictionary<string, object?> { ["Type"] = "Fail", ["ErrorPath"] = r.Chance(50) ? Expressions.Intrinsic(r) : Expressions.Path(r), ["CausePath"] = "States.Format('{}', $v)" },
                ["D"] = new Dictionary<string, object?> { ["Type"] = "Succeed", ["OutputPath"] = r.Chance(70) ? "$" : Expressions.Path(r) },
            },
        });
    }

    /// <summary>Shapes that make the work grow: deep nesting under long names, many states or rules, large literals.</summary>
    public static string Stressing(Rand r)
    {
        switch (r.Int(0, 5))
        {
            case 0:
            {
                // Parallel states nested deep, with long names, around many states.
                var inner = Chain(r.Skewed(3_000));
                var levels = r.Skewed(140);
                var nameLength = r.Skewed(3_000);
                for (var level = 0; level < levels; level++)
                {
                    var name = "\"n" + level + new string('x', nameLength) + "\"";
                    inner = "{\"StartAt\":" + name + ",\"States\":{" + name + ":{\"Type\":\"Parallel\",\"Branches\":[" + inner + "],\"End\":true}}}";
                }
                return inner;
            }
            case 1:
            {
                // A Choice with many rules nested in And and Not.
                var rule = "{\"Variable\":\"$.a\",\"NumericEquals\":1}";
                var depth = r.Skewed(120);
                for (var i = 0; i < depth; i++)
                    rule = r.Chance(50) ? "{\"Not\":" + rule + "}" : "{\"And\":[" + rule + ",{\"Variable\":\"$.b\",\"IsNull\":false}]}";
                var rules = string.Join(",", Enumerable.Repeat(rule[..^1] + ",\"Next\":\"D\"}", 1 + r.Skewed(500)));
                return "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[" + rules + "],\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}";
            }
            case 2:
            {
                // Many variables assigned in one branch and read in another (the variable flow's lookups).
                var count = r.Skewed(2_000);
                var assign = string.Join(",", Enumerable.Range(0, count).Select(i => "\"v" + i + "\":" + i));
                var reads = string.Join(",", Enumerable.Range(0, count).Select(i => "\"r" + i + ".$\":\"$w" + i + "\""));
                return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
                    + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Assign\":{" + assign + "},\"End\":true}}},"
                    + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"Parameters\":{" + reads + "},\"End\":true}}}]}}}";
            }
            case 3:
            {
                // A large literal, nested deep.
                var depth = r.Skewed(600);
                var literal = new string('[', depth) + "\"" + new string('x', r.Skewed(300_000)) + "\"" + new string(']', depth);
                return "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":" + literal + ",\"End\":true}}}";
            }
            case 4:
            {
                // Catchers naming distributed-Map errors on a Parallel around many states.
                var names = string.Join(",", Enumerable.Repeat("\"States.ItemReaderFailed\"", 1 + r.Skewed(3_000)));
                return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Branches\":[" + Chain(r.Skewed(3_000))
                    + "],\"Catch\":[{\"ErrorEquals\":[" + names + "],\"Next\":\"D\"}],\"End\":true},\"D\":{\"Type\":\"Succeed\"}}}";
            }
            default:
                return Chain(r.Skewed(20_000));
        }
    }

    private static string Chain(int states)
    {
        var text = new StringBuilder("{\"StartAt\":\"s0\",\"States\":{");
        for (var i = 0; i < states; i++) text.Append($"\"s{i}\":{{\"Type\":\"Pass\",\"Next\":\"s{i + 1}\"}},");
        return text.Append($"\"s{states}\":{{\"Type\":\"Succeed\"}}}}}}").ToString();
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
