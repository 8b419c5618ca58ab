using System.Linq;
using Asl.Diagnostics;
using Asl.Paths;

namespace Asl.Validation;

// Intrinsic function calls: known names (L01), arity (L02), argument checks (L03–L05), and $$.Map reads in path
// arguments (F11). Syntax (L07) and nesting (L06) are reported where the call is parsed: the parser stops at the
// first call nested deeper than AWS evaluates, so a parsed call is at most IntrinsicParser.MaxNesting deep.
internal sealed partial class PathRules
{
    /// <summary>Reports a call that did not parse: L06 when it nests too deeply, L07 otherwise.</summary>
    private static void ReportUnparsedCall(ValidationContext context, string field, string text, string error, int offset, bool nestingTooDeep, LazyPointer pointer)
    {
        var detail = ParseErrorText.Describe(text, error, offset);
        if (nestingTooDeep) context.Report(AslRules.IntrinsicNestingTooDeep, pointer, field, detail);
        else context.Report(AslRules.InvalidIntrinsicSyntax, pointer, field, detail);
    }

    /// <summary>Checks a parsed call and, recursively, the calls in its arguments (at most <see cref="IntrinsicParser.MaxNesting"/> levels).</summary>
    private static void CheckCall(ValidationContext context, string field, IntrinsicCall call, LazyPointer pointer, bool allowMapContext)
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
            if (argument is IntrinsicCall nested) CheckCall(context, field, nested, pointer, allowMapContext);
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
