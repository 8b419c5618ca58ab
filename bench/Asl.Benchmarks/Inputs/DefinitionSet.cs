using System.Text;

namespace Asl.Benchmarks.Inputs;

/// <summary>One generated definition: a file name and its UTF-8 JSON.</summary>
public sealed record GeneratedDefinition(string FileName, byte[] Utf8);

/// <summary>
/// A repeatable set of large, varied, valid definitions: JSONPath and JSONata machines of 20 to 160 top-level states with
/// every state type, Retry/Catch, nested Map and Parallel, intrinsic functions, payload templates and service
/// integrations. The same seed always gives the same bytes, so both tools of a comparison read the same input.
/// </summary>
public static class DefinitionSet
{
    /// <summary>The size of the default set.</summary>
    public const int DefaultCount = 80;

    /// <summary>The default set, built once per process.</summary>
    public static IReadOnlyList<GeneratedDefinition> Default => DefaultSet.Value;

    private static readonly Lazy<IReadOnlyList<GeneratedDefinition>> DefaultSet = new(() => Create(DefaultCount));

    /// <summary>
    /// A set of smaller definitions (5 to 40 top-level states, about 25 KB each), closer to what most machines look
    /// like; compare.sh shows it beside the default set because a fixed per-definition cost weighs more there.
    /// </summary>
    public static IReadOnlyList<GeneratedDefinition> Typical() => Create(DefaultCount, seed: 7_700_000, minStates: 5, maxStates: 40);

    /// <summary>
    /// Creates <paramref name="count"/> definitions of <paramref name="minStates"/> to <paramref name="maxStates"/>
    /// top-level states (Map and Parallel states add nested ones); every fourth one is a JSONata machine.
    /// </summary>
    public static IReadOnlyList<GeneratedDefinition> Create(int count, int seed = 20_240_601, int minStates = 20, int maxStates = 160)
    {
        var definitions = new List<GeneratedDefinition>(count);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(seed + i);
            var states = minStates + random.Next(maxStates - minStates + 1);
            var jsonAta = i % 4 == 3;
            var json = DefinitionWriter.Write(random, i + 1, states, jsonAta);
            var name = $"machine-{i + 1:D4}-{(jsonAta ? "jsonata" : "jsonpath")}-{states}.asl.json";
            definitions.Add(new GeneratedDefinition(name, json));
        }
        return definitions;
    }

    /// <summary>Total size in bytes.</summary>
    public static long TotalBytes(IReadOnlyList<GeneratedDefinition> set) => set.Sum(d => (long)d.Utf8.Length);

    /// <summary>Writes the set into <paramref name="directory"/> (created if missing) and returns the number of bytes written.</summary>
    public static long WriteTo(string directory, IReadOnlyList<GeneratedDefinition> set)
    {
        Directory.CreateDirectory(directory);
        foreach (var definition in set) File.WriteAllBytes(Path.Combine(directory, definition.FileName), definition.Utf8);
        return TotalBytes(set);
    }

    /// <summary>Reads every <c>*.json</c> file of <paramref name="directory"/>, in name order.</summary>
    public static IReadOnlyList<GeneratedDefinition> ReadFrom(string directory) =>
        Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new GeneratedDefinition(Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();

    /// <summary>A one-line description, for reports.</summary>
    public static string Describe(IReadOnlyList<GeneratedDefinition> set)
    {
        var bytes = TotalBytes(set);
        var text = new StringBuilder();
        text.Append(set.Count).Append(" definitions, ").Append((bytes / 1024.0 / 1024.0).ToString("0.00")).Append(" MB (")
            .Append((bytes / 1024.0 / set.Count).ToString("0.0")).Append(" KB each on average)");
        return text.ToString();
    }
}
