using System.Collections.Generic;
using Asl.Deployment;
using Asl.Permissions;

namespace Asl.Build.Metadata;

/// <summary>One state machine to deploy, as the generator recorded it in the assembly's metadata (or `asl template` read it from a file).</summary>
/// <param name="Name">The state machine's name.</param>
/// <param name="Type">STANDARD or EXPRESS.</param>
/// <param name="Definition">The validated ASL JSON.</param>
/// <param name="Substitutions">The definition's <c>${...}</c> placeholders and what fills them.</param>
/// <param name="Permissions">What its role must allow.</param>
/// <param name="Settings">How it is deployed.</param>
internal sealed record MachineArtifact(
    string Name, string Type, string Definition, IReadOnlyList<DefinitionPlaceholder> Substitutions, MachinePermissions Permissions, DeploymentSettings Settings)
{
    /// <summary>The machine drawn as a Mermaid flowchart, when the generator recorded one.</summary>
    public string? Diagram { get; init; }

    /// <summary>True for EXPRESS machines.</summary>
    public bool IsExpress => Type == "EXPRESS";
}
