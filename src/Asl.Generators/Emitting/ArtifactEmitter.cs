using System.Linq;
using System.Text;
using Asl.Artifacts;
using Asl.Deployment;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Asl.Generators.Emitting;

/// <summary>
/// Writes the assembly-level metadata entries (see <see cref="ArtifactKeys"/>) that let the Asl build task
/// write <c>.asl.json</c> files and a SAM template from the compiled assembly without running it.
/// </summary>
internal static class ArtifactEmitter
{
    private const string Attribute = "[assembly: global::System.Reflection.AssemblyMetadata(";

    /// <summary>Appends the entries for one machine; they must precede any namespace or type declaration.</summary>
    public static void AppendAssemblyAttributes(StringBuilder code, MachineSpec spec)
    {
        if (spec.AslJson is null) return;
        var name = spec.Class.MachineName;
        Entry(code, ArtifactKeys.Machine, name);
        Entry(code, ArtifactKeys.TypePrefix + name, spec.Class.MachineType);
        foreach (var substitution in spec.Substitutions)
        {
            var parts = new[] { substitution.Name, substitution.Kind, substitution.Target }.Concat(substitution.Patterns);
            Entry(code, ArtifactKeys.SubstitutionPrefix + name, string.Join(" ", parts));
        }
        Entry(code, ArtifactKeys.PermissionsPrefix + name, DeploymentMetadata.Write(spec.Permissions));
        if (spec.Class.Settings != DeploymentSettings.Default) Entry(code, ArtifactKeys.SettingsPrefix + name, DeploymentMetadata.Write(spec.Class.Settings));
        if (spec.Diagram is { } diagram) Entry(code, ArtifactKeys.DiagramPrefix + name, diagram);
        code.Append(Attribute).Append(Literal(ArtifactKeys.DefinitionPrefix + name)).Append(", ")
            .Append("@\"").Append(spec.AslJson.Replace("\r\n", "\n").Replace("\"", "\"\"")).AppendLine("\")]");
        code.AppendLine();
    }

    private static void Entry(StringBuilder code, string key, string value) =>
        code.Append(Attribute).Append(Literal(key)).Append(", ").Append(Literal(value)).AppendLine(")]");

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
