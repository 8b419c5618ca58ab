using Asl.Diagnostics;
using Asl.Json;
using Asl.Model;

namespace Asl.Validation;

// F10 (AWS NO_PATH): fields that take a literal (Seconds, TimeoutSeconds, MaxConcurrency, Error, ...) but hold
// a string that looks like a path. Each of them has a "...Path" twin that reads the value from the input.
internal sealed partial class PathRules
{
    private static void CheckLiteralFields(ValidationContext context, StateSite site)
    {
        switch (site.State)
        {
            case TaskState task:
                CheckLiteralField(context, "TimeoutSeconds", task.TimeoutSeconds, site.Field("TimeoutSeconds"));
                CheckLiteralField(context, "HeartbeatSeconds", task.HeartbeatSeconds, site.Field("HeartbeatSeconds"));
                break;
            case WaitState wait:
                CheckLiteralField(context, "Seconds", wait.Seconds, site.Field("Seconds"));
                CheckLiteralField(context, "Timestamp", wait.Timestamp, site.Field("Timestamp"));
                break;
            case FailState fail:
                CheckLiteralField(context, "Error", fail.Error, site.Field("Error"));
                CheckLiteralField(context, "Cause", fail.Cause, site.Field("Cause"));
                break;
            case MapState map:
                CheckLiteralField(context, "MaxConcurrency", map.MaxConcurrency, site.Field("MaxConcurrency"));
                CheckLiteralField(context, "ToleratedFailureCount", map.ToleratedFailureCount, site.Field("ToleratedFailureCount"));
                CheckLiteralField(context, "ToleratedFailurePercentage", map.ToleratedFailurePercentage, site.Field("ToleratedFailurePercentage"));
                if (map.ItemReader?.ReaderConfig is { } reader)
                    CheckLiteralField(context, "MaxItems", reader.MaxItems,
                        JsonPointer.Append(JsonPointer.Append(site.Field("ItemReader"), "ReaderConfig"), "MaxItems"));
                if (map.ItemBatcher is { } batcher)
                {
                    var batcherPointer = site.Field("ItemBatcher");
                    CheckLiteralField(context, "MaxItemsPerBatch", batcher.MaxItemsPerBatch, JsonPointer.Append(batcherPointer, "MaxItemsPerBatch"));
                    CheckLiteralField(context, "MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, JsonPointer.Append(batcherPointer, "MaxInputBytesPerBatch"));
                }
                break;
        }
    }

    private static void CheckLiteralField(ValidationContext context, string field, AslJson? value, string pointer)
    {
        if (value is AslJsonString text && PathFacts.IsPath(PathFacts.EvaluableKind(text.Value, context.Parsed)))
            context.Report(AslRules.PathValueInLiteralField, pointer, field, text.Value, field + "Path");
    }
}
