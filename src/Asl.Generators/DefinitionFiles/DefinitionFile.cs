using Asl.Collections;
using Asl.Generators.Model;
using Asl.Model;

namespace Asl.Generators.DefinitionFiles;

/// <summary>
/// One definition file of the project, read: plain equatable data, so that the steps after it are skipped while the
/// file is unchanged.
/// </summary>
/// <param name="Path">The file's full path, with forward slashes.</param>
/// <param name="Machine">The model the reader built, or null when the text is not a JSON object.</param>
/// <param name="Origins">Where each node is in the file, by JSON pointer (the same shape as a C# machine's origins).</param>
/// <param name="Findings">What the reader reported (invalid JSON, unknown or misplaced fields, wrong types), located in the file.</param>
internal sealed record DefinitionFile(string Path, StateMachine? Machine, EquatableArray<OriginInfo> Origins, EquatableArray<DiagnosticInfo> Findings);
