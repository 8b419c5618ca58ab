using System.Globalization;

namespace Asl.Local.Endpoint.Operations;

// GetExecutionHistory.
internal sealed partial class StepFunctionsApi
{
    private byte[] GetExecutionHistory(ApiRequest request)
    {
        var arn = request.String("executionArn", 256, required: true);
        var maxResults = request.Integer("maxResults", 0, 1000);
        var reverse = request.Boolean("reverseOrder") ?? false;
        var nextToken = request.String("nextToken", 1024);
        var includeData = request.Boolean("includeExecutionData") ?? true;
        request.ThrowIfInvalid();

        ApiArns.RequireExecution(arn!);
        IReadOnlyList<LocalHistoryEvent> events = Engine.GetExecutionHistory(arn!);
        if (reverse) events = events.Reverse().ToArray();
        var scope = $"GetExecutionHistory|{arn}|{(reverse ? "reverse" : "forward")}";
        var (page, next) = Paging.Take(events, e => e.Id.ToString(CultureInfo.InvariantCulture), scope, nextToken, maxResults);
        return ResponseJson.Object(w =>
        {
            w.WriteStartArray("events");
            foreach (var e in page) w.WriteRawValue(Json.JsonText.Write(e.ToAwsJson(includeData)), skipInputValidation: true);
            w.WriteEndArray();
            w.WriteOptional("nextToken", next);
        });
    }
}
