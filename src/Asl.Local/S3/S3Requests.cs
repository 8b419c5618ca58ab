using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Json;

namespace Asl.Local.S3;

/// <summary>The engine's calls into its <see cref="LocalS3"/>, failing as S3 fails (error names and texts as AWS records them).</summary>
internal static class S3Requests
{
    public const string NoSuchBucket = "S3.NoSuchBucketException";
    public const string NoSuchKey = "S3.NoSuchKeyException";

    public static LocalS3Object Get(LocalEngine engine, string bucket, string key)
    {
        var found = engine.S3.Find(bucket, key, out var bucketExists);
        if (!bucketExists) throw MissingBucket(engine);
        return found ?? throw new StatesError(NoSuchKey, $"The specified key does not exist. {Service(engine, 404)}");
    }

    public static IReadOnlyList<LocalS3Object> List(LocalEngine engine, string bucket, string? prefix)
        => engine.S3.List(bucket, prefix) ?? throw MissingBucket(engine);

    public static void Put(LocalEngine engine, string bucket, string key, byte[] content)
    {
        if (!engine.S3.CanStore(key))
            throw new StatesError("S3.S3Exception", $"The key '{key}' cannot be stored as a file under {engine.S3.Directory}. {Service(engine, 400)}");
        if (!engine.S3.TryPut(bucket, key, content, engine.Now)) throw MissingBucket(engine);
    }

    public static void Delete(LocalEngine engine, string bucket, string key)
    {
        if (!engine.S3.TryDelete(bucket, key)) throw MissingBucket(engine);
    }

    /// <summary>A required string member of a request (Bucket, Key).</summary>
    public static string Text(AslJson request, string member, string errorName, string what)
        => request is AslJsonObject o && o[member] is AslJsonString s
            ? s.Value
            : throw new StatesError(errorName, $"{what} needs the string member '{member}', but the request is {JsonText.Write(request)}.");

    public static string? OptionalText(AslJson request, string member)
        => request is AslJsonObject o && o[member] is AslJsonString s ? s.Value : null;

    private static StatesError MissingBucket(LocalEngine engine)
        => new(NoSuchBucket, $"The specified bucket does not exist {Service(engine, 404)}");

    /// <summary>The suffix the AWS SDK for Java puts on S3 errors.</summary>
    private static string Service(LocalEngine engine, int status)
    {
        var id = engine.NewGuid().ToString("N");
        return $"(Service: S3, Status Code: {status}, Request ID: {id[..16].ToUpperInvariant()}, Extended Request ID: {Convert.ToBase64String(engine.NewGuid().ToByteArray())})";
    }
}
