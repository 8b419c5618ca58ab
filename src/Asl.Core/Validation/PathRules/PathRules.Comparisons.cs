using System.Globalization;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;
using Asl.Paths;

namespace Asl.Validation;

// The operand of each comparison: a path for the *Path operators (E36, L08, F11), otherwise a literal of the
// operator's family (M01–M05), and a well-formed StringMatches pattern (E37). ${Placeholder}s stand for any value.
internal sealed partial class PathRules
{
    private static void CheckComparison(ValidationContext context, Comparison comparison, LazyPointer pointer)
    {
        var op = comparison.Operator;
        var name = ComparisonOperators.Name(op);
        var operand = comparison.Operand;
        if (Values.IsPlaceholder(operand)) return;

        if (ComparisonOperators.TakesPath(op))
        {
            CheckComparisonPath(context, op, operand, pointer);
            return;
        }

        switch (ComparisonOperators.Family(op))
        {
            case ComparisonFamily.String when operand is AslJsonString pattern:
                if (op == ComparisonOperator.StringMatches) CheckStringMatchesPattern(context, pattern.Value, pointer);
                break;
            case ComparisonFamily.String:
                var orPath = ComparisonOperators.HasPathForm(op) ? $", or use \"{name}Path\" to compare with a value read from a path" : "";
                var quoted = operand is AslJsonNumber or AslJsonBool ? $"Put the value in quotes (\"{Raw(operand)}\"){orPath}." : $"Use a string{orPath}.";
                context.Report(AslRules.StringOperandExpected, pointer, name, JsonText.Describe(operand), quoted);
                break;
            case ComparisonFamily.Numeric when operand is not AslJsonNumber:
                context.Report(AslRules.NumericOperandExpected, pointer, name, JsonText.Describe(operand), NumericHint(name, operand));
                break;
            case ComparisonFamily.Boolean when operand is not AslJsonBool:
                context.Report(AslRules.BooleanOperandExpected, pointer, name, JsonText.Describe(operand), BooleanHint(name, operand));
                break;
            case ComparisonFamily.Timestamp:
                CheckTimestampOperand(context, name, operand, pointer);
                break;
            case ComparisonFamily.TypeTest when operand is not AslJsonBool:
                context.Report(AslRules.TypeTestOperandExpected, pointer, name, JsonText.Describe(operand));
                break;
        }
    }

    private static void CheckComparisonPath(ValidationContext context, ComparisonOperator op, AslJson operand, LazyPointer pointer)
    {
        var name = ComparisonOperators.Name(op);
        var literal = ComparisonOperators.LiteralForm(op);
        if (operand is not AslJsonString text)
        {
            context.Report(AslRules.InvalidComparisonPath, pointer, name, "is " + JsonText.Describe(operand), literal);
            return;
        }
        if (PayloadExpressions.Classify(text.Value) == PayloadExpressionKind.IntrinsicCall)
        {
            context.Report(AslRules.IntrinsicNotAllowedHere, pointer, name, CallName(text.Value));
            return;
        }
        if (PlainPath.IsPlainInputPath(text.Value)) return;
        var parsed = context.Parsed.Path(text.Value);
        if (parsed.Success)
            CheckMapContext(context, name, parsed.Path, pointer, allowed: false);
        else if (!ReportedAsUnquotedFilterWord(context, name, text.Value, parsed.Error, parsed.ErrorOffset, pointer))
            context.Report(AslRules.InvalidComparisonPath, pointer, name,
                "is not a valid path " + ParseErrorText.Describe(text.Value, parsed.Error, parsed.ErrorOffset), literal);
    }

    private static void CheckTimestampOperand(ValidationContext context, string name, AslJson operand, LazyPointer pointer)
    {
        string? problem;
        if (operand is AslJsonString text)
        {
            if (Rfc3339.Problem(text.Value) is not { } clause) return;
            problem = JsonText.Quote(text.Value) + " is not one: " + clause;
        }
        else
        {
            problem = "it is " + JsonText.Describe(operand);
        }
        var hint = operand is AslJsonString s && PathFacts.IsPath(PathFacts.EvaluableKind(s.Value))
            ? $"Use \"{name}Path\" to compare with the timestamp at {s.Value}."
            : "Write the date and time with an upper-case \"T\", ending in \"Z\" or an offset such as \"+02:00\".";
        context.Report(AslRules.TimestampOperandExpected, pointer, name, problem, hint);
    }

    private static string NumericHint(string name, AslJson operand)
    {
        if (operand is AslJsonString text)
        {
            if (double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                return $"Write the number without quotes: {text.Value.Trim()}.";
            if (PathFacts.IsPath(PathFacts.EvaluableKind(text.Value)))
                return $"Use \"{name}Path\" to compare with the number at {text.Value}.";
        }
        return $"Use a number such as 42, or \"{name}Path\" to compare with a value read from a path.";
    }

    private static string BooleanHint(string name, AslJson operand)
    {
        if (operand is AslJsonString text)
        {
            var lower = text.Value.Trim().ToLowerInvariant();
            if (lower is "true" or "false") return $"Write {lower} without quotes.";
            if (PathFacts.IsPath(PathFacts.EvaluableKind(text.Value)))
                return $"Use \"{name}Path\" to compare with the boolean at {text.Value}.";
        }
        return $"Use true or false, or \"{name}Path\" to compare with a value read from a path.";
    }

    private static string Raw(AslJson value) => value switch
    {
        AslJsonNumber number => number.Raw,
        AslJsonBool boolean => boolean.Value ? "true" : "false",
        _ => "",
    };

    /// <summary>E37: in a StringMatches pattern a backslash must escape '*' or '\'.</summary>
    private static void CheckStringMatchesPattern(ValidationContext context, string pattern, LazyPointer pointer)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '\\') continue;
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (i + 1 == pattern.Length)
            {
                context.Report(AslRules.InvalidStringMatchesPattern, pointer, pattern,
                    $"ends with a backslash that escapes nothing (character {position}); write \\\\ for a literal backslash");
                return;
            }
            var escaped = pattern[i + 1];
            if (escaped is not ('*' or '\\'))
            {
                context.Report(AslRules.InvalidStringMatchesPattern, pointer, pattern,
                    $"has \\{escaped} at character {position}, which is not an escape; write \\\\ for a literal backslash");
                return;
            }
            i++;
        }
    }
}
