using Asl.Paths;

namespace Asl.Validation;

/// <summary>Facts about parsed paths that several path rules need.</summary>
internal static class PathFacts
{
    /// <summary>Why <paramref name="path"/> is not a Reference Path, as a clause ("uses the wildcard *"); null when it is one.</summary>
    public static string? NonReferenceReason(JsonPath path)
    {
        foreach (var segment in path.Segments)
        {
            if (segment.IsDescendant) return "uses recursive descent (..), which can select several values";
            if (segment.Selectors.Count > 1) return "uses a union ([a,b]), which selects several values";
            switch (segment.Selectors[0])
            {
                case WildcardSelector:
                    return "uses the wildcard *, which selects several values";
                case SliceSelector:
                    return "uses a slice ([start:end]), which selects several values";
                case FilterSelector:
                    return "uses a filter ([?(...)]), which selects several values";
                case IndexSelector index when index.Index < 0:
                    return "uses a negative index, which Reference Paths do not allow";
            }
        }
        return null;
    }

    /// <summary>
    /// The first path within <paramref name="path"/> (itself or a path inside one of its filters) that reads the
    /// Map item context, <c>$$.Map...</c>; null when there is none.
    /// </summary>
    public static JsonPath? MapContextRead(JsonPath path)
    {
        if (path.Root == PathRoot.Context && path.LeadingNames is { Count: > 0 } names && names[0] == "Map") return path;
        foreach (var segment in path.Segments)
            foreach (var selector in segment.Selectors)
                if (selector is FilterSelector filter && MapContextRead(filter.Expression) is { } found) return found;
        return null;
    }

    private static JsonPath? MapContextRead(FilterExpression expression) => expression switch
    {
        FilterQuery query => MapContextRead(query.Path),
        FilterComparison comparison => MapContextRead(comparison.Left) ?? MapContextRead(comparison.Right),
        FilterLogical logical => MapContextRead(logical.Left) ?? MapContextRead(logical.Right),
        FilterNot not => MapContextRead(not.Operand),
        _ => null,
    };

    /// <summary>
    /// What a literal string would be if it were evaluated in a <c>.$</c> field: a path kind when it parses as a
    /// path with at least one segment, <see cref="PayloadExpressionKind.IntrinsicCall"/> when it parses as a call of a
    /// known function, and <see cref="PayloadExpressionKind.None"/> for ordinary text. Bare roots (<c>$</c>,
    /// <c>$$</c>, <c>$name</c>) count as ordinary text: they are too often meant literally.
    /// </summary>
    public static PayloadExpressionKind EvaluableKind(string text, ParsedTexts? parsedTexts = null)
    {
        var kind = PayloadExpressions.Classify(text);
        if (kind == PayloadExpressionKind.None || Values.IsPlaceholder(text)) return PayloadExpressionKind.None;
        if (PlainPath.IsPlainInputPath(text, out var hasSegments)) return hasSegments ? kind : PayloadExpressionKind.None;
        var parsed = parsedTexts?.Payload(text) ?? PayloadExpressions.Parse(text);
        if (!parsed.Success) return PayloadExpressionKind.None;
        if (parsed.Call is { } call) return call.Function is null ? PayloadExpressionKind.None : kind;
        return parsed.Path is { IsRootOnly: false } ? kind : PayloadExpressionKind.None;
    }

    /// <summary>True for the three path kinds.</summary>
    public static bool IsPath(PayloadExpressionKind kind) =>
        kind is PayloadExpressionKind.Path or PayloadExpressionKind.ContextPath or PayloadExpressionKind.VariablePath;

    /// <summary>"a path", "a context object path", "a variable reference", "an intrinsic function call".</summary>
    public static string Describe(PayloadExpressionKind kind) => kind switch
    {
        PayloadExpressionKind.ContextPath => "a context object path",
        PayloadExpressionKind.VariablePath => "a variable reference",
        PayloadExpressionKind.IntrinsicCall => "an intrinsic function call",
        _ => "a path",
    };
}
