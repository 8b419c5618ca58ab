using System.Text;

namespace Asl.Local;

/// <summary>One object of a <see cref="LocalS3"/> bucket: its key, content and the metadata S3 lists for it.</summary>
public sealed class LocalS3Object
{
    private readonly byte[] _content;

    internal LocalS3Object(string key, byte[] content, DateTimeOffset lastModified)
    {
        Key = key;
        _content = content;
        LastModified = lastModified;
        ETag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(content)) + "\"";
    }

    /// <summary>The object's key (<c>orders/2024/01.json</c>).</summary>
    public string Key { get; }

    /// <summary>The object's bytes.</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>The content as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(_content);

    /// <summary>The size in bytes.</summary>
    public long Size => _content.Length;

    /// <summary>The entity tag as S3 gives it for a single-part upload: the MD5 of the content in hex, in double quotes.</summary>
    public string ETag { get; }

    /// <summary>When the object was last written (the engine's clock for objects the engine writes).</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary>The storage class S3 lists (always <c>STANDARD</c> here).</summary>
    public string StorageClass => "STANDARD";
}
