using Xunit.Abstractions;

namespace Asl.Build.Tests;

/// <summary>
/// The packages a user installs, packed once for the package tests: Asl.Dsl, Asl.Local and the asl tool (Asl.Cli) into a
/// feed in a temp folder, with a version no earlier run used (so no NuGet cache shadows it). The tool is packed as its
/// framework-dependent package only: the Native AOT compile of the linux-x64 package takes minutes on a 2-core machine.
/// ASL_PACKAGE_TEST_NATIVE=1 packs (and so installs) the native one too, as `dotnet pack` does by default.
/// </summary>
public sealed class PackagedAsl : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private readonly TempDirectory _temp = new("packages");

    public string Repository { get; } = RepositoryRoot();

    public string Version { get; } = $"0.0.0-packagetest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public string Feed => _temp.Combine("feed");

    /// <summary>What each pack took, for the tests' logs.</summary>
    public List<string> Timings { get; } = new();

    public async Task InitializeAsync()
    {
        var native = Environment.GetEnvironmentVariable("ASL_PACKAGE_TEST_NATIVE") == "1";
        foreach (var project in new[] { "Asl.Dsl", "Asl.Local", "Asl.Cli" })
        {
            string[] arguments =
            [
                "pack", Path.Combine(Repository, "src", project, project + ".csproj"), "-c", "Release", "-o", Feed,
                "--artifacts-path", _temp.Combine("pack"), $"-p:Version={Version}", "--disable-build-servers",
                .. project == "Asl.Cli" && !native ? new[] { "-p:ToolPackageRuntimeIdentifiers=any" } : [],
            ];
            var pack = await DotnetProcess.RunAsync(Repository, PackTimeout, null, arguments);
            Timings.Add($"{pack.Command}: {pack.Elapsed.TotalSeconds:F1} s");
            Assert.True(pack.ExitCode == 0, pack.Describe());
        }
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>
    /// Makes <paramref name="root"/> a place where a user's projects restore from the feed: the repository's SDK pinned,
    /// nothing above it imported, and the packages' own dependencies found in the machine's NuGet cache.
    /// </summary>
    public void PrepareUserFolder(string root)
    {
        File.Copy(Path.Combine(Repository, "global.json"), Path.Combine(root, "global.json"), overwrite: true);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            if (!File.Exists(Path.Combine(root, file))) File.WriteAllText(Path.Combine(root, file), "<Project />\n");
        }
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="asl-under-test" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <!-- The packages' own dependencies come from the machine's cache; the packages under test are extracted into the test's folder. -->
              <fallbackPackageFolders>
                <add key="machine" value="{globalPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>Writes how long the packs took to the test's log (once per test that asks).</summary>
    public void Log(ITestOutputHelper log)
    {
        foreach (var line in Timings) log.WriteLine(line);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Asl.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Asl.slnx above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The package tests share one pack (<see cref="PackagedAsl"/>) and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagedAsl>
{
    public const string Name = "Packages";
}
