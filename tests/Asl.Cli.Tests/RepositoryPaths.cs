namespace Asl.Cli.Tests;

/// <summary>Where checked-in files live, found from the test binaries by walking up to Asl.slnx.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string RuleDocs => Path.Combine(Root, "docs", "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Asl.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
