using System;
using System.Collections.Immutable;
using System.Linq;
using Asl.Collections;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;

namespace Asl.Generators.DefinitionFiles;

/// <summary>
/// Gives a class described by a definition file the model read from that file, with the file's locations as its
/// origins, so that validation, writing and emitting treat it as they treat a machine evaluated from Define(); every
/// finding then lands in the JSON file. Classes with Define() pass through unchanged.
/// </summary>
internal static class DefinitionFileAttacher
{
    /// <param name="projectFolder">The project folder (build property ProjectDir), which paths are relative to; null to
    /// use the folder of the C# file that declares the class.</param>
    public static EvaluatedMachine Attach(EvaluatedMachine machine, ImmutableArray<DefinitionFile> files, string? projectFolder)
    {
        if (machine.DefinitionFile is not { } reference) return machine;
        var wanted = DefinitionPaths.Resolve(reference.Path, projectFolder is { Length: > 0 } ? projectFolder : reference.SourceDirectory);
        var file = files.FirstOrDefault(f => string.Equals(f.Path, wanted, StringComparison.Ordinal))
            ?? files.FirstOrDefault(f => string.Equals(f.Path, wanted, StringComparison.OrdinalIgnoreCase));
        if (file is null)
        {
            var missing = DiagnosticInfo.Create(DiagnosticDescriptors.DefinitionFileNotFound, reference.Location, reference.Path, wanted);
            return machine with { Diagnostics = machine.Diagnostics.Append(missing).ToEquatableArray(), DefinitionFile = null };
        }
        return machine with
        {
            Machine = file.Machine,
            Origins = file.Origins,
            Diagnostics = machine.Diagnostics.Concat(file.Findings).ToEquatableArray(),
            DefinitionFile = null,
        };
    }
}
