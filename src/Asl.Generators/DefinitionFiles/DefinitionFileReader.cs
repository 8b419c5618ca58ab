using System;
using System.Collections.Generic;
using System.Threading;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Generators.Model;
using Asl.Generators.Parsing;
using Asl.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Asl.Generators.DefinitionFiles;

/// <summary>Reads a definition file with the one ASL reader (AslReader), keeping where each node is. Never throws.</summary>
internal static class DefinitionFileReader
{
    public static bool IsCandidate(AdditionalText file) => file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static DefinitionFile Read(AdditionalText file, CancellationToken cancellation)
    {
        var path = DefinitionPaths.Normalize(file.Path);
        var text = file.GetText(cancellation);
        if (text is null)
        {
            var finding = AslRules.FileUnreadable.At(JsonPointer.Root, file.Path, "the compiler could not read it");
            return new DefinitionFile(path, null, EquatableArray<OriginInfo>.Empty,
                EquatableArray.Create(MachineValidator.FromFinding(finding, new LocationInfo(file.Path, default, default))));
        }

        var read = AslReader.Read(text.ToString());
        cancellation.ThrowIfCancellationRequested();
        var origins = new List<OriginInfo>();
        foreach (var (pointer, line, column, length) in read.Locations.Nodes())
            origins.Add(new OriginInfo(pointer, At(file.Path, text, line, column, length)));
        origins.Sort((a, b) => string.CompareOrdinal(a.Pointer, b.Pointer));

        var findings = new List<DiagnosticInfo>(read.Diagnostics.Count);
        foreach (var finding in read.Diagnostics)
        {
            var location = read.Locations.TryGetLocation(finding.Pointer, out var line, out var column)
                ? At(file.Path, text, line, column, 1)
                : new LocationInfo(file.Path, default, default);
            findings.Add(MachineValidator.FromFinding(finding, location));
        }
        return new DefinitionFile(path, read.Machine, origins.ToEquatableArray(), findings.ToEquatableArray());
    }

    /// <summary>The location of a 1-based line and column (UTF-16 code units, as the reader counts them).</summary>
    private static LocationInfo At(string path, SourceText text, int line, int column, int length)
    {
        var lineIndex = Math.Max(0, Math.Min(line - 1, text.Lines.Count - 1));
        var start = Math.Min(text.Lines[lineIndex].Start + Math.Max(0, column - 1), text.Length);
        var end = Math.Min(start + length, text.Length);
        var span = TextSpan.FromBounds(start, end);
        var lines = text.Lines.GetLinePositionSpan(span);
        return new LocationInfo(path, span, lines);
    }
}
