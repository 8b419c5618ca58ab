using System.Collections.Concurrent;
using Asl.Local.Errors;
using Asl.Paths;

namespace Asl.Local.Paths;

using JsonPath = Asl.Paths.JsonPath;

/// <summary>
/// Parses each distinct path or payload expression once. Definitions are fixed, so the number of distinct
/// strings is bounded by the registered state machines.
/// </summary>
internal static class PathCache
{
    private static readonly ConcurrentDictionary<string, JsonPathParseResult> Paths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PayloadExpressionParseResult> Expressions = new(StringComparer.Ordinal);

    /// <summary>The parsed path; a States.Runtime error naming the field when the text is not a valid path.</summary>
    public static JsonPath GetPath(string text, string field)
    {
        var parsed = Paths.GetOrAdd(text, static t => JsonPathParser.Parse(t));
        if (parsed.Success) return parsed.Path;
        throw StatesError.Runtime($"The value '{text}' of the field '{field}' is not a valid JSONPath: {parsed.Error} (at character {parsed.ErrorOffset + 1}).");
    }

    /// <summary>The parsed payload expression (path or intrinsic call) of a <c>.$</c> field.</summary>
    public static PayloadExpressionParseResult GetExpression(string text, string field)
    {
        var parsed = Expressions.GetOrAdd(text, static t => PayloadExpressions.Parse(t));
        if (parsed.Success) return parsed;
        throw StatesError.Runtime($"The value '{text}' of the field '{field}' is neither a valid path nor a valid intrinsic function call: {parsed.Error} (at character {parsed.ErrorOffset + 1}).");
    }
}
