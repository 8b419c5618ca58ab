using System.Diagnostics.CodeAnalysis;

namespace Asl.Paths;

/// <summary>The outcome of <see cref="JsonPathParser.Parse"/>: a path, or an error and where it was found.</summary>
/// <param name="Path">The parsed path; null when parsing failed.</param>
/// <param name="Error">What is wrong (a lower-case phrase without a final period); null on success.</param>
/// <param name="ErrorOffset">The 0-based character offset of the error in the text; -1 on success.</param>
public sealed record JsonPathParseResult(JsonPath? Path, string? Error, int ErrorOffset)
{
    /// <summary>True when <see cref="Path"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Path))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Path is not null;

    internal static JsonPathParseResult Ok(JsonPath path) => new(path, null, -1);

    internal static JsonPathParseResult Fail(string error, int offset) => new(null, error, offset);
}
