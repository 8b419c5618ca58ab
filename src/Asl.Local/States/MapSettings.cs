using System.Globalization;
using Asl.Json;
using Asl.JsonAta;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Paths;
using Asl.Local.Processing;
using Asl.Model;

namespace Asl.Local.States;

/// <summary>How many failed iterations a Map tolerates (ToleratedFailureCount / ToleratedFailurePercentage).</summary>
internal readonly record struct FailureTolerance(long? Count, double? Percentage)
{
    public bool Allows(int failures, int total)
        => (Count is not { } count || failures <= count)
           && (Percentage is not { } percentage || total == 0 || failures * 100.0 / total <= percentage);
}

/// <summary>The resolved items, concurrency limit and failure tolerance of one Map attempt.</summary>
internal sealed record MapSettings(IReadOnlyList<AslJson> Items, long MaxConcurrency, FailureTolerance? Tolerance)
{
    /// <summary>Resolves the settings; <paramref name="read"/> are the items an ItemReader read, which replace ItemsPath/Items.</summary>
    public static MapSettings Resolve(Frame frame, MapState state, StateScope scope, AslJson effective, IReadOnlyList<AslJson>? read = null)
    {
        var jsonata = frame.IsJsonAta(state) ? JsonAtaFlow.For(scope) : null;
        var items = read ?? SelectedItems(state, jsonata, effective, scope);
        if (state.ItemBatcher is { } batcher) items = Batch(items, batcher, jsonata, effective, scope);

        var maxConcurrency = Integer(state.MaxConcurrency, state.MaxConcurrencyPath, "MaxConcurrency", jsonata, effective, scope) ?? 0;
        var count = Integer(state.ToleratedFailureCount, state.ToleratedFailureCountPath, "ToleratedFailureCount", jsonata, effective, scope);
        var percentage = Number(state.ToleratedFailurePercentage, state.ToleratedFailurePercentagePath, "ToleratedFailurePercentage", jsonata, effective, scope);
        FailureTolerance? tolerance = count is null && percentage is null ? null : new FailureTolerance(count, percentage);
        return new MapSettings(items, maxConcurrency, tolerance);
    }

    private static IReadOnlyList<AslJson> SelectedItems(MapState state, JsonAtaFlow? jsonata, AslJson effective, StateScope scope)
    {
        var itemsValue = jsonata is null
            ? SelectItems(state.ItemsPath ?? "$", effective, scope)
            : state.Items is null ? effective : jsonata.Evaluate(state.Items, "Items");
        return itemsValue is AslJsonArray array ? array.Items : throw NotAnArray(state, jsonata is not null, itemsValue);
    }

    /// <summary>Items that are not an array: AWS's errors and wording for JSONata (recorded), States.Runtime for JSONPath.</summary>
    private static StatesError NotAnArray(MapState state, bool jsonata, AslJson value)
    {
        if (!jsonata)
            return StatesError.Runtime($"The Map state's items must be an array, but ItemsPath '{state.ItemsPath ?? "$"}' gave {JsonValues.KindName(value)}.");
        if (state.Items is AslJsonString text && JsonAtaText.TryGetExpression(text.Value, out var expression, out _))
            return StatesError.Query($"The JSONata expression '{expression.Trim()}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '{JsonValues.KindName(value)}' for value: {JsonText.Write(value)}");
        return StatesError.Query($"Map state input must be an array but was: {JsonText.Write(value)}");
    }

    private static AslJson SelectItems(string itemsPath, AslJson effective, StateScope scope)
    {
        var path = PathCache.GetPath(itemsPath, "ItemsPath");
        scope.Input = effective;
        if (PathEvaluator.TryEvaluate(path, scope, out var value, out _)) return value;
        throw StatesError.Runtime($"Invalid path '{itemsPath}' : No results for path: {JaywayFormat.Bracketed(path)}");
    }

    private static IReadOnlyList<AslJson> Batch(IReadOnlyList<AslJson> items, ItemBatcher batcher, JsonAtaFlow? jsonata, AslJson effective, StateScope scope)
    {
        var maxItems = Integer(batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, "MaxItemsPerBatch", jsonata, effective, scope) ?? long.MaxValue;
        var maxBytes = Integer(batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, "MaxInputBytesPerBatch", jsonata, effective, scope) ?? 262144;
        var batchInput = batcher.BatchInput is null ? null
            : jsonata is null ? JsonPathFlow.Template(batcher.BatchInput, effective, scope) : jsonata.Evaluate(batcher.BatchInput, "BatchInput");
        var batches = new List<AslJson>();
        var current = new List<AslJson>();
        long bytes = 0;
        foreach (var item in items)
        {
            var size = System.Text.Encoding.UTF8.GetByteCount(JsonText.Write(item));
            if (current.Count > 0 && (current.Count >= maxItems || bytes + size > maxBytes))
            {
                batches.Add(BatchOf(current, batchInput));
                current = new List<AslJson>();
                bytes = 0;
            }
            current.Add(item);
            bytes += size;
        }
        if (current.Count > 0) batches.Add(BatchOf(current, batchInput));
        return batches;
    }

    private static AslJson BatchOf(List<AslJson> items, AslJson? batchInput)
    {
        var batch = new JsonObjectBuilder(2);
        if (batchInput is not null) batch.AddUnique("BatchInput", batchInput);
        batch.AddUnique("Items", JsonValues.Array(items));
        return batch.Build();
    }

    /// <summary>An integer field or its *Path; negative values fail with States.Runtime unless <paramref name="allowNegative"/>.</summary>
    internal static long? Integer(AslJson? literal, string? path, string field, JsonAtaFlow? jsonata, AslJson effective, StateScope scope, bool allowNegative = false)
    {
        var value = Value(literal, path, field, jsonata, effective, scope);
        if (value is null) return null;
        long result;
        if (literal is null)
        {
            // A *Path value is read as its text, as AWS does: 5 and "5" are both 5 (recorded wording for the rest).
            if (!long.TryParse(JsonValues.Text(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result))
                throw StatesError.Runtime($"The {field}Path field refers to value \"{JsonValues.Text(value)}\" which is not a valid integer: {path}");
        }
        else if (value is not AslJsonNumber n || !n.TryGetInt64(out result))
        {
            throw StatesError.Runtime($"The Map state's {field} must be a non-negative integer, but it is {JsonText.Write(value)}.");
        }
        return result >= 0 || allowNegative ? result : throw StatesError.Runtime($"{field} cannot be negative.");
    }

    private static double? Number(AslJson? literal, string? path, string field, JsonAtaFlow? jsonata, AslJson effective, StateScope scope)
    {
        var value = Value(literal, path, field, jsonata, effective, scope);
        if (value is null) return null;
        double result;
        if (literal is null)
        {
            if (!double.TryParse(JsonValues.Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out result) || double.IsNaN(result))
                throw StatesError.Runtime($"The {field}Path field refers to value \"{JsonValues.Text(value)}\" which is not a valid float: {path}");
        }
        else if (value is AslJsonNumber n)
        {
            result = n.Value;
        }
        else
        {
            throw StatesError.Runtime($"The Map state's {field} must be a number from 0 to 100, but it is {JsonText.Write(value)}.");
        }
        return result is >= 0 and <= 100 ? result : throw StatesError.Runtime($"{field} must be between 0 and 100.");
    }


    private static AslJson? Value(AslJson? literal, string? path, string field, JsonAtaFlow? jsonata, AslJson effective, StateScope scope)
    {
        if (literal is not null) return jsonata is null ? literal : jsonata.Evaluate(literal, field);
        if (path is null) return null;
        var parsed = PathCache.GetPath(path, field + "Path");
        scope.Input = effective;
        if (PathEvaluator.TryEvaluate(parsed, scope, out var value, out _)) return value;
        throw StatesError.Runtime($"Invalid path '{path}' : No results for path: {JaywayFormat.Bracketed(parsed)}");
    }
}
