using System.Linq;
using Asl.Diagnostics;
using Asl.Paths;

namespace Asl.Validation;

// Intrinsic function calls: known names (L01), arity (L02), argument checks (L03–L05), nesting (L06), and
// $$.Map reads in path arguments (F11). Syntax (L07) is reported where the call is parsed.
internal sealed partial class PathRules
{
    /// <summary>The deepest nesting of calls AWS evaluates in one field.</summary>
    private const int MaxIntrinsicDepth = 10;

    private static void CheckCall(ValidationContext context, string field, IntrinsicCall call, LazyPointer pointer, bool allowMapContext)
    {
        var depth = call.Depth;
        if (depth > MaxIntrinsicDepth) context.Report(AslRules.IntrinsicNestingTooDeep, pointer, field, depth);
        CheckCallAndArguments(context, field, call, pointer, allowMapContext);
    }

    private static void CheckCallAndArguments(ValidationContext context, string field, IntrinsicCall call, LazyPointer pointer, bool allowMapContext)
    {
        if (call.Function is not { } function)
        {
            context.Report(AslRules.UnknownIntrinsicFunction, pointer, field, call.Name, SuggestFunction(call.Name));
        }
        else if (!function.AcceptsArgumentCount(call.Arguments.Count))
        {
            context.Report(AslRules.IntrinsicArgumentCount, pointer, field, function.Name,
                JsonText.Count(call.Arguments.Count, "argument", "arguments"), ArityWords(function));
        }
        else
        {
            CheckArguments(context, field, function, call, pointer);
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is IntrinsicCall nested) CheckCallAndArguments(context, field, nested, pointer, allowMapContext);
            else if (argument is IntrinsicPath path) CheckMapContext(context, field, path.Path, pointer, allowMapContext);
        }
    }

    /// <summary>"exactly 1 argument", "2 or 3 arguments", "at least 1 argument", "no arguments".</summary>
    private static string ArityWords(IntrinsicFunctionInfo function)
    {
        if (function.MaxArguments == 0) return "no arguments";
        var noun = function.MinArguments == 1 && function.MaxArguments is null or 1 ? "argument" : "arguments";
        return function.ArityText + " " + noun;
    }

    /// <summary>A hint for an unknown name: a near match, or the list of functions.</summary>
    private static string SuggestFunction(string name)
    {
        var match = IntrinsicFunctions.All.FirstOrDefault(f => string.Equals(f.Name, name, System.StringComparison.OrdinalIgnoreCase))
            ?? IntrinsicFunctions.All.FirstOrDefault(f => string.Equals(f.Name, "States." + name, System.StringComparison.OrdinalIgnoreCase))
            ?? IntrinsicFunctions.All
                .Select(f => (Function: f, Distance: NameSuggestions.EditDistance(f.Name.ToUpperInvariant(), name.ToUpperInvariant())))
                .Where(c => c.Distance <= 2)
                .OrderBy(c => c.Distance)
                .Select(c => c.Function)
                .FirstOrDefault();
        return match is not null
            ? $"Did you mean {match.Name}? Names are case-sensitive."
            : "The intrinsic functions are " + string.Join(", ", IntrinsicFunctions.All.Select(f => f.Name)) + ".";
    }
}
