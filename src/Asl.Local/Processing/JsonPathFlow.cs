using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Model;

namespace Asl.Local.Processing;

/// <summary>The JSONPath input and output processing steps: InputPath, payload templates, ResultPath, OutputPath, Assign.</summary>
internal static class JsonPathFlow
{
    /// <summary>InputPath: absent keeps the input, null gives <c>{}</c>, a path selects (a miss is States.Runtime).</summary>
    public static AslJson InputPath(PathOrNull? inputPath, AslJson input, StateScope scope)
        => SelectPath(inputPath, input, scope, "InputPath");

    /// <summary>OutputPath: absent keeps the output, null gives <c>{}</c>, a path selects (a miss is States.Runtime).</summary>
    public static AslJson OutputPath(PathOrNull? outputPath, AslJson output, StateScope scope)
        => SelectPath(outputPath, output, scope, "OutputPath");

    private static AslJson SelectPath(PathOrNull? field, AslJson value, StateScope scope, string fieldName)
    {
        if (field is null) return value;
        if (field.IsNull) return JsonValues.EmptyObject;
        var path = PathCache.GetPath(field.Path!, fieldName);
        scope.Input = value;
        if (PathEvaluator.TryEvaluate(path, scope, out var selected, out var missingVariable)) return selected;
        if (missingVariable is not null)
            throw StatesError.Runtime($"The {fieldName} '{field.Path}' refers to the variable '${missingVariable}', which is not defined.");
        throw StatesError.Runtime($"Invalid path '{field.Path}' : No results for path: {JaywayFormat.Bracketed(path)}");
    }

    /// <summary>Applies a payload template with <c>$</c> bound to <paramref name="input"/>; no template keeps the input.</summary>
    public static AslJson Template(AslJson? template, AslJson input, StateScope scope)
    {
        if (template is null) return input;
        scope.Input = input;
        return PayloadTemplate.Apply(template, scope, scope.Random);
    }

    /// <summary>ResultPath: places <paramref name="result"/> into the state's raw input.</summary>
    public static AslJson ResultPath(PathOrNull? resultPath, AslJson rawInput, AslJson result)
        => ResultPathWriter.Apply(resultPath, rawInput, result);

    /// <summary>
    /// Evaluates a JSONPath Assign object (names, with <c>.$</c> for paths and intrinsics) with <c>$</c> bound to
    /// <paramref name="value"/>. Returns the new values; nothing is assigned yet.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, AslJson>> Assign(AslJson? assign, AslJson value, StateScope scope)
    {
        if (assign is null) return Array.Empty<KeyValuePair<string, AslJson>>();
        if (assign is not AslJsonObject)
            throw StatesError.Runtime($"Assign must be a JSON object of variable names and values, but it is {JsonValues.KindName(assign)}.");
        scope.Input = value;
        var evaluated = (AslJsonObject)PayloadTemplate.Apply(assign, scope, scope.Random);
        var values = new KeyValuePair<string, AslJson>[evaluated.Properties.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = new KeyValuePair<string, AslJson>(evaluated.Properties[i].Name, evaluated.Properties[i].Value);
        return values;
    }
}
