using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Asl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Asl.Generators.Analyzers;

/// <summary>
/// Checks methods marked <c>[LambdaFunction]</c> while the user types, so that a handler the deployed template
/// names can actually be called by Lambda's managed .NET runtime (ASL0011) and its name can be a template logical ID
/// and a placeholder used by one function only (ASL0012). A mistake here would otherwise surface only on AWS, as an
/// invocation error after deployment.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LambdaFunctionAnalyzer : DiagnosticAnalyzer
{
    private const string AttributeName = "Asl.LambdaFunctionAttribute";
    private const int MaxNameLength = 255;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LambdaHandlerSignature, DiagnosticDescriptors.LambdaFunctionName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(AttributeName) is not { } attributeType) return;
            var names = new ConcurrentDictionary<string, ConcurrentBag<(IMethodSymbol Method, Location Location)>>();
            var docsBase = HelpLinks.BaseFrom(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var signature = HelpLinks.Rebased(DiagnosticDescriptors.LambdaHandlerSignature, docsBase);
            var functionName = HelpLinks.Rebased(DiagnosticDescriptors.LambdaFunctionName, docsBase);
            start.RegisterSymbolAction(symbol => Analyze(symbol, attributeType, names, signature, functionName), SymbolKind.Method);
            start.RegisterCompilationEndAction(end => ReportDuplicates(end, names, functionName));
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attributeType,
        ConcurrentDictionary<string, ConcurrentBag<(IMethodSymbol, Location)>> names, DiagnosticDescriptor signature, DiagnosticDescriptor functionName)
    {
        var method = (IMethodSymbol)context.Symbol;
        var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
        if (attribute is null) return;
        var location = method.Locations.FirstOrDefault() ?? Location.None;

        if (SignatureProblem(method) is { } problem)
            context.ReportDiagnostic(Diagnostic.Create(signature, location, method.Name, problem));

        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name) return;
        var nameLocation = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax { ArgumentList.Arguments.Count: > 0 } syntax
            ? syntax.ArgumentList.Arguments[0].GetLocation()
            : location;
        if (NameProblem(name) is { } nameProblem)
            context.ReportDiagnostic(Diagnostic.Create(functionName, nameLocation, name, nameProblem));
        else
            names.GetOrAdd(name, _ => new ConcurrentBag<(IMethodSymbol, Location)>()).Add((method, nameLocation));
    }

    /// <summary>Why the runtime cannot call the method, or null when it can.</summary>
    private static string? SignatureProblem(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (method.DeclaredAccessibility != Accessibility.Public) return "is not public";
        if (method.IsGenericMethod) return "is generic";
        if (type.IsGenericType) return $"is declared in the generic type '{type.Name}'";
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.DeclaredAccessibility != Accessibility.Public) return $"is declared in '{t.Name}', which is not public";
        }
        if (method.Parameters.Length != 1 || !IsType(method.Parameters[0].Type, "System.IO", "Stream"))
            return "does not take exactly one System.IO.Stream parameter (no serializer is configured, so the event arrives as a stream)";
        if (!ReturnsCallable(method)) return $"returns {method.ReturnType.ToDisplayString()}";
        if (!method.IsStatic && (type.IsAbstract || type.IsStatic || !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public)))
            return $"is an instance method, but '{type.Name}' has no public parameterless constructor for the runtime to create it with";
        return null;
    }

    private static bool ReturnsCallable(IMethodSymbol method)
    {
        if (method.ReturnsVoid || IsType(method.ReturnType, "System.IO", "Stream")
            || (method.ReturnType is INamedTypeSymbol { IsGenericType: false } task && IsType(task, "System.Threading.Tasks", "Task")))
            return true;
        return method.ReturnType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && IsType(generic.ConstructedFrom, "System.Threading.Tasks", "Task") && IsType(generic.TypeArguments[0], "System.IO", "Stream");
    }

    private static bool IsType(ITypeSymbol type, string ns, string name) =>
        type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>Why the name cannot be a CloudFormation logical ID, or null when it can.</summary>
    private static string? NameProblem(string name)
    {
        const string fix = "; use 1 to 255 letters and digits: the name is the function's logical ID in the template and its placeholder in the definitions";
        if (name.Length == 0) return "is empty" + fix;
        if (name.Length > MaxNameLength) return $"is longer than {MaxNameLength} characters" + fix;
        foreach (var c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return $"contains '{c}'" + fix;
        }
        return null;
    }

    private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<(IMethodSymbol Method, Location Location)>> names,
        DiagnosticDescriptor functionName)
    {
        foreach (var entry in names)
        {
            if (entry.Value.Count < 2) continue;
            var uses = entry.Value.OrderBy(u => u.Method.ToDisplayString(), System.StringComparer.Ordinal).ToList();
            foreach (var use in uses)
            {
                var others = string.Join(", ", uses.Where(u => !SymbolEqualityComparer.Default.Equals(u.Method, use.Method))
                    .Select(u => u.Method.ContainingType.Name + "." + u.Method.Name));
                context.ReportDiagnostic(Diagnostic.Create(functionName, use.Location, entry.Key,
                    $"is also the name of {others}; give each function its own name, since the template declares one resource per name"));
            }
        }
    }
}
