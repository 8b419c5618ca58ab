using Asl.Diagnostics;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>J07 the ItemReader resource and J08 its ReaderConfig.</summary>
public sealed class ItemReaderTests
{
    private const string ReaderPointer = "/States/EachOrder/ItemReader";
    private const string ConfigPointer = ReaderPointer + "/ReaderConfig";

    private static string Reader(string resource, string readerConfig = "{ \"InputType\": \"JSON\" }") =>
        MapMachine(DistributedProcessor + $$"""
            , "ItemReader": {
              "Resource": "{{resource}}",
              "ReaderConfig": {{readerConfig}},
              "Parameters": { "Bucket": "orders", "Key": "export.json" }
            }
            """);

    private static string Config(string readerConfig) => Reader("arn:aws:states:::s3:getObject", readerConfig);

    [Theory]
    [InlineData("arn:aws:states:::s3:getObjects")]
    [InlineData("arn:aws:states:::lambda:invoke")]
    [InlineData("")]
    public void ItemReader_Resource_other_than_S3_getObject_or_listObjectsV2_is_reported_at_Resource(string resource) =>
        AssertSingle(Reader(resource), AslRules.InvalidItemReaderResource, ReaderPointer + "/Resource");

    [Theory]
    [InlineData("arn:aws:states:::s3:getObject")]
    [InlineData("arn:aws:states:::s3:listObjectsV2")]
    [InlineData("arn:aws-cn:states:::s3:getObject")]
    [InlineData("arn:aws-iso-b:states:::s3:listObjectsV2")]
    [InlineData("arn:${AWS::Partition}:states:::s3:getObject")]
    public void ItemReader_Resource_naming_an_S3_reader_in_any_partition_is_accepted(string resource) =>
        AssertClean(Reader(resource));

    [Theory]
    [InlineData("""{ "InputType": "XML" }""", "InputType")]
    [InlineData("""{ "InputType": "CSV", "CSVHeaderLocation": "LAST_ROW" }""", "CSVHeaderLocation")]
    [InlineData("""{ "InputType": "CSV", "CSVDelimiter": "COLON" }""", "CSVDelimiter")]
    [InlineData("""{ "InputType": "MANIFEST", "ManifestType": "S3_LIST" }""", "ManifestType")]
    public void ReaderConfig_value_outside_its_enumeration_is_reported_at_the_field(string readerConfig, string field) =>
        AssertSingle(Config(readerConfig), AslRules.InvalidReaderConfigValue, ConfigPointer + "/" + field);

    [Theory]
    [InlineData("""{ "InputType": "PARQUET" }""")]
    [InlineData("""{ "InputType": "JSONL" }""")]
    [InlineData("""{ "InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", "CSVDelimiter": "TAB" }""")]
    [InlineData("""{ "InputType": "MANIFEST", "ManifestType": "S3_INVENTORY" }""")]
    [InlineData("""{ "InputType": "CSV", "ManifestType": "ATHENA_DATA" }""")]
    public void ReaderConfig_with_known_values_is_accepted(string readerConfig) =>
        AssertClean(Config(readerConfig));

    [Fact]
    public void GIVEN_header_location_without_CSVHeaders_is_reported_at_ReaderConfig() =>
        AssertSingle(Config("""{ "InputType": "CSV", "CSVHeaderLocation": "GIVEN" }"""),
            AslRules.GivenCsvHeadersMissing, ConfigPointer);

    [Fact]
    public void GIVEN_header_location_with_an_empty_CSVHeaders_is_reported_at_CSVHeaders() =>
        AssertSingle(Config("""{ "InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": [] }"""),
            AslRules.GivenCsvHeadersMissing, ConfigPointer + "/CSVHeaders");

    [Fact]
    public void GIVEN_header_location_with_CSVHeaders_is_accepted() =>
        AssertClean(Config("""{ "InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": ["sku", "quantity"] }"""));

    [Theory]
    [InlineData("0")]
    [InlineData("100000001")]
    [InlineData("12.5")]
    public void MaxItems_outside_1_to_100_million_is_reported_at_MaxItems(string value) =>
        AssertSingle(Config("{ \"InputType\": \"JSON\", \"MaxItems\": " + value + " }"),
            AslRules.InvalidReaderMaxItems, ConfigPointer + "/MaxItems");

    [Theory]
    [InlineData("1")]
    [InlineData("100000000")]
    [InlineData("\"${MaxOrders}\"")]
    public void MaxItems_from_1_to_100_million_or_a_placeholder_is_accepted(string value) =>
        AssertClean(Config("{ \"InputType\": \"JSON\", \"MaxItems\": " + value + " }"));

    [Fact]
    public void MaxItems_together_with_MaxItemsPath_is_reported_at_MaxItemsPath() =>
        AssertSingle(Config("""{ "InputType": "JSON", "MaxItems": 10, "MaxItemsPath": "$.limit" }"""),
            AslRules.ReaderMaxItemsAndPath, ConfigPointer + "/MaxItemsPath");

    [Fact]
    public void MaxItemsPath_alone_is_accepted() =>
        AssertClean(Config("""{ "InputType": "JSON", "MaxItemsPath": "$.limit" }"""));
}
