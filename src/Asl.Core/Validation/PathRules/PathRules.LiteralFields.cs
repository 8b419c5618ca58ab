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
                CheckLiteralField(context, "TimeoutSeconds", task.TimeoutSeconds, site.Pointer, "TimeoutSeconds");
                CheckLiteralField(context, "HeartbeatSeconds", task.HeartbeatSeconds, site.Pointer, "HeartbeatSeconds");
                break;
            case WaitState wait:
                CheckLiteralField(context, "Seconds", wait.Seconds, site.Pointer, "Seconds");
                CheckLiteralField(context, "Timestamp", wait.Timestamp, site.Pointer, "Timestamp");
                break;
            case FailState fail:
                CheckLiteralField(context, "Error", fail.Error, site.Pointer, "Error");
                CheckLiteralField(context, "Cause", fail.Cause, site.Pointer, "Cause");
                break;
            case MapState map:
                CheckLiteralField(context, "MaxConcurrency", map.MaxConcurrency, site.Pointer, "MaxConcurrency");
                CheckLiteralField(context, "ToleratedFailureCount", map.ToleratedFailureCount, site.Pointer, "ToleratedFailureCount");
                CheckLiteralField(context, "ToleratedFailurePercentage", map.ToleratedFailurePercentage, site.Pointer, "ToleratedFailurePercentage");
                if (map.ItemReader?.ReaderConfig is { } reader)
                    CheckLiteralField(context, "MaxItems", reader.MaxItems,
                        JsonPointer.Append(site.Field("ItemReader"), "ReaderConfig"), "MaxItems");
                if (map.ItemBatcher is { } batcher)
                {
                    CheckLiteralField(context, "MaxItemsPerBatch", batcher.MaxItemsPerBatch, site.Field("ItemBatcher"), "MaxItemsPerBatch");
                    CheckLiteralField(context, "MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, site.Field("ItemBatcher"), "MaxInputBytesPerBatch");
                }
                break;
        }
    }

    /// <summary>F10 for the field at <paramref name="parent"/> + <paramref name="token"/> (a pointer built only for a finding).</summary>
    private static void CheckLiteralField(ValidationContext context, string field, AslJson? value, string parent, string token)
    {
        if (value is AslJsonString text && PathFacts.IsPath(PathFacts.EvaluableKind(text.Value, context.Parsed)))
            context.Report(AslRules.PathValueInLiteralField, JsonPointer.Append(parent, token), field, text.Value, field + "Path");
    }
}
