using System.Diagnostics;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace Asl.Build.Tests;

/// <summary>The asl tool as a user installs it: <c>dotnet tool install --tool-path</c> from the packed feed, then its commands.</summary>
[Trait("Category", "Package")]
[Collection(PackagesCollection.Name)]
public sealed class ToolPackageTests(PackagedAsl packages, ITestOutputHelper log)
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private const string Definition = """
        {"StartAt":"Save","States":{"Save":{"Type":"Pass","Result":{"table":"${OrdersTable}"},"Next":"Wait"},
         "Wait":{"Type":"Wait","Seconds":86400,"End":true}}}
        """;

    [Fact]
    public async Task The_installed_tool_reports_its_version_validates_runs_with_substitutions_and_serves()
    {
        using var temp = new TempDirectory("tool");
        packages.Log(log);
        packages.PrepareUserFolder(temp.Path);
        var tools = temp.Combine("tools");
        var install = await DotnetProcess.RunAsync(temp.Path, InstallTimeout, new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("packages") },
            "tool", "install", "Asl.Cli", "--tool-path", tools, "--version", packages.Version, "--add-source", packages.Feed);
        log.WriteLine($"{install.Command}: {install.Elapsed.TotalSeconds:F1} s");
        Assert.True(install.ExitCode == 0, install.Describe());
        var asl = Path.Combine(tools, OperatingSystem.IsWindows() ? "asl.exe" : "asl");

        Assert.Equal(packages.Version, Run(asl, temp.Path, "--version").Stdout.Trim());

        File.WriteAllText(temp.Combine("orders.asl.json"), Definition);
        var validate = Run(asl, temp.Path, "validate", "orders.asl.json");
        Assert.Equal((0, "1 file checked: 1 valid, 0 invalid; 0 errors."), (validate.ExitCode, validate.Stdout.Trim()));

        var run = Run(asl, temp.Path, "run", "orders.asl.json", "--substitution", "OrdersTable=orders");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"table\": \"orders\"", run.Stdout);
        var missing = Run(asl, temp.Path, "run", "orders.asl.json");
        Assert.Equal(0, missing.ExitCode);
        Assert.Contains("--substitution OrdersTable=VALUE", missing.Stderr);

        await AssertServesAsync(asl, temp.Path);
    }

    /// <summary><c>asl serve --port 0</c> listens on a free loopback port, says which, and answers ListStateMachines.</summary>
    private static async Task AssertServesAsync(string asl, string folder)
    {
        using var serve = Process.Start(new ProcessStartInfo(asl, ["serve", "--port", "0"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? endpoint = null;
            while (endpoint is null && await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                var at = line.IndexOf("listening on ", StringComparison.Ordinal);
                if (at >= 0) endpoint = line[(at + "listening on ".Length)..].Trim();
            }
            Assert.NotNull(endpoint);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + "/")
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0"),
            };
            request.Headers.Add("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
            using var response = await http.SendAsync(request, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"stateMachines":[]}""", await response.Content.ReadAsStringAsync(timeout.Token));
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string asl, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(asl)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"asl {string.Join(" ", arguments)} did not finish within a minute.");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
