using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Asl.Collections;
using Asl.Generators.DefinitionFiles;
using Asl.Generators.Diagnostics;
using Asl.Generators.Evaluation;
using Asl.Generators.Model;
using Asl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Asl.Generators.Parsing;

/// <summary>
/// The attribute transform: turns one [StateMachine] class into an <see cref="EvaluatedMachine"/> by evaluating
/// Define() with the semantic model. Only what needs the compilation happens here, because Roslyn runs this again on
/// every compilation change; validating and writing the model is <see cref="MachineValidator"/>'s, in a later step
/// that is skipped when the evaluated model is equal. Never throws.
/// </summary>
internal static class MachineParser
{
    public static EvaluatedMachine Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        var diagnostics = new List<DiagnosticInfo>();
        var at = LocationInfo.From(declaration.Identifier.GetLocation());
        StateMachine? machine = null;
        var origins = EquatableArray<OriginInfo>.Empty;
        var children = EquatableArray<ChildClass>.Empty;
        DefinitionFileReference? definitionFile = null;
        try
        {
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotPartial, at, type.Name));
            definitionFile = DefinitionFileReferences.Read(type, declaration, context.Attributes[0], diagnostics, cancellation);
            // A class described by a definition file has nothing to evaluate; its file is attached in a later step.
            if (definitionFile is null)
            {
                var (evaluated, found, started) = Evaluate(context, type, declaration, ReadAttribute(context.Attributes[0]), diagnostics, cancellation);
                machine = evaluated;
                children = started;
                origins = found
                    .Select(o => (o.Key, Origin: o.Value as SourceOrigin))
                    .Where(o => o.Origin?.Location is not null)
                    .OrderBy(o => o.Key, StringComparer.Ordinal)
                    .Select(o => new OriginInfo(o.Key, o.Origin!.Location!, o.Origin.Method))
                    .ToEquatableArray();
            }
        }
        catch (EvaluationException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (Evaluator.InvalidCodeException)
        {
            // The compiler reports why the code does not compile; a diagnostic of ours would only repeat it.
        }
        catch (Evaluator.StackDepthException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EvaluationLimit, at, $"Evaluating {type.Name}.Define() nests deeper than the compiler's stack allows",
                "a recursion may never end, or expressions nest too deeply; split the workflow into helper methods"));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, at, type.Name, e.GetType().Name + ": " + e.Message));
        }

        var settings = (Settings: Deployment.DeploymentSettings.Default, Origins: EquatableArray<OriginInfo>.Empty);
        try
        {
            settings = DeploymentSettingsReader.Read(type, context.Attributes[0], cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, at, type.Name, e.GetType().Name + ": " + e.Message));
        }
        var machineClass = new MachineClass(
            type.Name,
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            SyntaxFacts.GetText(type.DeclaredAccessibility),
            ContainingTypes(type),
            MachineNames.NameOf(type),
            ReadMachineType(context.Attributes[0]),
            MachineNames.InputTypeOf(type)?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            MachineNames.OutputTypeOf(type)?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            at,
            settings.Settings,
            settings.Origins,
            declaration.Modifiers.Any(SyntaxKind.PartialKeyword),
            ReadJsonNaming(context.Attributes[0]));
        return new EvaluatedMachine(machineClass, machine, origins, diagnostics.ToEquatableArray(), children, definitionFile);
    }

    private static (StateMachine Machine, IReadOnlyDictionary<string, object> Origins, EquatableArray<ChildClass> Children) Evaluate(
        GeneratorAttributeSyntaxContext context, INamedTypeSymbol type, ClassDeclarationSyntax declaration, StateMachineAttribute attribute,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var define = type.GetMembers("Define").OfType<IMethodSymbol>().FirstOrDefault();
        var at = LocationInfo.From(declaration.Identifier.GetLocation());
        if (define is null)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"'{type.Name}' has no Define() method"));
        var syntax = define.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellation) as MethodDeclarationSyntax;
        at = syntax is null ? at : LocationInfo.From(syntax.Identifier.GetLocation());
        if (!define.IsStatic || define.Parameters.Length != 0 || define.ReturnType.ToDisplayString() != "Asl.Workflow" || syntax is null)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"'{type.Name}.Define' must be static, take no parameters and return Asl.Workflow"));
        if (syntax.Body is null && syntax.ExpressionBody is null)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"'{type.Name}.Define' has no body"));

        var model = EvaluationModels.For(context.SemanticModel.Compilation, syntax.SyntaxTree);
        if (model.GetOperation(syntax, cancellation) is not IMethodBodyOperation body) throw new Evaluator.InvalidCodeException();
        var evaluator = new Evaluator(context.SemanticModel.Compilation, model, define, cancellation);
        if (evaluator.Run(body) is not Workflow workflow)
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedDefine, at, $"'{type.Name}.Define' returns null instead of a workflow"));
        if (MachineNames.InputTypeOf(type) is { } input) workflow.InputType = evaluator.Named(input);
        workflow.Types = evaluator.Types;
        StateMachine machine;
        IReadOnlyDictionary<string, object> origins;
        try
        {
            machine = workflow.BuildWithOrigins(attribute, out origins);
        }
        catch (WorkflowDefinitionException e)
        {
            // Building writes each payload for its state's query language; a value that has no form there is reported where it was given.
            throw new EvaluationException(DiagnosticInfo.Create(DiagnosticDescriptors.ForRejection(e.Code), (e.Origin as SourceOrigin)?.Location ?? at, e.Message));
        }
        if (MachineNames.OutputTypeOf(type) is { } output)
        {
            using var naming = DataNaming.Use(attribute.JsonNaming);
            diagnostics.AddRange(OutputCheck.Check(workflow.Outputs, evaluator, output, context.SemanticModel.Compilation, at).ToList());
        }
        var children = evaluator.Children.Values
            .Select(c => new ChildClass(c.MachineName, c.ChildType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)))
            .Distinct()
            .OrderBy(c => c.MachineName, StringComparer.Ordinal)
            .ToEquatableArray();
        return (machine, origins, children);
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
                case "JsonNaming" when argument.Value.Value is int naming: result.JsonNaming = (JsonNaming)naming; break;
            }
        }
        return result;
    }

    private static string? ReadJsonNaming(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "JsonNaming").Value.Value is int naming && naming != 0 && System.Enum.IsDefined(typeof(JsonNaming), naming)
            ? ((JsonNaming)naming).ToString() : null;

    private static string ReadMachineType(AttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == "Type").Value.Value is int kind && kind == 1 ? "EXPRESS" : "STANDARD";

    private static EquatableArray<string> ContainingTypes(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) names.Insert(0, outer.Name);
        return names.ToEquatableArray();
    }
}
