using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Asl.Generators.Diagnostics;

/// <summary>
/// Where the diagnostics' help pages are: the build property <c>AslHelpLinkBase</c> (the Asl.Dsl package sets it to the
/// docs folder it ships, so every link resolves on the user's machine), else the repository's docs.
/// </summary>
internal static class HelpLinks
{
    public const string PropertyName = "build_property.AslHelpLinkBase";

    public static string? BaseFrom(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(PropertyName, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The descriptor with its help link under <paramref name="docsBase"/>.</summary>
    public static DiagnosticDescriptor Rebased(DiagnosticDescriptor descriptor, string? docsBase) =>
        docsBase is null
            ? descriptor
            : new DiagnosticDescriptor(descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault, descriptor.Description, Asl.Diagnostics.AslRules.RebaseHelpLink(descriptor.HelpLinkUri, docsBase),
                System.Linq.Enumerable.ToArray(descriptor.CustomTags));
}
