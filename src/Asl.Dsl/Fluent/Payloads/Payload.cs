using System;
using Asl.Json;

namespace Asl;

/// <summary>
/// Turns C# values (anonymous objects, records, dictionaries, arrays, primitives) into model JSON the way a JSONPath
/// payload template writes them. Members whose value holds a dynamic value (<see cref="Input"/>, <see cref="Variables"/>,
/// <see cref="Context"/>, <see cref="Intrinsic"/>, alone or inside text) become <c>"Name.$"</c> entries. Null members
/// are left out, so optional record members can stay unset. The builders keep payloads as given and write them for
/// each state's query language when the workflow is built.
/// </summary>
public static class Payload
{
    /// <summary>Converts <paramref name="value"/> to JSON, as a JSONPath payload template.</summary>
    /// <exception cref="WorkflowDefinitionException">The value cannot be expressed in ASL.</exception>
    public static AslJson From(object? value) => Template.Capture(value).Render(jsonAta: false, null, "", null);

    /// <summary>
    /// Converts a value that stands on its own (not as an object member); a dynamic value is not allowed
    /// here because only object members can carry <c>.$</c>.
    /// </summary>
    public static AslJson FromTemplate(object? value)
    {
        if (value is string s && DynamicValue.IsDynamic(s))
            throw new WorkflowDefinitionException($"The dynamic value \"{DynamicText.Describe(s)}\" must be the value of an object member, for example new {{ Value = ... }}.");
        return From(value);
    }
}

/// <summary>A workflow definition that cannot be turned into ASL (thrown by the fluent API at run time).</summary>
public sealed class WorkflowDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowDefinitionException(string message) : base(message) { }

    /// <summary>Where the rejected value came from in the C# source (set by the source generator), or null.</summary>
    internal object? Origin { get; set; }
}
