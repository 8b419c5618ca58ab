using System.Globalization;
using Asl.Diagnostics;
using Asl.Json;
using Asl.Paths;

namespace Asl.Validation;

// Argument checks of known intrinsic functions whose arguments are literals (or calls of a known result kind):
// the States.Format template (L03), the States.JsonToString path (L04) and the literal limits of L05/N06.
internal sealed partial class PathRules
{
    private const int MaxArrayRangeItems = 1000;
    private const int MaxEncodedLength = 10_000;
    private const string MaxArrayRangeItemsText = "1,000";
    private const string MaxEncodedLengthText = "10,000";

    private static readonly string[] HashAlgorithms = { "MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512" };

    private static void CheckArguments(ValidationContext context, string field, IntrinsicFunctionInfo function, IntrinsicCall call, LazyPointer pointer)
    {
        var arguments = call.Arguments;
        void Invalid(int index, string rule) =>
            context.Report(AslRules.InvalidIntrinsicArgument, pointer, field, index + 1, function.Name, ArgumentText(arguments[index]), rule);

        switch (function.Name)
        {
            case IntrinsicFunctions.Format:
                CheckFormat(context, field, call, pointer);
                break;
            case IntrinsicFunctions.JsonToString:
                if (arguments[0] is not IntrinsicPath)
                    context.Report(AslRules.JsonToStringArgumentNotPath, pointer, field, ArgumentText(arguments[0]));
                break;
            case IntrinsicFunctions.ArrayPartition:
                if (IsNotInteger(arguments[1], out var chunk) || chunk is <= 0) Invalid(1, "the chunk size must be a positive integer");
                break;
            case IntrinsicFunctions.ArrayRange:
                CheckArrayRange(call, Invalid);
                break;
            case IntrinsicFunctions.ArrayGetItem:
                if (IsNotInteger(arguments[1], out var index) || index is < 0) Invalid(1, "the index must be a non-negative integer");
                break;
            case IntrinsicFunctions.Hash:
                if (IsTooLongString(arguments[0])) Invalid(0, $"the data to hash must be at most {MaxEncodedLengthText} characters");
                if (IsNotString(arguments[1], out var algorithm) || (algorithm is not null && System.Array.IndexOf(HashAlgorithms, algorithm) < 0))
                    Invalid(1, "the algorithm must be one of " + string.Join(", ", HashAlgorithms) + " (upper case)");
                break;
            case IntrinsicFunctions.Base64Encode:
            case IntrinsicFunctions.Base64Decode:
                if (IsTooLongString(arguments[0])) Invalid(0, $"the input must be at most {MaxEncodedLengthText} characters");
                else if (IsNotString(arguments[0], out _)) Invalid(0, "the input must be a string");
                break;
            case IntrinsicFunctions.MathAdd:
            case IntrinsicFunctions.MathRandom:
                // AWS rounds numbers with a fraction (recorded: MathAdd(1.49, 1.5) is 3), so any number will do.
                for (var i = 0; i < arguments.Count; i++)
                    if (IsNotNumber(arguments[i])) Invalid(i, "the arguments must be numbers");
                break;
            case IntrinsicFunctions.JsonMerge:
                if (arguments[2] is IntrinsicLiteral { Value: not AslJsonBool { Value: false } } or IntrinsicString
                    || (arguments[2] is IntrinsicCall { Function: { } merged } && merged.ResultKind is not
                        (IntrinsicResultKind.Boolean or IntrinsicResultKind.ArrayItem or IntrinsicResultKind.ParsedJson)))
                    Invalid(2, "Step Functions supports only the shallow merge, so it must be false");
                break;
        }
    }

    private static void CheckFormat(ValidationContext context, string field, IntrinsicCall call, LazyPointer pointer)
    {
        var values = call.Arguments.Count - 1;
        switch (call.Arguments[0])
        {
            case IntrinsicString template when template.PlaceholderCount != values:
                context.Report(AslRules.FormatPlaceholderCount, pointer, field,
                    JsonText.Count(template.PlaceholderCount, "{} placeholder", "{} placeholders"), JsonText.Count(values, "value", "values"));
                break;
            case IntrinsicLiteral literal:
                context.Report(AslRules.FormatTemplateNotString, pointer, field, ArgumentText(literal));
                break;
            case IntrinsicCall nested when nested.Function is { ResultKind: not (IntrinsicResultKind.String or IntrinsicResultKind.ArrayItem or IntrinsicResultKind.ParsedJson) }:
                context.Report(AslRules.FormatTemplateNotString, pointer, field, ArgumentText(nested));
                break;
        }
    }

    private static void CheckArrayRange(IntrinsicCall call, System.Action<int, string> invalid)
    {
        var bounds = new long?[3];
        for (var i = 0; i < 3; i++)
        {
            if (IsNotInteger(call.Arguments[i], out bounds[i])) invalid(i, "the start, end and step must be integers");
        }
        if (bounds[2] == 0) invalid(2, "the step must not be 0");
        if (bounds[0] is { } first && bounds[1] is { } last && bounds[2] is { } step and not 0)
        {
            // decimal, because the difference of two 64-bit bounds can overflow a long.
            var count = decimal.Truncate(((decimal)last - first) / step) + 1;
            if (count > MaxArrayRangeItems)
                invalid(1, $"the range would hold {count.ToString("N0", CultureInfo.InvariantCulture)} items and Step Functions allows at most {MaxArrayRangeItemsText}");
        }
    }

    /// <summary>True when the argument can never be a number (a literal of another kind, or a call that returns none).</summary>
    private static bool IsNotNumber(IntrinsicArgument argument) => argument switch
    {
        IntrinsicLiteral { Value: AslJsonNumber } => false,
        IntrinsicLiteral or IntrinsicString => true,
        IntrinsicCall { Function: { } function } => function.ResultKind is IntrinsicResultKind.String or IntrinsicResultKind.Boolean
            or IntrinsicResultKind.Array or IntrinsicResultKind.Object,
        _ => false,
    };

    /// <summary>
    /// True when the argument can never be an integer (a non-integer literal, or a call that returns no number).
    /// <paramref name="value"/> is the literal integer, or null when the argument is only known at run time.
    /// </summary>
    private static bool IsNotInteger(IntrinsicArgument argument, out long? value)
    {
        value = null;
        switch (argument)
        {
            case IntrinsicLiteral { Value: AslJsonNumber number }:
                if (!number.TryGetInt64(out var integer)) return true;
                value = integer;
                return false;
            case IntrinsicLiteral or IntrinsicString:
                return true;
            case IntrinsicCall { Function: { } function }:
                return function.ResultKind is IntrinsicResultKind.String or IntrinsicResultKind.Boolean
                    or IntrinsicResultKind.Array or IntrinsicResultKind.Object;
            default:
                return false;
        }
    }

    /// <summary>True when the argument can never be a string; <paramref name="text"/> is a literal string's value.</summary>
    private static bool IsNotString(IntrinsicArgument argument, out string? text)
    {
        text = (argument as IntrinsicString)?.Value;
        return argument switch
        {
            IntrinsicLiteral => true,
            IntrinsicCall { Function: { } function } => function.ResultKind is IntrinsicResultKind.Number or IntrinsicResultKind.Boolean
                or IntrinsicResultKind.Array or IntrinsicResultKind.Object,
            _ => false,
        };
    }

    private static bool IsTooLongString(IntrinsicArgument argument) => argument is IntrinsicString { Value.Length: > MaxEncodedLength };

    /// <summary>An argument for messages: <c>the string 'x'</c>, <c>the number 3</c>, <c>the path $.a</c>, <c>a call of States.UUID</c>.</summary>
    private static string ArgumentText(IntrinsicArgument argument) => argument switch
    {
        IntrinsicString text => "the string '" + (text.Value.Length > 40 ? text.Value.Substring(0, 40) + "…" : text.Value) + "'",
        IntrinsicLiteral literal => JsonText.Describe(literal.Value),
        IntrinsicPath path => "the path " + path.Path,
        IntrinsicCall call => "a call of " + call.Name,
        _ => "an argument",
    };
}
