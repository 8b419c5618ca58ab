using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Asl.Artifacts;
using Asl.Deployment;
using Asl.Permissions;

namespace Asl.Build.Metadata;

/// <summary>
/// Reads the state machines that the generator recorded in a compiled assembly (see <see cref="ArtifactKeys"/>)
/// from its metadata alone: the assembly is opened as a file and never loaded, so no user code runs.
/// </summary>
internal static class ArtifactMetadataReader
{
    /// <summary>The machines of the assembly at <paramref name="path"/>, sorted by name; on failure null and a message.</summary>
    public static IReadOnlyList<MachineArtifact>? Read(string path, out string? error) => ReadProject(path, out error)?.Machines;

    /// <summary>The machines recorded in <paramref name="reader"/>'s assembly attributes, sorted by name (those that read).</summary>
    public static IReadOnlyList<MachineArtifact> Read(MetadataReader reader) => Read(reader, new List<string>());

    /// <summary>The machines and Lambda functions of the assembly at <paramref name="path"/>; on failure null and a message.</summary>
    public static ProjectArtifacts? ReadProject(string path, out string? error)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                error = "it has no .NET metadata";
                return null;
            }
            error = null;
            var reader = pe.GetMetadataReader();
            var unreadable = new List<string>();
            var machines = Read(reader, unreadable);
            return new ProjectArtifacts(machines, FunctionAttributeReader.Read(reader), unreadable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException
                                   or ArgumentException or NotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// The machines recorded in <paramref name="reader"/>'s assembly attributes, sorted by name; a machine whose
    /// permissions or settings do not read is left out and named in <paramref name="unreadable"/>.
    /// </summary>
    public static IReadOnlyList<MachineArtifact> Read(MetadataReader reader, List<string> unreadable)
    {
        var names = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var substitutions = new Dictionary<string, List<DefinitionPlaceholder>>(StringComparer.Ordinal);
        foreach (var (key, value) in AssemblyMetadataEntries(reader))
        {
            if (key == ArtifactKeys.Machine) names.Add(value);
            else if (key.StartsWith(ArtifactKeys.SubstitutionPrefix, StringComparison.Ordinal))
            {
                var machine = key.Substring(ArtifactKeys.SubstitutionPrefix.Length);
                if (SubstitutionText.Parse(value) is not { } entry) continue;
                if (!substitutions.TryGetValue(machine, out var list)) substitutions[machine] = list = new List<DefinitionPlaceholder>();
                list.Add(entry);
            }
            else if (key.StartsWith(ArtifactKeys.TypePrefix, StringComparison.Ordinal) || key.StartsWith(ArtifactKeys.DefinitionPrefix, StringComparison.Ordinal)
                     || key.StartsWith(ArtifactKeys.PermissionsPrefix, StringComparison.Ordinal) || key.StartsWith(ArtifactKeys.SettingsPrefix, StringComparison.Ordinal)
                     || key.StartsWith(ArtifactKeys.DiagramPrefix, StringComparison.Ordinal))
                values[key] = value;
        }

        var machines = new List<MachineArtifact>();
        foreach (var name in names.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!values.TryGetValue(ArtifactKeys.DefinitionPrefix + name, out var definition)) continue;
            var type = values.TryGetValue(ArtifactKeys.TypePrefix + name, out var t) && t == "EXPRESS" ? "EXPRESS" : "STANDARD";
            var entries = substitutions.TryGetValue(name, out var list)
                ? list.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray()
                : Array.Empty<DefinitionPlaceholder>();
            // An entry that does not read (an assembly built by another version of the generator) is reported, not guessed.
            var permissions = values.TryGetValue(ArtifactKeys.PermissionsPrefix + name, out var p) ? DeploymentMetadata.ReadPermissions(p) : MachinePermissions.None;
            var settings = values.TryGetValue(ArtifactKeys.SettingsPrefix + name, out var s) ? DeploymentMetadata.ReadSettings(s) : DeploymentSettings.Default;
            if (permissions is null || settings is null)
            {
                unreadable.Add(name);
                continue;
            }
            machines.Add(new MachineArtifact(name, type, definition, entries, permissions, settings)
            {
                Diagram = values.TryGetValue(ArtifactKeys.DiagramPrefix + name, out var diagram) ? diagram : null,
            });
        }
        return machines;
    }

    /// <summary>Every <c>[assembly: System.Reflection.AssemblyMetadata(key, value)]</c> whose key starts with "Asl.".</summary>
    private static IEnumerable<(string Key, string Value)> AssemblyMetadataEntries(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!MetadataAttributes.IsOfType(reader, attribute, "System.Reflection", "AssemblyMetadataAttribute")) continue;
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.Length < 2 || blob.ReadUInt16() != 1) continue; // the prolog of every attribute blob
            string? key, value;
            try
            {
                key = blob.ReadSerializedString();
                value = blob.ReadSerializedString();
            }
            catch (BadImageFormatException)
            {
                continue;
            }
            if (key is not null && value is not null && key.StartsWith("Asl.", StringComparison.Ordinal))
                yield return (key, value);
        }
    }
}
