using Asl.Build.Metadata;
using Asl.Build.Tests.Workflows;
using NestedWorkflowSample.Workflows;

namespace Asl.Build.Tests;

/// <summary>The machines the generator recorded in this test assembly, read back from its metadata alone.</summary>
public sealed class ArtifactMetadataReaderTests
{
    private static readonly string ThisAssembly = typeof(OrderFlow).Assembly.Location;

    [Fact]
    public void Every_state_machine_of_the_assembly_is_read_sorted_by_name()
    {
        var machines = ArtifactMetadataReader.Read(ThisAssembly, out var error);

        Assert.Null(error);
        Assert.Equal(["NestingPatternAnotherStateMachine", "NestingPatternMainStateMachine", "OrderAudit", "OrderFlow"], machines!.Select(m => m.Name));
    }

    [Fact]
    public void Name_type_and_definition_are_the_generated_constants()
    {
        var machines = ArtifactMetadataReader.Read(ThisAssembly, out _)!;

        var main = machines.Single(m => m.Name == MainWorkflow.StateMachineName);
        Assert.Equal(MainWorkflow.Definition, main.Definition);
        Assert.Equal("STANDARD", main.Type);
        Assert.Equal("EXPRESS", machines.Single(m => m.Name == "OrderAudit").Type);
    }

    [Fact]
    public void Substitutions_carry_kind_target_and_every_integration_pattern()
    {
        var machines = ArtifactMetadataReader.Read(ThisAssembly, out _)!;

        var main = machines.Single(m => m.Name == MainWorkflow.StateMachineName);
        var child = Assert.Single(main.Substitutions);
        Assert.Equal(("NestingPatternAnotherStateMachineArn", "StateMachine", "NestingPatternAnotherStateMachine"), (child.Name, child.Kind, child.Target));
        Assert.Equal(["RequestResponse", "RunJobJson", "WaitForTaskToken"], child.Patterns);
        var flow = machines.Single(m => m.Name == "OrderFlow");
        Assert.Equal(["OrderAuditArn StateMachine OrderAudit RunJob", "PartnerMachineArn StateMachine PartnerMachine RequestResponse"],
            flow.Substitutions.Select(s => string.Join(" ", new[] { s.Name, s.Kind, s.Target }.Concat(s.Patterns))));
    }

    [Fact]
    public void A_file_that_is_no_assembly_gives_an_error_not_an_exception()
    {
        using var temp = new TempDirectory("metadata");
        var path = temp.Combine("not-an-assembly.dll");
        File.WriteAllText(path, "MZ but nothing more");

        Assert.Null(ArtifactMetadataReader.Read(path, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void A_missing_assembly_gives_an_error_not_an_exception()
    {
        Assert.Null(ArtifactMetadataReader.Read(Path.Combine(Path.GetTempPath(), $"asl-missing-{Guid.NewGuid():N}.dll"), out var error));
        Assert.Contains("Could not find file", error);
    }

    [Fact]
    public void An_empty_path_gives_an_error_not_an_exception()
    {
        Assert.Null(ArtifactMetadataReader.Read("", out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void An_assembly_without_state_machines_has_none()
    {
        var machines = ArtifactMetadataReader.Read(typeof(ArtifactMetadataReader).Assembly.Location, out var error);

        Assert.Null(error);
        Assert.Empty(machines!);
    }
}
