using Asl.Json;
using Asl.Local.Execution;
using Asl.Local.Json;

namespace Asl.Local.Tasks;

/// <summary>The HTTP metadata that AWS SDK responses carry in task results (SdkHttpMetadata, SdkResponseMetadata).</summary>
internal static class ServiceResponses
{
    public static AslJsonObject HttpMetadata(LocalEngine engine, string requestId, int contentLength, IEnumerable<(string Name, string Value)>? extraHeaders = null,
        string contentType = "application/json")
    {
        var date = engine.Now.UtcDateTime.ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var headers = new List<(string Name, string Value)>
        {
            ("Connection", "keep-alive"),
            ("Content-Length", contentLength.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Content-Type", contentType),
            ("Date", date),
            ("x-amzn-RequestId", requestId),
        };
        if (extraHeaders is not null) headers.AddRange(extraHeaders);
        headers.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var all = new JsonObjectBuilder(headers.Count);
        var single = new JsonObjectBuilder(headers.Count);
        foreach (var (name, value) in headers)
        {
            all.AddUnique(name, JsonValues.Array(new AslJson[] { new AslJsonString(value) }));
            single.AddUnique(name, new AslJsonString(value));
        }
        return new JsonObjectBuilder(3)
            .AddUnique("AllHttpHeaders", all.Build())
            .AddUnique("HttpHeaders", single.Build())
            .AddUnique("HttpStatusCode", JsonValues.Number(200))
            .Build();
    }

    public static AslJsonObject ResponseMetadata(string requestId)
        => new JsonObjectBuilder(1).AddUnique("RequestId", new AslJsonString(requestId)).Build();

    /// <summary>A date inside a task result, spelled as <see cref="LocalEngineOptions.NestedDateFormat"/> says.</summary>
    public static AslJson Date(LocalEngine engine, DateTimeOffset value)
        => engine.Options.NestedDateFormat == NestedDateFormat.Iso8601
            ? new AslJsonString(Timestamps.Iso(value))
            : JsonValues.Number(value.ToUnixTimeMilliseconds());
}
