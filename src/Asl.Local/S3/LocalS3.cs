using System.Text;

namespace Asl.Local;

/// <summary>
/// The Amazon S3 the local engine reads and writes: a distributed Map's ItemReader reads its items here, its ResultWriter
/// writes the results here, and the Task states <c>aws-sdk:s3:getObject</c>, <c>putObject</c>, <c>listObjectsV2</c>,
/// <c>headObject</c> and <c>deleteObject</c> (when no handler or mock answers them) call it. Buckets and objects live in
/// memory, or in a folder (<see cref="LocalS3(string)"/>) where each subfolder is a bucket and each file under it an
/// object whose key is the file's path with <c>/</c> separators. A bucket or key that does not exist fails the call as on
/// AWS (<c>S3.NoSuchBucketException</c>, <c>S3.NoSuchKeyException</c>). All members are thread-safe.
/// </summary>
public sealed class LocalS3
{
    private readonly object _sync = new();
    private readonly Dictionary<string, SortedDictionary<string, LocalS3Object>> _buckets = new(StringComparer.Ordinal);

    /// <summary>An empty S3 held in memory.</summary>
    public LocalS3()
    {
    }

    /// <summary>An S3 backed by a folder: <c>DIRECTORY/bucket/key</c> is a file; objects the engine writes become files there.</summary>
    /// <param name="directory">An existing folder.</param>
    public LocalS3(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full)) throw new DirectoryNotFoundException($"The S3 folder '{directory}' does not exist.");
        Directory = full;
    }

    /// <summary>The clock that stamps objects written through <see cref="LocalS3Bucket"/> (the engine's, once an engine uses this S3).</summary>
    internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    /// <summary>The folder that backs this S3, or null when it is held in memory.</summary>
    public string? Directory { get; }

    /// <summary>The names of the buckets, in order.</summary>
    public IReadOnlyList<string> BucketNames
    {
        get
        {
            if (Directory is not null)
                return System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
            lock (_sync) return _buckets.Keys.Order(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>The bucket with this name, created (empty) when it does not exist yet.</summary>
    public LocalS3Bucket Bucket(string name)
    {
        CheckBucketName(name);
        if (Directory is not null) System.IO.Directory.CreateDirectory(Path.Combine(Directory, name));
        else lock (_sync) _buckets.TryAdd(name, new SortedDictionary<string, LocalS3Object>(StringComparer.Ordinal));
        return new LocalS3Bucket(this, name);
    }

    /// <summary>Whether a bucket with this name exists.</summary>
    public bool BucketExists(string name)
    {
        if (Directory is not null) return IsPlainName(name) && System.IO.Directory.Exists(Path.Combine(Directory, name));
        lock (_sync) return _buckets.ContainsKey(name);
    }

    /// <summary>Stores an object (replacing one with the same key); false when the bucket does not exist.</summary>
    internal bool TryPut(string bucket, string key, byte[] content, DateTimeOffset lastModified)
    {
        if (Directory is not null)
        {
            if (!BucketExists(bucket)) return false;
            var path = FilePath(bucket, key);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            File.SetLastWriteTimeUtc(path, lastModified.UtcDateTime);
            return true;
        }
        lock (_sync)
        {
            if (!_buckets.TryGetValue(bucket, out var objects)) return false;
            objects[key] = new LocalS3Object(key, content, lastModified);
            return true;
        }
    }

    /// <summary>The object, or null; <paramref name="bucketExists"/> tells a missing bucket from a missing key.</summary>
    internal LocalS3Object? Find(string bucket, string key, out bool bucketExists)
    {
        bucketExists = BucketExists(bucket);
        if (!bucketExists) return null;
        if (Directory is not null)
        {
            if (!IsStorableKey(key)) return null;
            var path = FilePath(bucket, key);
            return File.Exists(path) ? FromFile(key, path) : null;
        }
        lock (_sync) return _buckets[bucket].GetValueOrDefault(key);
    }

    /// <summary>Removes an object; false when the bucket does not exist (a missing key is not an error, as in S3).</summary>
    internal bool TryDelete(string bucket, string key)
    {
        if (!BucketExists(bucket)) return false;
        if (Directory is not null)
        {
            if (IsStorableKey(key)) File.Delete(FilePath(bucket, key));
            return true;
        }
        lock (_sync) _buckets[bucket].Remove(key);
        return true;
    }

    /// <summary>The bucket's objects whose keys start with the prefix, in key order (as S3 lists them); null when the bucket does not exist.</summary>
    internal IReadOnlyList<LocalS3Object>? List(string bucket, string? prefix)
    {
        if (!BucketExists(bucket)) return null;
        prefix ??= "";
        if (Directory is not null)
        {
            var root = Path.Combine(Directory, bucket);
            return System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(path => (Key: Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), Path: path))
                .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => FromFile(f.Key, f.Path))
                .ToArray();
        }
        lock (_sync) return _buckets[bucket].Values.Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Whether the key can be stored: any key in memory; in a folder, one whose segments are file names.</summary>
    internal bool CanStore(string key) => Directory is null ? key.Length > 0 : IsStorableKey(key);

    private static LocalS3Object FromFile(string key, string path)
        => new(key, File.ReadAllBytes(path), new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));

    private string FilePath(string bucket, string key) => Path.Combine([Directory!, bucket, .. key.Split('/')]);

    private static bool IsStorableKey(string key)
        => key.Length > 0 && key.Split('/').All(IsPlainName);

    private static bool IsPlainName(string segment)
        => segment.Length > 0 && segment is not ("." or "..") && segment.IndexOfAny(['\\', '/', '\0', ':']) < 0;

    private static void CheckBucketName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!IsPlainName(name)) throw new ArgumentException($"'{name}' cannot be a bucket name.", nameof(name));
    }

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
