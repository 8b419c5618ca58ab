using System.Text.Json;
using Asl.JsonAta;
using Asl.Local.Jsonata;
using Asl.Local.Jsonata.Library;

namespace Asl.Local.Tests.JsonAtaSuite;

/// <summary>
/// The official JSONata test suite (v2.0.6, MIT; groups/ and datasets/ beside this file, format in TESTSUITE.md),
/// run as the suite's own runner runs it: each case's expression on its data with its bindings and bounds, the
/// result compared by deep equality (in any order when the case says so), or the error compared by code and token.
/// Cases whose behaviour Step Functions changes are listed in exclusions.json with the reason and what Step Functions
/// does instead, and are checked for that.
/// </summary>
internal static class SuiteCases
{
    public static string Directory { get; } = FindDirectory();

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Asl.slnx"))) return Path.Combine(dir.FullName, "tests", "Asl.Local.Tests", "JsonAtaSuite");
        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
    }

    private static readonly Lazy<Dictionary<string, JsonElement>> AllCases = new(Load);
    private static readonly Lazy<Dictionary<string, object?>> Datasets = new(LoadDatasets);
    private static readonly Lazy<Dictionary<string, Exclusion>> AllExclusions = new(LoadExclusions);

    /// <summary>Every case, by id: "group/file" for a file of one case, "group/file#n" for the n-th case of a file of many.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Cases => AllCases.Value;

    public static IReadOnlyDictionary<string, Exclusion> Exclusions => AllExclusions.Value;

    public sealed record Exclusion(string Reason, string? Code, JsonElement? Result);

    private static Dictionary<string, JsonElement> Load()
    {
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var group in System.IO.Directory.GetDirectories(Path.Combine(Directory, "groups")).Order(StringComparer.Ordinal))
        {
            foreach (var file in System.IO.Directory.GetFiles(group, "*.json").Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileName(group) + "/" + Path.GetFileNameWithoutExtension(file);
                var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
                if (root.ValueKind == JsonValueKind.Array)
                {
                    var n = 0;
                    foreach (var item in root.EnumerateArray()) cases.Add(id + "#" + n++, item);
                }
                else
                {
                    cases.Add(id, root);
                }
            }
        }
        return cases;
    }

    private static Dictionary<string, object?> LoadDatasets()
    {
        var datasets = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Directory, "datasets"), "*.json"))
            datasets.Add(Path.GetFileNameWithoutExtension(file), JsonAtaJson.Parse(File.ReadAllText(file)));
        return datasets;
    }

    private static Dictionary<string, Exclusion> LoadExclusions()
    {
        var exclusions = new Dictionary<string, Exclusion>(StringComparer.Ordinal);
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "exclusions.json"))).RootElement;
        foreach (var entry in root.GetProperty("cases").EnumerateObject())
        {
            var value = entry.Value;
            exclusions.Add(entry.Name, new Exclusion(
                value.GetProperty("reason").GetString()!,
                value.TryGetProperty("stepFunctionsCode", out var code) ? code.GetString() : null,
                value.TryGetProperty("stepFunctionsResult", out var result) ? result.Clone() : null));
        }
        return exclusions;
    }

    /// <summary>Runs one case; returns null when it passes, otherwise what went wrong.</summary>
    public static string? Run(string id)
    {
        var test = Cases[id];
        var expression = test.TryGetProperty("expr", out var expr)
            ? (string)JsonAtaJson.Parse(expr.GetRawText())!
            : File.ReadAllText(Path.Combine(Directory, "groups", id.Split('/')[0], test.GetProperty("expr-file").GetString()!));

        object? input = null;
        if (test.TryGetProperty("data", out var data)) input = JsonAtaJson.Parse(data.GetRawText());
        else if (test.TryGetProperty("dataset", out var dataset) && dataset.ValueKind == JsonValueKind.String) input = Datasets.Value[dataset.GetString()!];

        string? expectedCode = null;
        string? expectedToken = null;
        JsonElement? expected = null;
        var expectUndefined = false;
        if (Exclusions.TryGetValue(id, out var exclusion))
        {
            expectedCode = exclusion.Code;
            expected = exclusion.Result;
        }
        else if (test.TryGetProperty("code", out var code))
        {
            expectedCode = code.GetString();
            if (test.TryGetProperty("token", out var token)) expectedToken = token.GetString();
        }
        else if (test.TryGetProperty("error", out var error))
        {
            expectedCode = error.GetProperty("code").GetString();
            if (error.TryGetProperty("token", out var token)) expectedToken = token.GetString();
        }
        else if (test.TryGetProperty("result", out var result))
        {
            expected = result;
        }
        else
        {
            expectUndefined = true;
        }

        object? actual;
        try
        {
            var parse = JsonAtaParser.Parse(expression);
            if (parse.Error is { } syntax) throw JsonAtaError.FromSyntax(syntax);
            var depth = test.TryGetProperty("depth", out var d) ? d.GetInt32() : 0;
            var timeout = TimeSpan.FromMilliseconds(test.TryGetProperty("timelimit", out var t) ? t.GetInt32() : 10_000);
            var frame = new Frame(BuiltIns.Root);
            if (test.TryGetProperty("bindings", out var bindings) && bindings.ValueKind == JsonValueKind.Object)
                foreach (var binding in bindings.EnumerateObject()) frame.Bind(binding.Name, JsonAtaJson.Parse(binding.Value.GetRawText()));
            actual = new Evaluation(new JsonAtaLimits(depth, timeout, 0), DateTimeOffset.UtcNow, new Random(1)).Evaluate(parse.Expression!, input, frame);
        }
        catch (JsonAtaError error)
        {
            if (expectedCode is null) return $"error {error.Code}: {error.Message}";
            if (error.Code != expectedCode) return $"error {error.Code} ({error.Message}), expected {expectedCode}";
            if (expectedToken is not null && error.Token != expectedToken) return $"error {error.Code} with token {error.Token}, expected token {expectedToken}";
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }

        if (expectedCode is not null) return $"result {Describe(actual)}, expected error {expectedCode}";
        if (expectUndefined || expected is null) return actual is null ? null : $"result {Describe(actual)}, expected undefined";
        var wanted = JsonAtaJson.Parse(expected.Value.GetRawText());
        var unordered = test.TryGetProperty("unordered", out var u) && u.ValueKind == JsonValueKind.True;
        return SameValue(actual, wanted, unordered) ? null : $"result {Describe(actual)}, expected {Describe(wanted)}";
    }

    private static string Describe(object? value) => value is null ? "undefined" : JsonAtaJson.Stringify(value);

    /// <summary>Deep equality as the suite's runner checks it (chai's deep.equal, or equalInAnyOrder for unordered cases).</summary>
    private static bool SameValue(object? actual, object? expected, bool unordered)
    {
        if (actual is JArray a && expected is JArray e)
        {
            if (a.Count != e.Count) return false;
            if (!unordered)
            {
                for (var i = 0; i < a.Count; i++)
                    if (!SameValue(a[i], e[i], false)) return false;
                return true;
            }
            var remaining = e.ToList();
            foreach (var item in a)
            {
                var at = remaining.FindIndex(candidate => SameValue(item, candidate, false));
                if (at < 0) return false;
                remaining.RemoveAt(at);
            }
            return true;
        }
        if (actual is JObject o && expected is JObject p)
        {
            var members = Enumerable.Range(0, o.Count).Where(i => o.ValueAt(i) is not null).ToList();
            if (members.Count != p.Count) return false;
            foreach (var i in members)
                if (!p.TryGet(o.KeyAt(i), out var other) || !SameValue(o.ValueAt(i), other, false)) return false;
            return true;
        }
        return Evaluation.StrictEquals(actual, expected) || actual is JNull && expected is JNull;
    }
}
