using Asl.Model;

namespace Asl.Writing;

public static partial class AslWriter
{
    private static void WriteRetry(JsonTextBuilder json, WorkState state)
    {
        var retry = state.Retry;
        if (retry.IsEmpty) return;
        json.Name("Retry");
        json.BeginArray();
        for (var i = 0; i < retry.Count; i++)
        {
            var retrier = retry[i];
            json.BeginObject();
            OptionalString(json, "Comment", retrier.Comment);
            RequiredStrings(json, "ErrorEquals", retrier.ErrorEquals);
            OptionalValue(json, "IntervalSeconds", retrier.IntervalSeconds);
            OptionalValue(json, "MaxAttempts", retrier.MaxAttempts);
            OptionalValue(json, "BackoffRate", retrier.BackoffRate);
            OptionalValue(json, "MaxDelaySeconds", retrier.MaxDelaySeconds);
            OptionalString(json, "JitterStrategy", retrier.JitterStrategy);
            json.EndObject();
        }
        json.EndArray();
    }

    private static void WriteCatch(JsonTextBuilder json, WorkState state)
    {
        var catchers = state.Catch;
        if (catchers.IsEmpty) return;
        json.Name("Catch");
        json.BeginArray();
        for (var i = 0; i < catchers.Count; i++)
        {
            var catcher = catchers[i];
            json.BeginObject();
            OptionalString(json, "Comment", catcher.Comment);
            RequiredStrings(json, "ErrorEquals", catcher.ErrorEquals);
            OptionalPath(json, "ResultPath", catcher.ResultPath);
            OptionalValue(json, "Output", catcher.Output);
            OptionalValue(json, "Assign", catcher.Assign);
            json.Name("Next");
            json.String(catcher.Next);
            json.EndObject();
        }
        json.EndArray();
    }
}
