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
                CheckLiteralField(context, "TimeoutSeconds", task.TimeoutSeconds, LazyPointer.To(site), "TimeoutSeconds");
                CheckLiteralField(context, "HeartbeatSeconds", task.HeartbeatSeconds, LazyPointer.To(site), "HeartbeatSeconds");
                break;
            case WaitState wait:
                CheckLiteralField(context, "Seconds", wait.Seconds, LazyPointer.To(site), "Seconds");
                CheckLiteralField(context, "Timestamp", wait.Timestamp, LazyPointer.To(site), "Timestamp");
                break;
            case FailState fail:
                CheckLiteralField(context, "Error", fail.Error, LazyPointer.To(site), "Error");
                CheckLiteralField(context, "Cause", fail.Cause, LazyPointer.To(site), "Cause");
                break;
            case MapState map:
                CheckLiteralField(context, "MaxConcurrency", map.MaxConcurrency, LazyPointer.To(site), "MaxConcurrency");
                CheckLiteralField(context, "ToleratedFailureCount", map.ToleratedFailureCount, LazyPointer.To(site), "ToleratedFailureCount");
                CheckLiteralField(context, "ToleratedFailurePercentage", map.ToleratedFailurePercentage, LazyPointer.To(site), "ToleratedFailurePercentage");
                if (map.ItemReader?.ReaderConfig is { } reader)
                    CheckLiteralField(context, "MaxItems", reader.MaxItems,
                        site.FieldPointer("ItemReader").Member("ReaderConfig"), "MaxItems");
                if (map.ItemBatcher is { } batcher)
                {
                    CheckLiteralField(context, "MaxItemsPerBatch", batcher.MaxItemsPerBatch, site.FieldPointer("ItemBatcher"), "MaxItemsPerBatch");
                    CheckLiteralField(context, "MaxInputBytesPerBatch", batcher.MaxInputBytesPerBatch, site.FieldPointer("ItemBatcher"), "MaxInputBytesPerBatch");
                }
                break;
        }
    }

    /// <summary>F10 for the field at <paramref name="parent"/> + <paramref name="token"/> (a pointer built only for a finding).</summary>
    private static void CheckLiteralField(ValidationContext context, string field, AslJson? value, LazyPointer parent, string token)
    {
        if (value is AslJsonString text && PathFacts.IsPath(PathFacts.EvaluableKind(text.Value, context.Parsed)))
            context.Report(AslRules.PathValueInLiteralField, parent.Member(token), field, text.Value, field + "Path");
    }
}
