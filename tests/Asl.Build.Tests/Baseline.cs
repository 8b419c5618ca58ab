using System.Runtime.CompilerServices;

namespace Asl.Build.Tests;

/// <summary>
/// Checked-in expected outputs under Snapshots/. A difference fails with the first differing line; running the
/// tests with ASL_UPDATE_BASELINES=1 writes the actual output as the new baseline instead.
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
        var expected = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, lines.Length); i++)
        {
            var want = i < expected.Length ? expected[i] : "(end of file)";
            var got = i < lines.Length ? lines[i] : "(end of file)";
            if (want != got)
                Assert.Fail($"{name} differs at line {i + 1} (ASL_UPDATE_BASELINES=1 accepts the new output):\n- {want}\n+ {got}");
        }
    }
}
