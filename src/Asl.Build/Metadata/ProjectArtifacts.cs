using System.Collections.Generic;

namespace Asl.Build.Metadata;

/// <summary>What a compiled project deploys: its state machines and the Lambda functions it declares.</summary>
internal sealed record ProjectArtifacts(IReadOnlyList<MachineArtifact> Machines, IReadOnlyList<FunctionArtifact> Functions);
