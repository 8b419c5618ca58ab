using System.Collections.Immutable;
using System.Linq;
using Asl.Generators.DefinitionFiles;
using Asl.Generators.Diagnostics;
using Asl.Generators.Emitting;
using Asl.Generators.Model;
using Asl.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators;

/// <summary>
/// Finds every [StateMachine] class, evaluates its Define() into the ASL model, validates it, reports findings
/// on the C# that caused them, and emits the definition, name, substitutions and input/output types.
/// Pipeline: attribute → <see cref="EvaluatedMachine"/> (the transform, which needs the compilation) →
/// <see cref="MachineSpec"/> (validated and written, plain data only) → source + diagnostics. Roslyn runs the
/// transform on every compilation change; everything after it is skipped while the evaluated model is equal.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StateMachineGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var machines = context.SyntaxProvider
            .ForAttributeWithMetadataName(MachineNames.AttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellation) => MachineParser.Parse(syntax, cancellation))
            .WithTrackingName(TrackingNames.Machines);

        // Definition files: each read on its own, so that an edit re-reads only that file.
        var definitionFiles = context.AdditionalTextsProvider
            .Where(static file => DefinitionFileReader.IsCandidate(file))
            .Select(static (file, cancellation) => DefinitionFileReader.Read(file, cancellation))
            .WithTrackingName(TrackingNames.DefinitionFiles)
            .Collect()
            .WithTrackingName(TrackingNames.AllDefinitionFiles);

        var projectFolder = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var folder) ? folder : null)
            .WithTrackingName(TrackingNames.ProjectFolder);

        var described = machines
            .Combine(definitionFiles.Combine(projectFolder))
            .Select(static (pair, _) => DefinitionFileAttacher.Attach(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.Described);

        var specs = described
            .Select(static (machine, cancellation) => MachineValidator.Validate(machine, cancellation))
            .WithTrackingName(TrackingNames.Specs);

        var docsBase = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => HelpLinks.BaseFrom(options.GlobalOptions))
            .WithTrackingName(TrackingNames.DocsBase);

        context.RegisterSourceOutput(specs, static (output, spec) =>
        {
            // Emitted even when Define() has errors (with an empty definition), so that code using the generated members
            // and the typed client still binds and the only errors shown are the real ones.
            output.AddSource(HintName(spec.Class), MachineEmitter.Emit(spec));
        });

        // Findings are reported apart from the sources, against the compilation's syntax trees: the compiler applies
        // the [*.cs] sections of an .editorconfig only to diagnostics located in a tree, not at a bare file position.
        // This step re-runs on every edit, but it only maps the (usually few) findings to their trees.
        var findings = specs
            .Select(static (spec, _) => spec.Diagnostics)
            .WithTrackingName(TrackingNames.Findings)
            .Collect()
            .WithTrackingName(TrackingNames.AllFindings);

        context.RegisterSourceOutput(findings.Combine(docsBase).Combine(context.CompilationProvider), static (output, input) =>
        {
            var ((all, docs), compilation) = input;
            var trees = new SourceTrees(compilation);
            foreach (var diagnostics in all)
                foreach (var diagnostic in diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic(docs, trees));
        });

        var names = machines
            .Select(static (machine, _) => new MachineName(machine.Class.MachineName,
                (machine.Class.Namespace is null ? "" : machine.Class.Namespace + ".") + machine.Class.ClassName, machine.Class.NameLocation))
            .WithTrackingName(TrackingNames.Names)
            .Collect()
            .WithTrackingName(TrackingNames.AllNames);

        context.RegisterSourceOutput(names.Combine(docsBase).Combine(context.CompilationProvider),
            static (output, input) => ReportDuplicateNames(output, input.Left.Left, input.Left.Right, new SourceTrees(input.Right)));
    }

    private static void ReportDuplicateNames(SourceProductionContext output, ImmutableArray<MachineName> all, string? docsBase, SourceTrees trees)
    {
        foreach (var group in all.GroupBy(n => n.Name).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(n => n.ClassName, System.StringComparer.Ordinal).First();
            foreach (var other in group.Where(n => !ReferenceEquals(n, first)))
                output.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMachineName, other.Location, other.Name, first.ClassName).ToDiagnostic(docsBase, trees));
        }
    }

    private static string HintName(MachineClass machine) =>
        string.Join(".", new[] { machine.Namespace }.Concat(machine.ContainingTypes).Append(machine.ClassName).Where(p => p is not null)) + ".Asl.g.cs";

    private sealed record MachineName(string Name, string ClassName, LocationInfo? Location);
}

/// <summary>Tracking names of the generator's pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>[StateMachine] classes with their Define() evaluated (the attribute transform).</summary>
    public const string Machines = nameof(Machines);

    /// <summary>Each <c>.json</c> AdditionalFiles item, read as a definition file.</summary>
    public const string DefinitionFiles = nameof(DefinitionFiles);

    /// <summary>All definition files together, for the classes that name one.</summary>
    public const string AllDefinitionFiles = nameof(AllDefinitionFiles);

    /// <summary>The project folder (build property ProjectDir), which DefinitionFile paths are relative to.</summary>
    public const string ProjectFolder = nameof(ProjectFolder);

    /// <summary>Each evaluated machine with its definition file attached (unchanged when it has Define()).</summary>
    public const string Described = nameof(Described);

    /// <summary>Each evaluated machine validated and written: what the emitter reads.</summary>
    public const string Specs = nameof(Specs);

    /// <summary>The machine name of each spec.</summary>
    public const string Names = nameof(Names);

    /// <summary>All machine names together, for the duplicate check.</summary>
    public const string AllNames = nameof(AllNames);

    /// <summary>Where the help links point (the build property AslHelpLinkBase).</summary>
    public const string DocsBase = nameof(DocsBase);

    /// <summary>The findings of each spec.</summary>
    public const string Findings = nameof(Findings);

    /// <summary>All findings together, reported against the compilation's syntax trees.</summary>
    public const string AllFindings = nameof(AllFindings);
}
