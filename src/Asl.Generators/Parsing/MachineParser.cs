using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Model;
using Asl.Validation;
using Asl.Writing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asl.Generators.Parsing;

/// <summary>
/// Turns one [StateMachine] class into a <see cref="MachineSpec"/>: evaluates Define(), validates the model,
/// maps every finding onto the C# syntax that produced it, and writes the ASL JSON. Never throws.
/// </summary>
internal static class MachineParser
{
    public static MachineSpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        var diagnostics = new List<DiagnosticInfo>();
        var name = MachineNames.NameOf(type);
        var machineType = ReadMachineType(context.Attributes[0]);
        string? json = null;
        var substitutions = EquatableArray<SubstitutionSpec>.Empty;
        try
        {
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotPartial, LocationInfo.From(declaration.Identifier.GetLocation()), type.Name));
            var (machine, origins) = Evaluate(context, type, declaration, ReadAttribute(context.Attributes[0]), cancellation);
            var fallback = LocationInfo.From(declaration.Identifier.GetLocation());
            UsageChecks.Run(machine, name, machineType, origins, fallback, diagnostics);
            foreach (var finding in AslValidator.Validate(machine, new ValidationOptions { MachineType = machineType }))
            {
                if (finding.RuleId == "E20") continue; // reported as ASL0006 by the usage checks
                diagnostics.Add(FromFinding(finding, Locate(finding.Pointer, origins) ?? fallback));
            }
            json = AslWriter.Write(machine);
            substitutions = Substitutions.Of(machine);
        }
        catch (EvaluationException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.From(declaration.Identifier.GetLocation()), type.Name, e.GetType().Name + ": " + e.Message));
        }

        return new MachineSpec(
            type.Name,
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            SyntaxFacts.GetText(type.DeclaredAccessibility),
            ContainingTypes(type),
            name,
            machineType,
            MachineNames.InputTypeOf(type)?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            MachineNames.OutputTypeOf(type)?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            json,
            substitutions,
            diagnostics.ToEquatableArray(),
            LocationInfo.From(declaration.Identifier.GetLocation()));
    }

    private static (StateMachine Machine, IReadOnlyDictionary<string, object> Origins) Evaluate(
        GeneratorAttributeSyntaxContext context, INamedTypeSymbol type, ClassDeclarationSyntax declaration, StateMachineAttribute attribute,
        CancellationToken cancellation)
    {
        var define = type.GetMembers("Define").OfType<IMethodSymbol>().FirstOrDefault();
        var at = LocationInfo.From(declaration.Identifier.GetLocation());
        if (define is null)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"'{type.Name}' has no Define() method"));
        var syntax = define.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellation) as MethodDeclarationSyntax;
        at = syntax is null ? at : LocationInfo.From(syntax.Identifier.GetLocation());
        if (!define.IsStatic || define.Parameters.Length != 0 || define.ReturnType.ToDisplayString() != "Asl.Workflow" || syntax is null)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"'{type.Name}.Define' must be static, take no parameters and return Asl.Workflow"));
        var body = syntax.ExpressionBody?.Expression
            ?? (syntax.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null)
            ?? throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"The body of '{type.Name}.Define' must be one expression or one return statement"));

        var model = syntax.SyntaxTree == context.SemanticModel.SyntaxTree ? context.SemanticModel : context.SemanticModel.Compilation.GetSemanticModel(syntax.SyntaxTree);
        var evaluator = new DefineEvaluator(model, cancellation);
        if (evaluator.Evaluate(body) is not Workflow workflow)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, LocationInfo.From(body), $"'{type.Name}.Define' does not return a workflow"));
        var machine = workflow.BuildWithOrigins(attribute, out var origins);
        return (machine, origins);
    }

    /// <summary>The attribute as the builder sees it at run time (reflection gives the same values there).</summary>
    private static StateMachineAttribute ReadAttribute(AttributeData attribute)
    {
        var result = new StateMachineAttribute();
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Name": result.Name = argument.Value.Value as string; break;
                case "Comment": result.Comment = argument.Value.Value as string; break;
                case "TimeoutSeconds" when argument.Value.Value is int timeout: result.TimeoutSeconds = timeout; break;
                case "QueryLanguage" when argument.Value.Value is int language: result.QueryLanguage = (QueryLanguage)language; break;
                case "Type" when argument.Value.Value is int type: result.Type = (StateMachineType)type; break;
            }
        }
        return result;
    }

    private static string ReadMachineType(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Type").Value.Value is int kind && kind == 1 ? "EXPRESS" : "STANDARD";

    /// <summary>The origin recorded for the pointer, else for its nearest ancestor.</summary>
    internal static LocationInfo? Locate(string pointer, IReadOnlyDictionary<string, object> origins)
    {
        for (var current = pointer; ; current = current.Substring(0, current.LastIndexOf('/')))
        {
            if (origins.TryGetValue(current, out var origin) && origin is LocationInfo location) return location;
            if (current.Length == 0) return null;
        }
    }

    private static DiagnosticInfo FromFinding(AslDiagnostic finding, LocationInfo? location) => new(
        finding.Code,
        AslRules.Find(finding.Code)?.Title ?? finding.Code,
        finding.Message,
        finding.Severity switch
        {
            AslSeverity.Error => DiagnosticSeverity.Error,
            AslSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        AslRules.Find(finding.Code)?.HelpLink ?? "",
        location);

    private static EquatableArray<string> ContainingTypes(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) names.Insert(0, outer.Name);
        return names.ToEquatableArray();
    }
}
