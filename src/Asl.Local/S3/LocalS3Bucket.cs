namespace Asl.Local;

/// <summary>One bucket of a <see cref="LocalS3"/>: put objects for an ItemReader or an S3 task to read, read what a ResultWriter or an S3 task wrote.</summary>
public sealed class LocalS3Bucket
{
    private readonly LocalS3 _s3;

    internal LocalS3Bucket(LocalS3 s3, string name)
    {
        _s3 = s3;
        Name = name;
    }

    /// <summary>The bucket's name.</summary>
    public string Name { get; }

    /// <summary>Stores an object with this text (UTF-8), replacing one with the same key.</summary>
    public LocalS3Bucket Put(string key, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Put(key, LocalS3.Utf8(content));
    }

    /// <summary>Stores an object with these bytes, replacing one with the same key.</summary>
    public LocalS3Bucket Put(string key, byte[] content)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(content);
        if (!_s3.CanStore(key)) throw new ArgumentException($"The key '{key}' cannot be stored as a file under {_s3.Directory}.", nameof(key));
        if (!_s3.TryPut(Name, key, content.ToArray(), _s3.Clock()))
            throw new InvalidOperationException($"The bucket '{Name}' no longer exists.");
        return this;
    }

    /// <summary>The object with this key, or null.</summary>
    public LocalS3Object? Get(string key) => _s3.Find(Name, key, out _);

    /// <summary>The content of the object with this key as UTF-8 text, or null when there is none.</summary>
    public string? GetText(string key) => Get(key)?.Text;

    /// <summary>Removes the object with this key (nothing happens when there is none).</summary>
    public void Delete(string key) => _s3.TryDelete(Name, key);

    /// <summary>Every object, in key order (as ListObjectsV2 lists them).</summary>
    public IReadOnlyList<LocalS3Object> Objects => _s3.List(Name, null) ?? [];

    /// <summary>Every key, in order.</summary>
    public IReadOnlyList<string> Keys => Objects.Select(o => o.Key).ToArray();
}
