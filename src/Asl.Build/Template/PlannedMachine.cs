using Asl.Build.Metadata;

namespace Asl.Build.Template;

/// <summary>A machine on its way into the template: its artifact and the definition file the template names (relative to the template).</summary>
internal sealed record PlannedMachine(MachineArtifact Machine, string FileName);
