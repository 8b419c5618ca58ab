using System.IO.Compression;
using Xunit.Abstractions;

namespace Asl.Build.Tests;

/// <summary>
/// docs/getting-started, the solution the README walks a new user through, copied out of the repository and tested
/// against the packed packages only: if the guide's code or the packages drift apart, this fails.
/// </summary>
[Trait("Category", "Package")]
[Collection(PackagesCollection.Name)]
public sealed class GettingStartedTests(PackagedAsl packages, ITestOutputHelper log)
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task The_getting_started_solution_passes_its_tests_against_the_packed_packages()
    {
        using var temp = new TempDirectory("getting-started");
        packages.Log(log);
        CopyFolder(Path.Combine(packages.Repository, "docs", "getting-started"), temp.Path);
        packages.PrepareUserFolder(temp.Path);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("packages") };

        var test = await DotnetProcess.RunAsync(temp.Path, TestTimeout, environment,
            "test", "GettingStarted.slnx", $"-p:AslVersion={packages.Version}", "--disable-build-servers");
        log.WriteLine($"{test.Command}: {test.Elapsed.TotalSeconds:F1} s");

        Assert.True(test.ExitCode == 0, test.Describe());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+8,", test.Output);
        Assert.True(File.Exists(Path.Combine(temp.Path, "Orders", "bin", "Debug", "net10.0", "asl", "OrderProcessing.asl.json")),
            "The workflow project's build wrote no OrderProcessing.asl.json.");
        Assert.StartsWith("# OrderProcessing\n\n```mermaid\nflowchart TD\n",
            File.ReadAllText(Path.Combine(temp.Path, "Orders", "bin", "Debug", "net10.0", "asl", "OrderProcessing.md")).ReplaceLineEndings("\n"));
        // The machine defined by flows/refund.asl.json (an AdditionalFiles item by the package's default) has the same artifacts.
        Assert.True(File.Exists(Path.Combine(temp.Path, "Orders", "bin", "Debug", "net10.0", "asl", "Refunds.asl.json")),
            "The workflow project's build wrote no Refunds.asl.json for the definition-file machine.");
        Assert.Contains("DefinitionUri: Refunds.asl.json", File.ReadAllText(Path.Combine(temp.Path, "Orders", "bin", "Debug", "net10.0", "asl", "template.yaml")));
    }

    [Fact]
    public void Asl_Local_depends_on_Asl_Dsl_of_the_same_version_and_brings_the_ASP_NET_Core_framework()
    {
        using var zip = ZipFile.OpenRead(packages.Package("Asl.Local"));
        using var reader = new StreamReader(zip.GetEntry("Asl.Local.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains($"<dependency id=\"Asl.Dsl\" version=\"{packages.Version}\"", nuspec);
        Assert.DoesNotContain("id=\"Asl.Core\"", nuspec);
        Assert.Contains("<frameworkReference name=\"Microsoft.AspNetCore.App\" />", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<repository type=\"git\"", nuspec);
        Assert.NotNull(zip.GetEntry("lib/net10.0/Asl.Local.dll"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
