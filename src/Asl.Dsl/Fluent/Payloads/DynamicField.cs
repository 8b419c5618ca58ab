using Asl.Json;
using Asl.Paths;

namespace Asl;

/// <summary>
/// Fields that take either a fixed value or one computed at run time, whose JSONPath form computes it in a
/// <c>*Path</c> twin (Seconds / SecondsPath, Error / ErrorPath, ...) and whose JSONata form is a <c>{% ... %}</c>
/// string. A dynamic value given to the plain method lands in the field the state's query language evaluates.
/// </summary>
internal static class DynamicField
{
    /// <summary>
    /// The value for the plain field and for its path twin. Text without dynamic parts stays in the plain field as
    /// written (a literal, or a JSONata expression the user wrote).
    /// </summary>
    /// <param name="text">What the builder method was given.</param>
    /// <param name="jsonAta">The state's query language.</param>
    /// <param name="allowIntrinsic">JSONPath: the path twin accepts an intrinsic call too (ErrorPath, CausePath).</param>
    /// <param name="method">The C# method, for messages, for example <c>.Seconds(...)</c>.</param>
    /// <param name="origin">Where the value came from, carried by a rejection.</param>
    public static (AslJson? Value, string? Path) Resolve(string? text, bool jsonAta, bool allowIntrinsic, string method, object? origin)
    {
        if (text is null) return (null, null);
        if (!DynamicValue.IsDynamic(text)) return (AslJson.Of(text), null);
        try
        {
            if (jsonAta) return (AslJson.Of(DynamicText.ToJsonAta(text)), null);
            var expression = DynamicText.ToJsonPath(text);
            var kind = PayloadExpressions.Classify(expression);
            if (kind is PayloadExpressionKind.Path or PayloadExpressionKind.ContextPath or PayloadExpressionKind.VariablePath
                || (allowIntrinsic && kind == PayloadExpressionKind.IntrinsicCall))
                return (null, expression);
            throw new WorkflowDefinitionException($"In a JSONPath state, {method} computes its value from a reference path only "
                + $"(such as Input.At(\"$.seconds\")), not from \"{DynamicText.Describe(text)}\". Compute the value in an earlier state, or make the state JSONata.");
        }
        catch (WorkflowDefinitionException e) when (e.Origin is null)
        {
            e.Origin = origin;
            throw;
        }
    }
}
