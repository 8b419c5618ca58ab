using System.Collections.Generic;
using Asl.Build.Metadata;
using Asl.Build.Template;
using Asl.Diagrams.Mermaid;

namespace Asl.Build.Output;

/// <summary>Decides the artifact files of a project: an <c>.asl.json</c> per machine, optionally a <c>.md</c> beside it
/// with the machine's diagram, and optionally the SAM template.</summary>
internal static class ArtifactPlan
{
    /// <param name="machines">The project's machines, sorted by name.</param>
    /// <param name="projectName">Named in the template's description.</param>
    /// <param name="templateFileName">The template's file name, or null to write none.</param>
    /// <param name="functions">The project's Lambda functions, declared in the template.</param>
    /// <param name="codeUri">The functions' code folder, relative to the template.</param>
    /// <param name="writeDiagrams">Whether to write each machine's diagram page (<c>&lt;Name&gt;.md</c>).</param>
    public static (IReadOnlyList<ArtifactFile> Files, IReadOnlyList<BuildFinding> Findings) Create(
        IReadOnlyList<MachineArtifact> machines, string projectName, string? templateFileName,
        IReadOnlyList<FunctionArtifact> functions, string codeUri, bool writeDiagrams)
    {
        var files = new List<ArtifactFile>();
        var findings = new List<BuildFinding>();
        if (machines.Count == 0) return (files, findings);

        var names = new FileNames();
        var planned = new List<PlannedMachine>();
        foreach (var machine in machines)
        {
            var fileName = names.Allocate(machine.Name);
            var definition = machine.Definition.Replace("\r\n", "\n");
            files.Add(new ArtifactFile(fileName, definition.EndsWith("\n") ? definition : definition + "\n"));
            planned.Add(new PlannedMachine(machine, fileName));
            if (writeDiagrams && machine.Diagram is { } diagram) files.Add(DiagramPage(machine.Name, fileName, diagram));
        }
        if (templateFileName is not null)
        {
            var (text, templateFindings) = SamTemplate.Write(planned, functions, projectName, codeUri);
            files.Add(new ArtifactFile(templateFileName, text));
            findings.AddRange(templateFindings);
        }
        return (files, findings);
    }

    /// <summary>The page that shows a machine's diagram, named like its definition file (<c>Orders.asl.json</c>: <c>Orders.md</c>).</summary>
    private static ArtifactFile DiagramPage(string machineName, string definitionFile, string diagram)
    {
        var stem = definitionFile.Substring(0, definitionFile.Length - FileNames.Extension.Length);
        var link = System.Uri.EscapeDataString(definitionFile);
        var note = $"Drawn from [{definitionFile}]({link}) by the Asl build; `asl diagram` draws it as SVG too. Set `AslWriteDiagrams` to `false` to build without these pages.";
        return new ArtifactFile(stem + ".md", MermaidMarkdown.Write(machineName, diagram, note));
    }
}
