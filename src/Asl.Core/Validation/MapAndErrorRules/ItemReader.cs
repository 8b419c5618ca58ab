using System.Text.RegularExpressions;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// J07 the ItemReader's resource; J08 its ReaderConfig. The Parameters/Arguments payloads belong to
// PathRules (F06) and LanguageRules (H02/H03).
internal sealed partial class MapAndErrorRules
{
    private const long MaxReaderItems = 100_000_000;

    // Any partition (aws, aws-cn, aws-us-gov, aws-iso-b, ...).
    private static readonly Regex ItemReaderResource = new(@"^arn:aws(-[a-z]+)*:states:::s3:(getObject|listObjectsV2)$", RegexOptions.CultureInvariant);

    private static readonly string[] InputTypes = { "CSV", "JSON", "JSONL", "PARQUET", "MANIFEST" };
    private static readonly string[] CsvHeaderLocations = { "FIRST_ROW", "GIVEN" };
    private static readonly string[] CsvDelimiters = { "COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB" };
    private static readonly string[] ManifestTypes = { "S3_INVENTORY", "ATHENA_DATA" };

    private static void CheckItemReader(ValidationContext context, StateSite site, MapState map)
    {
        if (map.ItemReader is not { } reader) return;
        var pointer = site.FieldPointer("ItemReader");
        if (!IsS3Resource(reader.Resource, ItemReaderResource))
            context.Report(AslRules.InvalidItemReaderResource, pointer.Member("Resource"), site.Name, Describe(reader.Resource));
        if (reader.ReaderConfig is { } config)
            CheckReaderConfig(context, site, config, pointer.Member("ReaderConfig"));
    }

    private static void CheckReaderConfig(ValidationContext context, StateSite site, ReaderConfig config, LazyPointer pointer)
    {
        CheckReaderEnum(context, site, pointer, "InputType", config.InputType, InputTypes);
        CheckReaderEnum(context, site, pointer, "CSVHeaderLocation", config.CSVHeaderLocation, CsvHeaderLocations);
        CheckReaderEnum(context, site, pointer, "CSVDelimiter", config.CSVDelimiter, CsvDelimiters);
        CheckReaderEnum(context, site, pointer, "ManifestType", config.ManifestType, ManifestTypes);

        if (config.CSVHeaderLocation == "GIVEN" && (config.CSVHeaders is null || config.CSVHeaders.Value.IsEmpty))
            context.Report(AslRules.GivenCsvHeadersMissing, config.CSVHeaders is null ? pointer : pointer.Member("CSVHeaders"), site.Name);

        if (config.MaxItems is { } maxItems && !IsDeferred(maxItems) && !IsIntegerInRange(maxItems, 1, MaxReaderItems))
            context.Report(AslRules.InvalidReaderMaxItems, pointer.Member("MaxItems"), site.Name, Describe(maxItems));
        if (config.MaxItems is not null && config.MaxItemsPath is not null)
            context.Report(AslRules.ReaderMaxItemsAndPath, pointer.Member("MaxItemsPath"), site.Name);
    }

    private static void CheckReaderEnum(ValidationContext context, StateSite site, LazyPointer pointer, string field, string? value, string[] allowed)
    {
        if (value is not null && !IsOneOf(value, allowed))
            context.Report(AslRules.InvalidReaderConfigValue, pointer.Member(field), field, site.Name, Describe(value), ListOf(allowed));
    }

    /// <summary>
    /// True for the expected S3 integration ARN, or for a resource that a DefinitionSubstitutions
    /// placeholder completes (for example <c>arn:${AWS::Partition}:states:::s3:getObject</c>).
    /// </summary>
    private static bool IsS3Resource(string? resource, Regex expected) =>
        resource is not null && (Values.ContainsPlaceholder(resource) || expected.IsMatch(resource));
}
