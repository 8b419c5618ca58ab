using Asl.Collections;
using Asl.Deployment;
using Asl.Permissions;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Model;

/// <summary>A diagnostic as plain, equatable data, turned into a <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record DiagnosticInfo(string Id, string Title, string Message, DiagnosticSeverity Severity, string HelpLink, LocationInfo? Location)
{
    /// <param name="docsBase">Where the build says the docs are (<c>AslHelpLinkBase</c>), or null.</param>
    /// <param name="trees">The compilation's syntax trees, so a location in one of them is reported in the tree (where
    /// per-file .editorconfig severities apply), or null.</param>
    public Diagnostic ToDiagnostic(string? docsBase = null, SourceTrees? trees = null)
    {
        var category = Id.StartsWith("ASL09", System.StringComparison.Ordinal) ? "Asl.Deploy" : Id.StartsWith("ASL0", System.StringComparison.Ordinal) ? "Asl.Usage" : "Asl.Definition";
        var descriptor = new DiagnosticDescriptor(Id, Title, "{0}", category,
            Severity, isEnabledByDefault: true, helpLinkUri: Asl.Diagnostics.AslRules.RebaseHelpLink(HelpLink, docsBase));
        return Diagnostic.Create(descriptor, Location?.ToLocation(trees), Message);
    }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params object[] args) =>
        new(descriptor.Id, descriptor.Title.ToString(), string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(), args),
            descriptor.DefaultSeverity, descriptor.HelpLinkUri, location);
}

/// <summary>What the generator emits for one [StateMachine] class: the validated, written definition.</summary>
/// <param name="Class">The class the members are generated into.</param>
/// <param name="AslJson">The definition, or null when Define() could not be evaluated.</param>
/// <param name="Substitutions">The definition's placeholders.</param>
/// <param name="Permissions">What the machine's role must allow, for the deploy template.</param>
/// <param name="Diagnostics">Evaluation, usage, rule, setting and permission findings, each on the C# that caused it.</param>
internal sealed record MachineSpec(
    MachineClass Class,
    string? AslJson,
    EquatableArray<DefinitionPlaceholder> Substitutions,
    MachinePermissions Permissions,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<ChildClass> Children)
{
    /// <summary>The machine drawn as a Mermaid flowchart, for the build's <c>&lt;Name&gt;.md</c>; null without a definition.</summary>
    public string? Diagram { get; init; }
}
