using System.Collections.Generic;

namespace Asl.JsonAta;

/// <summary>The tokens of a JSONata expression, or the first syntax error.</summary>
/// <param name="Tokens">The tokens read before the end or before the error.</param>
/// <param name="Error">The first syntax error, or null.</param>
public sealed record JsonAtaScanResult(IReadOnlyList<JsonAtaToken> Tokens, JsonAtaSyntaxError? Error);

/// <summary>
/// Splits a JSONata expression into tokens as <see cref="JsonAtaParser"/> reads them (only the parser knows
/// whether a <c>/</c> divides or starts a regular expression, so tokens come from a parse).
/// </summary>
public static class JsonAtaScanner
{
    /// <summary>The tokens of <paramref name="text"/>, up to its first syntax error.</summary>
    public static JsonAtaScanResult Scan(string text)
    {
        var result = JsonAtaParser.Parse(text);
        return new JsonAtaScanResult(result.Tokens, result.Error);
    }
}
