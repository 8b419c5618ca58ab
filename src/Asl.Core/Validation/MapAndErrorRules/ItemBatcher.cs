using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// J09: the ItemBatcher's limits. BatchInput is a payload template (PathRules, F06).
internal sealed partial class MapAndErrorRules
{
    private const long MaxBatchBytes = 262_144;

    private static void CheckItemBatcher(ValidationContext context, StateSite site, MapState map)
    {
        if (map.ItemBatcher is not { } batcher) return;
        var pointer = site.FieldPointer("ItemBatcher");

        CheckBatchLimit(context, site, pointer, "MaxItemsPerBatch", batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath,
            long.MaxValue, "a whole number of 1 or more");
        CheckBatchLimit(context, site, pointer, "MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath,
            MaxBatchBytes, "a whole number of bytes from 1 to 262,144");

        if (batcher.MaxItemsPerBatch is null && batcher.MaxItemsPerBatchPath is null
            && batcher.MaxInputBytesPerBatch is null && batcher.MaxInputBytesPerBatchPath is null)
            context.Report(AslRules.ItemBatcherWithoutLimit, pointer, site.Name);
    }

    private static void CheckBatchLimit(ValidationContext context, StateSite site, LazyPointer pointer, string field,
        AslJson? value, string? path, long max, string expected)
    {
        if (value is not null && !IsDeferred(value) && !IsIntegerInRange(value, 1, max))
            context.Report(AslRules.InvalidItemBatcherValue, pointer.Member(field), field, site.Name, Describe(value), expected);
        if (value is not null && path is not null)
            context.Report(AslRules.ItemBatcherValueAndPath, pointer.Member(field + "Path"), site.Name, field);
    }
}
