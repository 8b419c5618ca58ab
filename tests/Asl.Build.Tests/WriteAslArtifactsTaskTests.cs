using Asl.Build.Template;
using Asl.Build.Tests.Workflows;
using Microsoft.Build.Framework;

namespace Asl.Build.Tests;

/// <summary>The MSBuild task run on this test assembly, as the build runs it on a user's.</summary>
public sealed class WriteAslArtifactsTaskTests : IDisposable
{
    private static readonly string ThisAssembly = typeof(OrderFlow).Assembly.Location;
    private static readonly string[] ExpectedFiles =
    [
        "NestingPatternAnotherStateMachine.asl.json", "NestingPatternAnotherStateMachine.md", "NestingPatternMainStateMachine.asl.json",
        "NestingPatternMainStateMachine.md", "OrderAudit.asl.json", "OrderAudit.md", "OrderFlow.asl.json", "OrderFlow.md", "template.yaml",
    ];

    private readonly TempDirectory _output = new("artifacts");

    public void Dispose() => _output.Dispose();

    private (bool Succeeded, WriteAslArtifacts Task, RecordingBuildEngine Engine) Run(Action<WriteAslArtifacts>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteAslArtifacts
        {
            BuildEngine = engine, AssemblyPath = ThisAssembly, OutputDirectory = _output.Path, ProjectName = "Asl.Build.Tests", ProjectFile = "/src/App/App.csproj",
        };
        configure?.Invoke(task);
        return (task.Execute(), task, engine);
    }

    private static string[] Names(IEnumerable<ITaskItem> items) => items.Select(i => Path.GetFileName(i.ItemSpec)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Writes_an_asl_file_and_a_diagram_page_per_state_machine_and_one_template()
    {
        var (succeeded, task, engine) = Run();

        Assert.True(succeeded, string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Equal(ExpectedFiles, Names(task.Files));
        Assert.Equal(ExpectedFiles, Names(task.WrittenFiles));
        Assert.Equal(ExpectedFiles, Directory.GetFiles(_output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(task.Files, f => Assert.True(Path.IsPathRooted(f.ItemSpec)));
    }

    [Fact]
    public void The_asl_files_are_the_generated_definitions_and_pass_the_validator()
    {
        Run();

        var main = File.ReadAllText(_output.Combine("NestingPatternMainStateMachine.asl.json"));
        Assert.Equal(NestedWorkflowSample.Workflows.MainWorkflow.Definition.Replace("\r\n", "\n") + "\n", main);
        AslFiles.AssertJsonEqual(AslFiles.Reference("main-state-machine.asl.json"), main, "NestingPatternMainStateMachine.asl.json");
        AslFiles.AssertJsonEqual(AslFiles.Reference("nested-state-machine.asl.json"),
            File.ReadAllText(_output.Combine("NestingPatternAnotherStateMachine.asl.json")), "NestingPatternAnotherStateMachine.asl.json");
        AslFiles.AssertValid(_output.Combine("NestingPatternMainStateMachine.asl.json"));
        AslFiles.AssertValid(_output.Combine("NestingPatternAnotherStateMachine.asl.json"));
        AslFiles.AssertValid(_output.Combine("OrderAudit.asl.json"), "EXPRESS");
        AslFiles.AssertValid(_output.Combine("OrderFlow.asl.json"));
    }

    [Fact]
    public void The_template_matches_its_baseline()
    {
        Run();

        Baseline.Match("template.yaml", File.ReadAllText(_output.Combine("template.yaml")));
    }

    [Fact]
    public void A_second_run_rewrites_nothing_and_keeps_every_timestamp()
    {
        Run();
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(_output.Path)) File.SetLastWriteTimeUtc(file, past);

        var (succeeded, task, _) = Run();

        Assert.True(succeeded);
        Assert.Empty(task.WrittenFiles);
        Assert.Equal(ExpectedFiles, Names(task.Files));
        Assert.All(Directory.GetFiles(_output.Path), f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void Only_a_file_whose_content_changed_is_rewritten()
    {
        Run();
        var edited = _output.Combine("OrderAudit.asl.json");
        File.WriteAllText(edited, "edited by hand");

        var (_, task, _) = Run();

        Assert.Equal(["OrderAudit.asl.json"], Names(task.WrittenFiles));
        Assert.NotEqual("edited by hand", File.ReadAllText(edited));
    }

    [Fact]
    public void Without_the_template_only_the_asl_files_and_their_diagrams_are_written()
    {
        var (_, task, _) = Run(t => t.WriteTemplate = false);

        Assert.Equal(ExpectedFiles.Where(f => f != "template.yaml"), Names(task.Files));
        Assert.False(File.Exists(_output.Combine("template.yaml")));
    }

    [Fact]
    public void Each_diagram_page_shows_its_machine_as_the_generator_drew_it_in_a_mermaid_block()
    {
        Run();

        var page = File.ReadAllText(_output.Combine("NestingPatternAnotherStateMachine.md"));
        Assert.StartsWith("# NestingPatternAnotherStateMachine\n\n```mermaid\nflowchart TD\n", page);
        Assert.Contains("    Need_callback -->|\"$.NeedCallback == true\"| Callback\n", page);
        Assert.Contains("\n```\n\nDrawn from [NestingPatternAnotherStateMachine.asl.json](NestingPatternAnotherStateMachine.asl.json) by the Asl build", page);
        // The page draws the definition beside it: the same diagram, derived from the file's own model.
        var definition = Asl.Json.AslReader.Read(File.ReadAllText(_output.Combine("NestingPatternAnotherStateMachine.asl.json"))).Machine!;
        Assert.Contains(Asl.Diagrams.Mermaid.MermaidRenderer.Render(Asl.Diagrams.Diagram.Of(definition)), page);
    }

    [Fact]
    public void Without_diagrams_no_page_is_written()
    {
        var (_, task, _) = Run(t => t.WriteDiagrams = false);

        Assert.Equal(ExpectedFiles.Where(f => !f.EndsWith(".md")), Names(task.Files));
        Assert.Empty(Directory.GetFiles(_output.Path, "*.md"));
    }

    [Fact]
    public void The_template_file_name_can_be_chosen()
    {
        var (_, task, _) = Run(t => t.TemplateFileName = "workflows.yaml");

        Assert.Contains("workflows.yaml", Names(task.Files));
        Assert.True(File.Exists(_output.Combine("workflows.yaml")));
    }

    [Fact]
    public void The_task_only_writes_what_the_generator_recorded_and_reports_no_permission_warnings_of_its_own()
    {
        var (succeeded, _, engine) = Run();

        // OrderFlow's SQS task is granted from the recorded permissions; what a state needs beyond them the generator
        // reports on the state itself (ASL0902, ASL0903), never the task on the project file.
        Assert.True(succeeded);
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        Assert.Contains("sqs:SendMessage", File.ReadAllText(_output.Combine("template.yaml")));
    }

    [Fact]
    public void An_unreadable_assembly_is_error_ASL0901_and_nothing_is_written()
    {
        var bogus = _output.Combine("bogus.dll");
        File.WriteAllText(bogus, "not a portable executable");

        var (succeeded, _, engine) = Run(t => t.AssemblyPath = bogus);

        Assert.False(succeeded);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(BuildFinding.ArtifactsFailed, error.Code);
        Assert.Contains($"Cannot read the state machines of '{bogus}'", error.Message);
        Assert.Equal(["bogus.dll"], Directory.GetFiles(_output.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_error_ASL0901()
    {
        var blocker = _output.Combine("taken");
        File.WriteAllText(blocker, "a file where the folder should go");

        var (succeeded, _, engine) = Run(t => t.OutputDirectory = blocker);

        Assert.False(succeeded);
        Assert.All(engine.Errors, e => Assert.Equal(BuildFinding.ArtifactsFailed, e.Code));
        Assert.Contains("Cannot write", engine.Errors[0].Message);
    }

    [Fact]
    public void An_assembly_without_state_machines_writes_nothing()
    {
        var (succeeded, task, _) = Run(t => t.AssemblyPath = typeof(WriteAslArtifacts).Assembly.Location);

        Assert.True(succeeded);
        Assert.Empty(task.Files);
        Assert.Empty(Directory.GetFiles(_output.Path));
    }
}
