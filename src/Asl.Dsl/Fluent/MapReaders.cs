using System.Collections.Generic;
using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl;

/// <summary>The column delimiter of a CSV file a distributed Map reads.</summary>
public enum CsvDelimiter
{
    /// <summary><c>,</c> (the default).</summary>
    Comma,
    /// <summary><c>|</c>.</summary>
    Pipe,
    /// <summary><c>;</c>.</summary>
    Semicolon,
    /// <summary>A space.</summary>
    Space,
    /// <summary>A tab.</summary>
    Tab,
}

/// <summary>
/// Where a distributed Map reads its items from in Amazon S3 (<c>ItemReader</c>): one JSON, JSON Lines or CSV object, an
/// S3 inventory manifest, or the objects under a prefix. Bucket, key and prefix may be literals, <c>${Placeholder}</c>s or
/// dynamic values; the Map writes them to the reader's <c>Parameters</c> (JSONPath) or <c>Arguments</c> (JSONata). The
/// template grants <c>s3:GetObject</c> on the object, or <c>s3:ListBucket</c> on the bucket for the prefix.
/// </summary>
public sealed class S3ItemReader
{
    private readonly string _resource;
    private readonly Template _request;
    private readonly ReaderConfig? _config;
    private int? _maxItems;

    private S3ItemReader(string resource, Dictionary<string, object> request, ReaderConfig? config)
    {
        _resource = resource;
        _request = Template.Capture(request);
        _config = config;
    }

    /// <summary>A JSON array in one object.</summary>
    public static S3ItemReader Json(string bucket, string key) => Object(bucket, key, new ReaderConfig { InputType = "JSON" });

    /// <summary>JSON Lines (one JSON value per line) in one object.</summary>
    public static S3ItemReader JsonLines(string bucket, string key) => Object(bucket, key, new ReaderConfig { InputType = "JSONL" });

    /// <summary>A CSV object; each row becomes an object keyed by the column names.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The object's key.</param>
    /// <param name="headers">The column names; null reads them from the first row.</param>
    /// <param name="delimiter">The column delimiter.</param>
    public static S3ItemReader Csv(string bucket, string key, string[]? headers = null, CsvDelimiter delimiter = CsvDelimiter.Comma) =>
        Object(bucket, key, new ReaderConfig
        {
            InputType = "CSV",
            CSVHeaderLocation = headers is null ? "FIRST_ROW" : "GIVEN",
            CSVHeaders = headers is null ? null : (EquatableArray<string>?)FixedText.CheckAll(headers, "A CSV header").ToEquatableArray(),
            CSVDelimiter = delimiter == CsvDelimiter.Comma ? null : delimiter.ToString().ToUpperInvariant(),
        });

    /// <summary>The objects an S3 inventory lists (its <c>manifest.json</c>); each item describes one object.</summary>
    public static S3ItemReader InventoryManifest(string bucket, string manifestKey) => Object(bucket, manifestKey, new ReaderConfig { InputType = "MANIFEST" });

    /// <summary>The objects under <paramref name="prefix"/> (<c>s3:listObjectsV2</c>); each item describes one object (Key, Size, ETag, ...).</summary>
    public static S3ItemReader Objects(string bucket, string? prefix = null)
    {
        var request = new Dictionary<string, object> { ["Bucket"] = bucket };
        if (prefix is not null) request["Prefix"] = prefix;
        return new S3ItemReader("arn:aws:states:::s3:listObjectsV2", request, null);
    }

    /// <summary>Reads at most this many items.</summary>
    public S3ItemReader MaxItems(int maxItems)
    {
        _maxItems = maxItems;
        return this;
    }

    private static S3ItemReader Object(string bucket, string key, ReaderConfig config) =>
        new("arn:aws:states:::s3:getObject", new Dictionary<string, object> { ["Bucket"] = bucket, ["Key"] = key }, config);

    internal ItemReader Build(BuildScope scope, string mapPointer, bool jsonAta, object? origin)
    {
        var config = _maxItems is { } max ? (_config ?? new ReaderConfig()) with { MaxItems = AslJson.Of(max) } : _config;
        var field = jsonAta ? "Arguments" : "Parameters";
        var request = scope.Render(_request, jsonAta, mapPointer + "/ItemReader/" + field, origin);
        return new ItemReader(_resource) { Parameters = jsonAta ? null : request, Arguments = jsonAta ? request : null, ReaderConfig = config };
    }
}

/// <summary>How a distributed Map writes its results.</summary>
public enum MapResultOutput
{
    /// <summary>A JSON array per file.</summary>
    Json,
    /// <summary>JSON Lines.</summary>
    JsonLines,
}

/// <summary>What a distributed Map writes of each child execution.</summary>
public enum MapResultTransformation
{
    /// <summary>The whole execution record (input, output, status, ...).</summary>
    None,
    /// <summary>The output of each child only.</summary>
    Compact,
    /// <summary>The outputs, with arrays of outputs flattened into one list.</summary>
    Flatten,
}

/// <summary>
/// Where a distributed Map writes its results in Amazon S3 (<c>ResultWriter</c> with <c>s3:putObject</c>): under a prefix
/// of a bucket, optionally in a given format. The template grants the object writes under that prefix.
/// </summary>
public sealed class S3ResultWriter
{
    private readonly Template _request;
    private WriterConfig? _config;

    private S3ResultWriter(Template request) => _request = request;

    /// <summary>Writes under <paramref name="prefix"/> of <paramref name="bucket"/> (literals, placeholders or dynamic values).</summary>
    public static S3ResultWriter At(string bucket, string prefix) =>
        new(Template.Capture(new Dictionary<string, object> { ["Bucket"] = bucket, ["Prefix"] = prefix }));

    /// <summary>Writes the results in this format instead of the full execution records in JSON.</summary>
    public S3ResultWriter Format(MapResultOutput output, MapResultTransformation transformation = MapResultTransformation.None)
    {
        _config = new WriterConfig
        {
            OutputType = output == MapResultOutput.JsonLines ? "JSONL" : "JSON",
            Transformation = transformation.ToString().ToUpperInvariant(),
        };
        return this;
    }

    internal ResultWriter Build(BuildScope scope, string mapPointer, bool jsonAta, object? origin)
    {
        var field = jsonAta ? "Arguments" : "Parameters";
        var request = scope.Render(_request, jsonAta, mapPointer + "/ResultWriter/" + field, origin);
        return new ResultWriter
        {
            Resource = "arn:aws:states:::s3:putObject",
            Parameters = jsonAta ? null : request,
            Arguments = jsonAta ? request : null,
            WriterConfig = _config,
        };
    }
}
