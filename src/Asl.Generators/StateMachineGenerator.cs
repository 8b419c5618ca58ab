using System.Collections.Immutable;
using System.Linq;
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
/// Pipeline: attribute → <see cref="MachineSpec"/> (plain equatable data) → source + diagnostics.
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

        context.RegisterSourceOutput(machines, static (output, spec) =>
        {
            foreach (var diagnostic in spec.Diagnostics) output.ReportDiagnostic(diagnostic.ToDiagnostic());
            if (spec.AslJson is not null)
                output.AddSource(HintName(spec), MachineEmitter.Emit(spec));
        });

        var names = machines
            .Select(static (spec, _) => new MachineName(spec.MachineName, (spec.Namespace is null ? "" : spec.Namespace + ".") + spec.ClassName, spec.NameLocation))
            .WithTrackingName(TrackingNames.Names)
            .Collect()
            .WithTrackingName(TrackingNames.AllNames);

        context.RegisterSourceOutput(names, static (output, all) => ReportDuplicateNames(output, all));
    }

    private static void ReportDuplicateNames(SourceProductionContext output, ImmutableArray<MachineName> all)
    {
        foreach (var group in all.GroupBy(n => n.Name).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(n => n.ClassName, System.StringComparer.Ordinal).First();
            foreach (var other in group.Where(n => !ReferenceEquals(n, first)))
                output.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMachineName, other.Location, other.Name, first.ClassName).ToDiagnostic());
        }
    }

    private static string HintName(MachineSpec spec) =>
        string.Join(".", new[] { spec.Namespace }.Concat(spec.ContainingTypes).Append(spec.ClassName).Where(p => p is not null)) + ".Asl.g.cs";

    private sealed record MachineName(string Name, string ClassName, LocationInfo? Location);
}

/// <summary>Tracking names of the generator's pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>[StateMachine] classes parsed into specs.</summary>
    public const string Machines = nameof(Machines);

    /// <summary>The machine name of each spec.</summary>
    public const string Names = nameof(Names);

    /// <summary>All machine names together, for the duplicate check.</summary>
    public const string AllNames = nameof(AllNames);
}
