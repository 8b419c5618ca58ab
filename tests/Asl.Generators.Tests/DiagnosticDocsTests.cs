extern alias generator;

using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Descriptors = generator::Asl.Generators.Diagnostics.DiagnosticDescriptors;

namespace Asl.Generators.Tests;

public class DiagnosticDocsTests
{
    private static IEnumerable<DiagnosticDescriptor> All() => typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static string DocsFolder([CallerFilePath] string caller = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", "docs", "diagnostics"));

    [Fact]
    public void Every_usage_diagnostic_has_a_unique_stable_id_and_a_docs_page_its_help_link_opens()
    {
        var descriptors = All().ToList();

        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in descriptors)
        {
            Assert.Matches("^ASL0[0-9]{3}$", descriptor.Id);
            Assert.EndsWith("/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(DocsFolder(), descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id} has no page at {page}");
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, File.ReadAllText(page));
        }
    }
}
