using System.Collections.Generic;

namespace Asl.Build.Metadata;

/// <summary>What a compiled project deploys: its state machines and the Lambda functions it declares.</summary>
/// <param name="Machines">The machines, sorted by name.</param>
/// <param name="Functions">The Lambda functions, sorted by name.</param>
/// <param name="Unreadable">Machines whose recorded permissions or settings could not be read (built by another version of Asl).</param>
internal sealed record ProjectArtifacts(IReadOnlyList<MachineArtifact> Machines, IReadOnlyList<FunctionArtifact> Functions, IReadOnlyList<string> Unreadable);
