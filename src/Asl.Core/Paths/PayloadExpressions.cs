using System.Diagnostics.CodeAnalysis;

namespace Asl.Paths;

/// <summary>What a string in a payload template (the value of a <c>key.$</c> field) holds.</summary>
public enum PayloadExpressionKind
{
    /// <summary>Neither a path nor an intrinsic call.</summary>
    None,
    /// <summary>A path on the input: <c>$</c>, <c>$.a</c>, <c>$['a']</c>.</summary>
    Path,
    /// <summary>A path on the Context Object: <c>$$</c>, <c>$$.Execution.Id</c>.</summary>
    ContextPath,
    /// <summary>A path on a variable: <c>$name</c>, <c>$name.field</c>.</summary>
    VariablePath,
    /// <summary>An intrinsic function call: <c>States.Format(...)</c>.</summary>
    IntrinsicCall,
}

/// <summary>
/// The outcome of <see cref="PayloadExpressions.Parse"/>: the kind of expression and its AST (a path or a call),
/// or an error and its 0-based offset.
/// </summary>
/// <param name="Kind">What the text looks like (from its first characters), also when parsing failed.</param>
/// <param name="Path">The path, for the three path kinds.</param>
/// <param name="Call">The call, for <see cref="PayloadExpressionKind.IntrinsicCall"/>.</param>
/// <param name="Error">What is wrong; null on success.</param>
/// <param name="ErrorOffset">Where the error is; -1 on success.</param>
public sealed record PayloadExpressionParseResult(PayloadExpressionKind Kind, JsonPath? Path, IntrinsicCall? Call, string? Error, int ErrorOffset)
{
    /// <summary>True when the text parsed.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>True when an intrinsic call is nested deeper than <see cref="IntrinsicParser.MaxNesting"/> (see <see cref="IntrinsicParseResult.NestingTooDeep"/>).</summary>
    public bool NestingTooDeep { get; init; }
}

/// <summary>Classifies and parses the string values of <c>.$</c> fields in payload templates.</summary>
public static class PayloadExpressions
{
    /// <summary>
    /// What <paramref name="value"/> looks like, from its first characters only: <c>$$</c> a context path,
    /// <c>$</c> and a letter a variable path, any other <c>$</c> an input path, a name followed by <c>(</c> an
    /// intrinsic call (so does any text starting with <c>States.</c>); anything else
    /// <see cref="PayloadExpressionKind.None"/>. Use <see cref="Parse"/> to check the rest.
    /// </summary>
    public static PayloadExpressionKind Classify(string? value)
    {
        if (value is null || value.Length == 0) return PayloadExpressionKind.None;
        if (value[0] == '$')
        {
            if (value.Length > 1 && value[1] == '$') return PayloadExpressionKind.ContextPath;
            if (value.Length > 1 && SyntaxCursor.IsIdentifierStart(value[1])) return PayloadExpressionKind.VariablePath;
            return PayloadExpressionKind.Path;
        }
        if (value.StartsWith("States.", System.StringComparison.Ordinal)) return PayloadExpressionKind.IntrinsicCall;
        if (!IntrinsicParser.IsNameStart(value[0])) return PayloadExpressionKind.None;
        var i = 1;
        while (i < value.Length && IntrinsicParser.IsNameChar(value[i])) i++;
        return i < value.Length && value[i] == '(' ? PayloadExpressionKind.IntrinsicCall : PayloadExpressionKind.None;
    }

    /// <summary>Classifies <paramref name="value"/> and parses it as a path or an intrinsic call.</summary>
    public static PayloadExpressionParseResult Parse(string value)
    {
        var kind = Classify(value);
        switch (kind)
        {
            case PayloadExpressionKind.IntrinsicCall:
                var call = IntrinsicParser.Parse(value);
                return new PayloadExpressionParseResult(kind, null, call.Call, call.Error, call.ErrorOffset) { NestingTooDeep = call.NestingTooDeep };
            case PayloadExpressionKind.None:
                return new PayloadExpressionParseResult(kind, null, null,
                    "the value is neither a path (starting with '$') nor an intrinsic function call such as States.Format(...)", 0);
            default:
                var path = JsonPathParser.Parse(value);
                return new PayloadExpressionParseResult(kind, path.Path, null, path.Error, path.ErrorOffset);
        }
    }
}
