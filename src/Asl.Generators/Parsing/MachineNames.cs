using System.Linq;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Parsing;

/// <summary>Reads what a [StateMachine] class declares: its name and its input and output types.</summary>
internal static class MachineNames
{
    public const string AttributeName = "Asl.StateMachineAttribute";

    public static AttributeData? AttributeOf(ITypeSymbol type) =>
        type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName);

    /// <summary>The machine's name: the attribute's Name, else the class name (as <c>StateMachineNames.Of</c> at run time).</summary>
    public static string NameOf(ITypeSymbol type)
    {
        var attribute = AttributeOf(type);
        var named = attribute?.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string;
        return string.IsNullOrEmpty(named) ? type.Name : named!;
    }

    public static ITypeSymbol? InputTypeOf(ITypeSymbol type) => MachineInterface(type)?.TypeArguments[0];

    public static ITypeSymbol? OutputTypeOf(ITypeSymbol type) => MachineInterface(type)?.TypeArguments[1];

    private static INamedTypeSymbol? MachineInterface(ITypeSymbol type) =>
        type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.ToDisplayString() == "Asl.IStateMachine<TInput, TOutput>");
}
