using System.Text.RegularExpressions;

namespace Asl.Local.Tests.Testing;

/// <summary>
/// docs/testing.md shows the harness in C#. Each example marked <c>&lt;!-- harness: Name --&gt;</c> must be code of the test
/// <c>TestingGuideExamples.Name</c>, which compiles and runs with the suite, so the guide cannot drift from the API.
/// </summary>
public sealed partial class TestingGuideTests
{
    [GeneratedRegex(@"<!-- harness: (?<name>\w+) -->\s*```csharp\n(?<csharp>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [Fact]
    public void Every_marked_example_of_the_testing_guide_is_the_code_of_a_test_that_runs()
    {
        var root = RepositoryRoot();
        var guide = File.ReadAllText(Path.Combine(root, "docs", "testing.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(root, "tests", "Asl.Local.Tests", "Testing", "TestingGuideExamples.cs")).ReplaceLineEndings("\n");
        var examples = Example().Matches(guide);
        Assert.True(examples.Count >= 6, $"docs/testing.md has {examples.Count} marked examples.");
        foreach (Match example in examples)
        {
            var name = example.Groups["name"].Value;
            var method = typeof(TestingGuideExamples).GetMethod(name)
                ?? throw new Xunit.Sdk.XunitException($"docs/testing.md names {name}, which TestingGuideExamples does not define.");
            Assert.NotNull(method.GetCustomAttributes(typeof(FactAttribute), inherit: false).SingleOrDefault());
            var body = MethodBody(source, name);
            Assert.True(body.Contains(Normalize(example.Groups["csharp"].Value), StringComparison.Ordinal),
                $"The C# of the {name} example is not the code of TestingGuideExamples.{name}:\n{example.Groups["csharp"].Value}");
        }
    }

    /// <summary>The normalized text from the method's declaration to the next test's attribute.</summary>
    private static string MethodBody(string source, string name)
    {
        var start = source.IndexOf($"public async Task {name}()", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No test method {name} in TestingGuideExamples.cs.");
        var end = source.IndexOf("[Fact]", start, StringComparison.Ordinal);
        return Normalize(source[start..(end < 0 ? source.Length : end)]);
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
