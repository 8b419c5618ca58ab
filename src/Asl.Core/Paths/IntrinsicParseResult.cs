using System.Diagnostics.CodeAnalysis;

namespace Asl.Paths;

/// <summary>The outcome of <see cref="IntrinsicParser.Parse"/>: a call, or an error and where it was found.</summary>
/// <param name="Call">The parsed call; null when parsing failed.</param>
/// <param name="Error">What is wrong (a lower-case phrase without a final period); null on success.</param>
/// <param name="ErrorOffset">The 0-based character offset of the error in the text; -1 on success.</param>
public sealed record IntrinsicParseResult(IntrinsicCall? Call, string? Error, int ErrorOffset)
{
    /// <summary>True when <see cref="Call"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Call))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Call is not null;

    /// <summary>
    /// True when parsing stopped because calls are nested deeper than <see cref="IntrinsicParser.MaxNesting"/>, the
    /// deepest Step Functions evaluates; <see cref="ErrorOffset"/> is where the first call too deep starts.
    /// </summary>
    public bool NestingTooDeep { get; init; }

    internal static IntrinsicParseResult Ok(IntrinsicCall call) => new(call, null, -1);

    internal static IntrinsicParseResult Fail(string error, int offset, bool nestingTooDeep = false) => new(null, error, offset) { NestingTooDeep = nestingTooDeep };
}
