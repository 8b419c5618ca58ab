using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Asl.Generators.Tests;

/// <summary>
/// Checked-in baselines of generated code. A mismatch fails with a line diff; running the tests with
/// ASL_UPDATE_BASELINES=1 rewrites the baselines instead.
/// </summary>
internal static class Baseline
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots", name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("ASL_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No baseline {path}; run the tests with ASL_UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = diff.Lines.Where(l => l.Type != ChangeType.Unchanged)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : "- ") + l.Text);
        Assert.Fail($"Generated code differs from {name} (ASL_UPDATE_BASELINES=1 accepts it):\n" + string.Join("\n", lines));
    }
}
