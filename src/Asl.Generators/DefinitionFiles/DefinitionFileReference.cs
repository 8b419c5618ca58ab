using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.DefinitionFiles;

/// <summary>Reads <c>[StateMachine(DefinitionFile = ...)]</c> from a class, and what a class so described may not also declare.</summary>
internal static class DefinitionFileReferences
{
    private const string Property = "DefinitionFile";

    /// <summary>Attribute settings that the definition file itself holds.</summary>
    private static readonly string[] InFile = { "Comment", "TimeoutSeconds", "QueryLanguage" };

    /// <summary>The class's definition file, or null when it has none (it is defined by Define()).</summary>
    public static DefinitionFileReference? Read(INamedTypeSymbol type, ClassDeclarationSyntax declaration, AttributeData attribute,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        if (attribute.NamedArguments.FirstOrDefault(a => a.Key == Property).Value.Value is not string path) return null;
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellation) as AttributeSyntax;
        var arguments = syntax?.ArgumentList?.Arguments ?? default;
        LocationInfo? ArgumentLocation(string name) =>
            arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name) is { } argument ? LocationInfo.From(argument) : LocationInfo.From(declaration.Identifier.GetLocation());

        var at = ArgumentLocation(Property);
        if (type.GetMembers("Define").FirstOrDefault() is { } define)
        {
            var defineAt = define.Locations.FirstOrDefault() is { IsInSource: true } location ? LocationInfo.From(location) : at;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DefinitionFileConflict, defineAt,
                $"'{type.Name}' takes its definition from '{path}' and also declares Define(); remove Define(), or remove DefinitionFile to define the machine in C#"));
        }
        foreach (var setting in InFile)
        {
            if (attribute.NamedArguments.All(a => a.Key != setting)) continue;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DefinitionFileConflict, ArgumentLocation(setting),
                $"{setting} comes from the definition file '{path}'; remove it from [StateMachine] and set \"{setting}\" in the file"));
        }
        var source = declaration.SyntaxTree.FilePath;
        var folder = source.Length == 0 ? "" : source.Substring(0, System.Math.Max(0, source.Replace('\\', '/').LastIndexOf('/')));
        return new DefinitionFileReference(path, folder, at);
    }
}
