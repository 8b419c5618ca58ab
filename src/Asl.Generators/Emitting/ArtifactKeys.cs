namespace Asl.Artifacts;

/// <summary>
/// The keys of the <c>[assembly: AssemblyMetadata(key, value)]</c> entries through which the generator hands
/// each state machine to the build task that writes deploy artifacts. The task reads them from the compiled
/// assembly's metadata, so no user code runs at build time. Compiled into both the generator and Asl.Build.
/// </summary>
/// <remarks>
/// Per machine: <see cref="Machine"/> = its name; <see cref="TypePrefix"/> + name = STANDARD or EXPRESS;
/// <see cref="DefinitionPrefix"/> + name = the ASL JSON; <see cref="SubstitutionPrefix"/> + name, once per
/// <c>${...}</c> placeholder = "Placeholder Kind Target [Pattern ...]" (space-separated; none of these parts
/// can hold a space: placeholder names are <c>[A-Za-z0-9_:.-]+</c>, the rest are enum names);
/// <see cref="PermissionsPrefix"/> + name = the IAM statements the machine's role needs and <see cref="SettingsPrefix"/> +
/// name = its deployment settings (when not the defaults), both in the text form of Asl.Deployment.DeploymentMetadata;
/// <see cref="DiagramPrefix"/> + name = the machine drawn as a Mermaid flowchart (Asl.Diagrams.Mermaid.MermaidRenderer).
/// </remarks>
internal static class ArtifactKeys
{
    /// <summary>One entry per state machine; the value is the machine's name.</summary>
    public const string Machine = "Asl.StateMachine";

    /// <summary>Prefix of the key whose value is the machine's type.</summary>
    public const string TypePrefix = "Asl.StateMachine.Type:";

    /// <summary>Prefix of the key whose value is the machine's validated ASL definition.</summary>
    public const string DefinitionPrefix = "Asl.StateMachine.Definition:";

    /// <summary>Prefix of the keys whose values describe the machine's substitutions.</summary>
    public const string SubstitutionPrefix = "Asl.StateMachine.Substitution:";

    /// <summary>Prefix of the key whose value is what the machine's role must allow.</summary>
    public const string PermissionsPrefix = "Asl.StateMachine.Permissions:";

    /// <summary>Prefix of the key whose value is the machine's deployment settings.</summary>
    public const string SettingsPrefix = "Asl.StateMachine.Settings:";

    /// <summary>Prefix of the key whose value is the machine's Mermaid flowchart, which the build writes as <c>&lt;Name&gt;.md</c>.</summary>
    public const string DiagramPrefix = "Asl.StateMachine.Diagram:";
}
