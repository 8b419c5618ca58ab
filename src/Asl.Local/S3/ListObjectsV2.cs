using System.Text;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;
using Asl.Local.Tasks;

namespace Asl.Local.S3;

/// <summary>
/// S3 ListObjectsV2 over the engine's <see cref="LocalS3"/>: Prefix, Delimiter (CommonPrefixes), StartAfter, MaxKeys
/// (default and most 1,000) and ContinuationToken paging, with the response members AWS returns.
/// </summary>
internal static class ListObjectsV2
{
    private const int MostKeys = 1000;

    public static AslJson Answer(LocalEngine engine, string bucket, AslJson request)
    {
        var prefix = S3Requests.OptionalText(request, "Prefix");
        var delimiter = S3Requests.OptionalText(request, "Delimiter");
        var startAfter = S3Requests.OptionalText(request, "StartAfter");
        var token = S3Requests.OptionalText(request, "ContinuationToken");
        var maxKeys = request is AslJsonObject o && o["MaxKeys"] is AslJsonNumber n && n.TryGetInt64(out var m) ? (int)Math.Clamp(m, 0, MostKeys) : MostKeys;
        var after = token is null ? startAfter : Decode(token);

        var contents = new List<AslJson>();
        var commonPrefixes = new List<string>();
        string? last = null;
        var truncated = false;
        foreach (var found in S3Requests.List(engine, bucket, prefix))
        {
            if (after is not null && string.CompareOrdinal(found.Key, after) <= 0) continue;
            var rolled = RolledUp(found.Key, prefix ?? "", delimiter);
            if (rolled is not null && commonPrefixes.Count > 0 && commonPrefixes[^1] == rolled) continue;
            if (contents.Count + commonPrefixes.Count >= maxKeys)
            {
                truncated = true;
                break;
            }
            if (rolled is not null) commonPrefixes.Add(rolled);
            else contents.Add(Summary(found, ServiceResponses.Date(engine, found.LastModified), "ETag"));
            last = rolled is null ? found.Key : rolled + "\uffff";
        }

        var answer = new JsonObjectBuilder(10);
        if (commonPrefixes.Count > 0)
            answer.AddUnique("CommonPrefixes", JsonValues.Array(commonPrefixes.Select(p => (AslJson)new JsonObjectBuilder(1).Set("Prefix", p).Build()).ToArray()));
        if (contents.Count > 0) answer.AddUnique("Contents", JsonValues.Array(contents));
        if (token is not null) answer.Set("ContinuationToken", token);
        if (delimiter is not null) answer.Set("Delimiter", delimiter);
        answer.Set("IsTruncated", truncated);
        answer.Set("KeyCount", contents.Count + commonPrefixes.Count);
        answer.Set("MaxKeys", maxKeys);
        answer.Set("Name", bucket);
        if (truncated) answer.Set("NextContinuationToken", Encode(last!));
        answer.Set("Prefix", prefix ?? "");
        if (startAfter is not null) answer.Set("StartAfter", startAfter);
        return answer.Build();
    }

    /// <summary>One object as a listing shows it; <paramref name="etagName"/> is <c>ETag</c> in the SDK response, <c>Etag</c> in a Map item.</summary>
    public static AslJsonObject Summary(LocalS3Object found, AslJson lastModified, string etagName)
        => new JsonObjectBuilder(5)
            .Set(etagName, found.ETag)
            .Set("Key", found.Key)
            .AddUnique("LastModified", lastModified)
            .Set("Size", found.Size)
            .Set("StorageClass", found.StorageClass)
            .Build();

    private static string? RolledUp(string key, string prefix, string? delimiter)
    {
        if (string.IsNullOrEmpty(delimiter)) return null;
        var at = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
        return at < 0 ? null : key[..(at + delimiter.Length)];
    }

    private static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    private static string Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw new StatesError("S3.S3Exception", "The continuation token provided is incorrect (Service: S3, Status Code: 400)");
        }
    }
}
