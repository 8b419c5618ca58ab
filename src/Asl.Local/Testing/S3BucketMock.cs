using System.Text.Json;
using Asl.Local;

namespace Asl.Testing;

/// <summary>
/// A bucket of the harness engine's in-memory S3 (<see cref="WorkflowHarness.S3Bucket"/>): put the objects a workflow reads
/// (text, bytes, or a C# value written as JSON with the harness's serializer options), and read what it wrote, as text or
/// as typed values.
/// </summary>
public sealed class S3BucketMock
{
    private readonly JsonSerializerOptions _options;

    internal S3BucketMock(LocalS3Bucket bucket, JsonSerializerOptions options)
    {
        Bucket = bucket;
        _options = options;
    }

    /// <summary>The engine's bucket underneath.</summary>
    public LocalS3Bucket Bucket { get; }

    /// <summary>The bucket's name.</summary>
    public string Name => Bucket.Name;

    /// <summary>Stores an object with this text (UTF-8): a CSV file, JSON Lines, a JSON document written by hand.</summary>
    public S3BucketMock Put(string key, string content)
    {
        Bucket.Put(key, content);
        return this;
    }

    /// <summary>Stores an object with these bytes (for example a gzip-compressed inventory file).</summary>
    public S3BucketMock Put(string key, byte[] content)
    {
        Bucket.Put(key, content);
        return this;
    }

    /// <summary>Stores <paramref name="value"/> as a JSON object (a list becomes the JSON array an ItemReader of InputType JSON reads).</summary>
    public S3BucketMock PutJson<T>(string key, T value)
    {
        Bucket.Put(key, JsonSerializer.Serialize(value, _options));
        return this;
    }

    /// <summary>The object with this key read as JSON into <typeparamref name="T"/>; default when there is no such object.</summary>
    public T? Get<T>(string key)
        => Bucket.GetText(key) is { } text ? JsonSerializer.Deserialize<T>(text, _options) : default;

    /// <summary>The object's content as text, or null when there is no such object.</summary>
    public string? GetText(string key) => Bucket.GetText(key);

    /// <summary>Every key, in order.</summary>
    public IReadOnlyList<string> Keys => Bucket.Keys;

    /// <summary>Every object with its metadata (ETag, LastModified, Size), in key order.</summary>
    public IReadOnlyList<LocalS3Object> Objects => Bucket.Objects;
}
