using Asl.Paths;

namespace Asl;

/// <summary>
/// Checks of builder arguments that the definition writes as they are (names, comments, error names, paths): a dynamic
/// value there would reach the definition as its marker characters, so it is refused with a message that says what
/// to use instead, or, for a path argument given as a dynamic value, replaced by its path.
/// </summary>
internal static class FixedText
{
    /// <summary>Returns <paramref name="value"/>, refusing a dynamic value.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="what">What it is, for the message: "A state name", "The comment", ...</param>
    public static string Check(string value, string what)
    {
        if (DynamicValue.IsDynamic(value))
            throw new WorkflowDefinitionException($"{what} is fixed text, so it cannot hold the dynamic value in \"{DynamicText.Describe(value)}\". "
                + "Use a constant or text computed from compile-time values.");
        return value;
    }

    /// <summary>Each element checked as <see cref="Check"/> does.</summary>
    public static string[] CheckAll(string[] values, string what)
    {
        foreach (var value in values) Check(value, what);
        return values;
    }

    /// <summary>
    /// A JSONPath path argument: the path itself, or, for a dynamic value such as <c>Input.At("$.a")</c>, its path.
    /// Text with dynamic parts, or an intrinsic call, is refused.
    /// </summary>
    public static string? Path(string? value, string method)
    {
        if (value is null || !DynamicValue.IsDynamic(value)) return value;
        if (DynamicValue.TryDecode(value, out var expression) && PayloadExpressions.Classify(expression) is not (PayloadExpressionKind.IntrinsicCall or PayloadExpressionKind.None))
            return expression;
        throw new WorkflowDefinitionException($"{method} takes a path such as \"$.order.id\", not \"{DynamicText.Describe(value)}\".");
    }
}
