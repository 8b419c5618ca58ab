using System;
using System.Collections.Generic;
using System.IO;
using Asl.Build.Metadata;
using Asl.Build.Output;
using Asl.Build.Template;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Asl.Build;

/// <summary>
/// Writes the deploy artifacts of a compiled project: <c>&lt;Name&gt;.asl.json</c> for each state machine with its
/// diagram in <c>&lt;Name&gt;.md</c>, and one SAM template. The machines are read from the assembly's metadata, where the Asl generator recorded them;
/// the assembly is never loaded, so no user code runs. Files whose content is unchanged are left alone.
/// </summary>
public sealed class WriteAslArtifacts : Task
{
    /// <summary>The compiled assembly (the project's IntermediateAssembly).</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>The folder to write into; created when missing.</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>Whether to write the SAM template besides the <c>.asl.json</c> files.</summary>
    public bool WriteTemplate { get; set; } = true;

    /// <summary>Whether to write <c>&lt;Name&gt;.md</c> beside each <c>.asl.json</c>: the machine drawn as a Mermaid flowchart.</summary>
    public bool WriteDiagrams { get; set; } = true;

    /// <summary>The template's file name.</summary>
    public string TemplateFileName { get; set; } = "template.yaml";

    /// <summary>
    /// Where the template's Lambda functions take their code from, relative to the template (the build output folder);
    /// <c>./</c> when empty.
    /// </summary>
    public string FunctionCodeUri { get; set; } = "";

    /// <summary>The project's name, for the template's description.</summary>
    public string ProjectName { get; set; } = "";

    /// <summary>The project file, where warnings and errors are reported (rather than in Asl's own targets file).</summary>
    public string ProjectFile { get; set; } = "";

    /// <summary>Where the diagnostics' help pages are (a folder URL, <c>AslHelpLinkBase</c>); empty: the repository's docs.</summary>
    public string HelpLinkBase { get; set; } = "";

    /// <summary>Every artifact file of this build, written now or already up to date (for FileWrites, so Clean removes them).</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The artifact files this run actually wrote.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            return WriteArtifacts();
        }
        catch (Exception e)
        {
            Report(new BuildFinding(BuildFinding.ArtifactsFailed,
                $"Writing the deploy artifacts failed unexpectedly ({e.GetType().Name}: {e.Message}). Please report it as an Asl bug; set AslWriteArtifacts=false to build without them meanwhile.",
                IsError: true));
            return false;
        }
    }

    private bool WriteArtifacts()
    {
        var project = ArtifactMetadataReader.ReadProject(AssemblyPath, out var error);
        if (project is null)
        {
            Report(new BuildFinding(BuildFinding.ArtifactsFailed,
                $"Cannot read the state machines of '{AssemblyPath}': {error}. Rebuild the project, or set AslWriteArtifacts=false to skip deploy artifacts.", IsError: true));
            return false;
        }
        foreach (var name in project.Unreadable)
            Report(new BuildFinding(BuildFinding.ArtifactsFailed,
                $"The deploy metadata of state machine '{name}' in '{AssemblyPath}' was written by another version of Asl, so it gets no artifacts. Rebuild the project (dotnet build --no-incremental).",
                IsError: true));
        var machines = project.Machines;
        if (machines.Count == 0)
        {
            Log.LogMessage(MessageImportance.Low, "Asl: '{0}' has no [StateMachine] classes; no deploy artifacts to write.", AssemblyPath);
            return !Log.HasLoggedErrors;
        }

        var templateName = WriteTemplate && TemplateFileName.Trim().Length > 0 ? TemplateFileName.Trim() : null;
        var codeUri = FunctionCodeUri.Trim().Length > 0 ? FunctionCodeUri.Trim().Replace('\\', '/') : "./";
        var (files, findings) = ArtifactPlan.Create(machines, ProjectName.Length > 0 ? ProjectName : Path.GetFileNameWithoutExtension(AssemblyPath),
            templateName, project.Functions, codeUri, WriteDiagrams);
        foreach (var finding in findings) Report(finding);

        var all = new List<ITaskItem>();
        var written = new List<ITaskItem>();
        foreach (var file in files)
        {
            var path = Path.Combine(OutputDirectory, file.FileName);
            try
            {
                path = Path.GetFullPath(path);
                if (FileSync.WriteIfChanged(path, file.Content)) written.Add(new TaskItem(path));
                all.Add(new TaskItem(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                Report(new BuildFinding(BuildFinding.ArtifactsFailed,
                    $"Cannot write '{path}': {e.Message}. Check that the folder is writable, or choose another with AslArtifactsDirectory.", IsError: true));
            }
        }
        Files = all.ToArray();
        WrittenFiles = written.ToArray();
        Log.LogMessage(written.Count > 0 ? MessageImportance.High : MessageImportance.Normal,
            "Asl -> {0} ({1} state machine(s); {2} of {3} file(s) changed)", OutputDirectory, machines.Count, written.Count, files.Count);
        return !Log.HasLoggedErrors;
    }

    private void Report(BuildFinding finding)
    {
        var link = BuildFinding.HelpLink(finding.Code, HelpLinkBase);
        var file = ProjectFile.Length > 0 ? ProjectFile : null;
        if (finding.IsError)
            Log.LogError(subcategory: null, finding.Code, helpKeyword: null, helpLink: link, file, 0, 0, 0, 0, finding.Message);
        else
            Log.LogWarning(subcategory: null, finding.Code, helpKeyword: null, helpLink: link, file, 0, 0, 0, 0, finding.Message);
    }
}
