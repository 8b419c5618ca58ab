using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Parsing;

/// <summary>
/// Semantic models for evaluating <c>Define()</c>. The evaluator asks for symbols, types and constants, never for
/// null-state, yet a default model runs the nullable flow analysis of a method body with its first binding: half
/// of the attribute transform's time, and that transform runs again for every workflow after every edit. So the
/// models come without nullable analysis where the compiler offers that option (it is marked experimental), and as
/// default models on a compiler without it.
/// </summary>
internal static class EvaluationModels
{
    private static volatile bool _optionMissing;

    /// <summary>A semantic model of <paramref name="tree"/> for evaluation.</summary>
    public static SemanticModel For(Compilation compilation, SyntaxTree tree)
    {
        if (!_optionMissing)
        {
            try
            {
                return WithoutNullableAnalysis(compilation, tree);
            }
            catch (Exception e) when (e is MissingMemberException or TypeLoadException)
            {
                _optionMissing = true;
            }
        }
        return compilation.GetSemanticModel(tree);
    }

    // Kept out of line, so that a compiler without the option fails this call (caught above), not its caller's JIT.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SemanticModel WithoutNullableAnalysis(Compilation compilation, SyntaxTree tree)
    {
#pragma warning disable RSEXPERIMENTAL001 // evaluation-only API, guarded by the fallback above
        return compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
    }
}
