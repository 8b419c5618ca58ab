using System.Collections.Generic;
using Asl.Build.Metadata;
using Asl.Build.Template;

namespace Asl.Build.Output;

/// <summary>Decides the artifact files of a project: an <c>.asl.json</c> per machine and, optionally, the SAM template.</summary>
internal static class ArtifactPlan
{
    /// <param name="machines">The project's machines, sorted by name.</param>
    /// <param name="projectName">Named in the template's description.</param>
    /// <param name="templateFileName">The template's file name, or null to write none.</param>
    /// <param name="functions">The project's Lambda functions, declared in the template.</param>
    /// <param name="codeUri">The functions' code folder, relative to the template.</param>
    public static (IReadOnlyList<ArtifactFile> Files, IReadOnlyList<BuildFinding> Findings) Create(
        IReadOnlyList<MachineArtifact> machines, string projectName, string? templateFileName,
        IReadOnlyList<FunctionArtifact> functions, string codeUri)
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
        }
        if (templateFileName is not null)
        {
            var (text, templateFindings) = SamTemplate.Write(planned, functions, projectName, codeUri);
            files.Add(new ArtifactFile(templateFileName, text));
            findings.AddRange(templateFindings);
        }
        return (files, findings);
    }
}
