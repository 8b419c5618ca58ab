using System.Text;

namespace Asl.Cli.Tests;

/// <summary>The pictures and flowcharts in docs/diagrams.md are what <c>asl diagram</c> draws today.</summary>
public sealed class DiagramDocsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Docs(params string[] parts) => Path.Combine([RepositoryPaths.Root, "docs", .. parts]);

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Asl.Dsl.Tests", "TestData", "workflow-within-a-workflow", name);

    /// <summary>The history of the order example's declined payment, as <c>asl run --history</c> prints it.</summary>
    private string DeclinedHistory()
    {
        var run = CliRun.InProcess("run", Docs("diagrams", "order.asl.json"), "--mock-config", Docs("diagrams", "order-declined.mocks.json"),
            "--input-file", Docs("diagrams", "order-declined.input.json"), "--history");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"status\": \"FAILED\"", run.Stdout);
        return _folder.Write("history.json", run.Stdout);
    }

    [Fact]
    public void The_pictures_in_the_docs_are_what_asl_diagram_draws()
    {
        var pictures = new (string File, string[] Arguments)[]
        {
            ("nested-workflow.svg", [Sample("nested-state-machine.asl.json"), "--title", "NestingPatternAnotherStateMachine"]),
            ("main-workflow.svg", [Sample("main-state-machine.asl.json"), "--title", "NestingPatternMainStateMachine"]),
            ("order.svg", [Docs("diagrams", "order.asl.json")]),
            ("order-declined.svg", [Docs("diagrams", "order.asl.json"), "--history", DeclinedHistory()]),
            ("composed-60-states.svg", [Path.Combine(RepositoryPaths.Root, "tests", "Asl.Core.Tests", "Diagrams", "Definitions", "composed-60-states.asl.json")]),
        };
        var stale = new StringBuilder();
        foreach (var (file, arguments) in pictures)
        {
            var run = CliRun.InProcess(["diagram", .. arguments, "--format", "svg"]);
            // Exit 1 draws too: the validator flags paths such as "$.[0]" in the 60-state machine, which AWS accepts.
            Assert.True(run.ExitCode is 0 or 1 && run.Stdout.Length > 0, run.Stderr);
            var path = Docs("diagrams", file);
            if (Environment.GetEnvironmentVariable("ASL_UPDATE_BASELINES") == "1") File.WriteAllText(path, run.Stdout, new UTF8Encoding(false));
            else if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != run.Stdout) stale.Append($"docs/diagrams/{file} is out of date.\n");
        }
        Assert.True(stale.Length == 0, stale + "Run the tests with ASL_UPDATE_BASELINES=1 to redraw them.");
    }

    [Fact]
    public void The_flowcharts_shown_in_the_docs_are_what_asl_diagram_writes()
    {
        var page = File.ReadAllText(Docs("diagrams.md")).ReplaceLineEndings("\n");
        foreach (var definition in new[] { Docs("diagrams", "order.asl.json"), Sample("nested-state-machine.asl.json") })
        {
            var run = CliRun.InProcess("diagram", definition);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("```mermaid\n" + run.Stdout + "```\n", page);
        }
        var declined = CliRun.InProcess("diagram", Docs("diagrams", "order.asl.json"), "--history", DeclinedHistory());
        Assert.Contains("```mermaid\n" + declined.Stdout + "```\n", page);
    }
}
