using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Asl.Dsl.Tests.Guide;

/// <summary>
/// docs/dsl.md shows C# next to the ASL it produces. Each example is marked <c>&lt;!-- guide: ClassName --&gt;</c>: its C# block
/// must be the Define() of that class in GuideWorkflows.cs (so it compiles, through the generator), and its JSON block the
/// definition the generator wrote. <c>ASL_UPDATE_BASELINES=1</c> rewrites the JSON blocks from the generated definitions.
/// </summary>
public partial class DslGuideTests
{
    [GeneratedRegex(@"<!-- guide: (?<name>\w+) -->\s*```csharp\n(?<csharp>.*?)```\s*```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [Fact]
    public void Every_example_of_the_guide_is_compiled_code_with_the_ASL_it_produces()
    {
        var guidePath = Path.Combine(RepositoryRoot(), "docs", "dsl.md");
        var guide = File.ReadAllText(guidePath).ReplaceLineEndings("\n");
        var source = Normalize(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Asl.Dsl.Tests", "Guide", "GuideWorkflows.cs")));
        var examples = Example().Matches(guide);
        Assert.True(examples.Count >= 9, $"docs/dsl.md has {examples.Count} marked examples.");

        var updated = guide;
        foreach (Match example in examples)
        {
            var name = example.Groups["name"].Value;
            var type = typeof(DslGuideTests).Assembly.GetType("Asl.Dsl.Tests.Guide." + name)
                ?? throw new Xunit.Sdk.XunitException($"docs/dsl.md names {name}, which GuideWorkflows.cs does not define.");
            Assert.True(source.Contains(Normalize(example.Groups["csharp"].Value), StringComparison.Ordinal),
                $"The C# of the {name} example is not the code in GuideWorkflows.cs:\n{example.Groups["csharp"].Value}");
            var generated = (string)type.GetField("Definition", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
            if (Environment.GetEnvironmentVariable("ASL_UPDATE_BASELINES") == "1")
            {
                updated = updated.Replace(example.Value, example.Value.Replace(example.Groups["json"].Value, generated.ReplaceLineEndings("\n") + "\n"));
                continue;
            }
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(generated), JsonNode.Parse(example.Groups["json"].Value)),
                $"The ASL shown for {name} is not what the generator writes (ASL_UPDATE_BASELINES=1 rewrites it). It writes:\n{generated}");
        }
        if (updated != guide) File.WriteAllText(guidePath, updated);
    }

    private static string Normalize(string code) => Regex.Replace(code, @"\s+", " ").Trim();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Asl.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}.");
    }
}
