using System.IO.Compression;
using System.Text;
using Asl.Json;
using Asl.Local.Errors;
using Asl.Local.Execution;
using Asl.Local.Json;
using Asl.Local.Processing;
using Asl.Local.States;
using Asl.Model;

namespace Asl.Local.S3;

/// <summary>
/// A distributed Map's ItemReader over the engine's <see cref="LocalS3"/>: <c>s3:getObject</c> with InputType JSON (an
/// array), JSONL, CSV (FIRST_ROW or GIVEN headers, any CSVDelimiter; values are strings) or MANIFEST (an S3 inventory
/// manifest and its CSV files), and <c>s3:listObjectsV2</c> (one item per object). MaxItems/MaxItemsPath cut the list
/// (0 means all; AWS reads at most 100,000,000). Reading failures are States.ItemReaderFailed, as on AWS.
/// </summary>
internal static class ItemReading
{
    private const long MostItems = 100_000_000;

    public static IReadOnlyList<AslJson> Read(Frame frame, MapState state, ItemReader reader, StateScope scope, AslJson effective)
    {
        var jsonata = frame.IsJsonAta(state) ? JsonAtaFlow.For(scope) : null;
        var config = reader.ReaderConfig;
        // AWS checks MaxItems before it reads (a non-integer MaxItemsPath fails with States.Runtime, recorded).
        var maxItems = MapSettings.Integer(config?.MaxItems, config?.MaxItemsPath, "MaxItems", jsonata, effective, scope, allowNegative: true) ?? 0;
        if (maxItems < 0) throw Failed("field MaxItems must be positive");
        var limit = maxItems == 0 ? MostItems : Math.Min(maxItems, MostItems);

        var request = jsonata is null
            ? JsonPathFlow.Template(reader.Parameters, effective, scope)
            : reader.Arguments is null ? JsonValues.EmptyObject : jsonata.Evaluate(reader.Arguments, "Arguments");
        var engine = frame.Engine;
        try
        {
            var items = reader.Resource switch
            {
                "arn:aws:states:::s3:getObject" => FromObject(engine, request, config),
                "arn:aws:states:::s3:listObjectsV2" => FromListing(engine, request),
                _ => throw StatesError.Runtime($"The ItemReader's Resource '{reader.Resource}' is not one the local engine reads; use arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2."),
            };
            return items.Count > limit ? items.Take((int)limit).ToArray() : items;
        }
        catch (StatesError e) when (e.Error is not null && e.Error.StartsWith("S3.", StringComparison.Ordinal))
        {
            throw Failed(e.Cause);
        }
    }

    private static IReadOnlyList<AslJson> FromListing(LocalEngine engine, AslJson request)
    {
        var bucket = S3Requests.Text(request, "Bucket", ErrorNames.ItemReaderFailed, "The ItemReader's s3:listObjectsV2 request");
        return S3Requests.List(engine, bucket, S3Requests.OptionalText(request, "Prefix"))
            .Select(o => (AslJson)ListObjectsV2.Summary(o, JsonValues.Number(o.LastModified.ToUnixTimeSeconds()), "Etag"))
            .ToArray();
    }

    private static IReadOnlyList<AslJson> FromObject(LocalEngine engine, AslJson request, ReaderConfig? config)
    {
        var bucket = S3Requests.Text(request, "Bucket", ErrorNames.ItemReaderFailed, "The ItemReader's s3:getObject request");
        var key = S3Requests.Text(request, "Key", ErrorNames.ItemReaderFailed, "The ItemReader's s3:getObject request");
        var found = S3Requests.Get(engine, bucket, key);
        var where = $"s3://{bucket}/{key}";
        return (config?.InputType ?? "JSON") switch
        {
            "JSON" => JsonArray(found.Text, where),
            "JSONL" => JsonLines(found.Text, where),
            "CSV" => Csv(found.Text, config!, where),
            "MANIFEST" => Manifest(engine, found.Text, config!, where),
            var other => throw StatesError.Runtime($"The ItemReader's InputType {other} is not one the local engine reads (JSON, JSONL, CSV and MANIFEST are)."),
        };
    }

    private static IReadOnlyList<AslJson> JsonArray(string text, string where)
    {
        if (!JsonText.TryParse(text, out var value, out var error)) throw Failed($"The object {where} is not valid JSON: {error}");
        return value is AslJsonArray array ? array.Items.ToArray() : throw Failed("Attempting to map over non-iterable node.");
    }

    private static IReadOnlyList<AslJson> JsonLines(string text, string where)
    {
        var items = new List<AslJson>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            if (!JsonText.TryParse(line, out var value, out var error)) throw Failed($"Line {number} of {where} is not valid JSON: {error}");
            items.Add(value);
        }
        return items;
    }

    private static IReadOnlyList<AslJson> Csv(string text, ReaderConfig config, string where)
    {
        var delimiter = CsvRows.Delimiter(config.CSVDelimiter)
            ?? throw StatesError.Runtime($"The ReaderConfig's CSVDelimiter {config.CSVDelimiter} is not COMMA, PIPE, SEMICOLON, SPACE or TAB.");
        IEnumerable<List<string>> rows = CsvRows.Read(text, delimiter).ToList();
        IReadOnlyList<string> headers;
        if (config.CSVHeaderLocation == "GIVEN")
        {
            headers = config.CSVHeaders is { } given ? given.ToArray() : throw Failed("CSVHeaders must be given when CSVHeaderLocation is GIVEN.");
        }
        else
        {
            var first = rows.FirstOrDefault();
            if (first is null) return [];
            headers = first;
            rows = rows.Skip(1);
        }
        if (headers.Distinct(StringComparer.Ordinal).Count() != headers.Count) throw Failed("CSV headers cannot contain duplicates.");
        return rows.Select(row => (AslJson)Row(headers, row)).ToArray();
    }

    /// <summary>A row as an object of the headers: missing fields are empty strings, fields past the headers are dropped (as AWS does).</summary>
    private static AslJsonObject Row(IReadOnlyList<string> headers, IReadOnlyList<string> fields)
    {
        var item = new JsonObjectBuilder(headers.Count);
        for (var i = 0; i < headers.Count; i++) item.Set(headers[i], i < fields.Count ? fields[i] : "");
        return item.Build();
    }

    /// <summary>An S3 inventory manifest: each CSV file it lists (gzip or plain) read with the columns of its fileSchema.</summary>
    private static IReadOnlyList<AslJson> Manifest(LocalEngine engine, string text, ReaderConfig config, string where)
    {
        if (config.ManifestType is { } type && type != "S3_INVENTORY")
            throw StatesError.Runtime($"The ReaderConfig's ManifestType {type} is not one the local engine reads (S3_INVENTORY is).");
        if (!JsonText.TryParse(text, out var value, out var error)) throw Failed($"The manifest {where} is not valid JSON: {error}");
        if (value is not AslJsonObject manifest
            || manifest["destinationBucket"] is not AslJsonString destination
            || manifest["fileSchema"] is not AslJsonString schema
            || manifest["files"] is not AslJsonArray files)
            throw Failed($"The manifest {where} is not an S3 inventory manifest (destinationBucket, fileSchema and files).");
        if (manifest["fileFormat"] is AslJsonString format && format.Value != "CSV")
            throw Failed($"The S3 inventory of {where} is in {format.Value}; a Distributed Map reads CSV inventories.");
        var bucket = destination.Value.StartsWith("arn:aws:s3:::", StringComparison.Ordinal) ? destination.Value["arn:aws:s3:::".Length..] : destination.Value;
        var columns = schema.Value.Split(',').Select(c => c.Trim()).ToArray();
        var items = new List<AslJson>();
        foreach (var file in files.Items)
        {
            if (file is not AslJsonObject entry || entry["key"] is not AslJsonString key)
                throw Failed($"The manifest {where} lists a file without a key.");
            var content = S3Requests.Get(engine, bucket, key.Value).Content.ToArray();
            foreach (var row in CsvRows.Read(Decompressed(content), ',')) items.Add(Row(columns, row));
        }
        return items;
    }

    private static string Decompressed(byte[] content)
    {
        if (content.Length < 2 || content[0] != 0x1f || content[1] != 0x8b) return Encoding.UTF8.GetString(content);
        using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static StatesError Failed(string? cause) => new(ErrorNames.ItemReaderFailed, cause);
}
