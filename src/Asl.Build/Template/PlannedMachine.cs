using Asl.Build.Metadata;
using Asl.Build.Permissions;

namespace Asl.Build.Template;

/// <summary>A machine on its way into the template: its metadata, its <c>.asl.json</c> file name and what its Tasks need.</summary>
internal sealed record PlannedMachine(MachineArtifact Machine, string FileName, Requirements Requirements);
