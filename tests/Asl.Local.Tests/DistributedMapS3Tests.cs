using System.IO.Compression;
using System.Text;
using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>A distributed Map reads its items from, and writes its results to, the engine's in-memory S3 as AWS does.</summary>
public class DistributedMapS3Tests
{
    private const string PassProcessor = """
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}
        """;

    private static string Reader(string readerFields, string mapFields = "")
        => "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true," + mapFields + "\"ItemReader\":{" + readerFields + "}," + PassProcessor + "}}}";

    private static async Task<ExecutionSnapshot> RunWithAsync(Action<LocalS3> fill, string definition, string input = "{}")
    {
        using var engine = Create();
        fill(engine.S3);
        return await engine.RunDefinitionAsync(definition, input);
    }

    private static void Succeeded(ExecutionSnapshot result)
        => Assert.True(result.Status == Asl.Api.ExecutionStatus.Succeeded, $"{result.Status}: {result.Error}: {result.Cause}");

    [Fact]
    public async Task A_JSON_array_object_gives_one_item_per_element()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("items.json", """[{"id":1},{"id":2}]"""), Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"in","Key.$":"$.key"}
            """), """{"key":"items.json"}""");

        Succeeded(result);
        Assert.Equal("""[{"id":1},{"id":2}]""", result.Output);
    }

    [Fact]
    public async Task JSON_Lines_give_one_item_per_line_and_skip_blank_lines()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("items.jsonl", "{\"a\":1}\n\n\"two\"\n3\n"), Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSONL"},"Parameters":{"Bucket":"in","Key":"items.jsonl"}
            """));

        Succeeded(result);
        Assert.Equal("""[{"a":1},"two",3]""", result.Output);
    }

    [Theory]
    [InlineData("COMMA", ",")]
    [InlineData("PIPE", "|")]
    [InlineData("SEMICOLON", ";")]
    [InlineData("SPACE", " ")]
    [InlineData("TAB", "\t")]
    public async Task CSV_rows_become_objects_of_string_values_for_each_delimiter(string name, string delimiter)
    {
        var csv = string.Join(delimiter, "id", "name") + "\r\n" + string.Join(delimiter, "1", "\"Smith" + delimiter + " \"\"J\"\"\"") + "\r\n";
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("rows.csv", csv), Reader($$"""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW","CSVDelimiter":"{{name}}"},
            "Parameters":{"Bucket":"in","Key":"rows.csv"}
            """));

        Succeeded(result);
        Assert.Equal($$"""[{"id":"1","name":"Smith{{delimiter.Replace("\t", "\\t")}} \"J\""}]""", result.Output);
    }

    [Fact]
    public async Task Given_CSV_headers_name_every_row_and_short_rows_get_empty_strings()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("rows.csv", "a,b,c\nd\n"), Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["x","y"]},
            "Parameters":{"Bucket":"in","Key":"rows.csv"}
            """));

        Succeeded(result);
        Assert.Equal("""[{"x":"a","y":"b"},{"x":"d","y":""}]""", result.Output);
    }

    [Fact]
    public async Task ListObjectsV2_gives_each_object_under_the_prefix_as_AWS_lists_it()
    {
        using var engine = Create();
        var bucket = engine.S3.Bucket("photos").Put("2024/a.jpg", "aaa").Put("2024/b.jpg", "b").Put("2023/c.jpg", "c");

        var result = await engine.RunDefinitionAsync(Reader("""
            "Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"photos","Prefix":"2024/"}
            """));

        Succeeded(result);
        var a = bucket.Get("2024/a.jpg")!;
        Assert.Equal("\"47bce5c74f589f4867dbd57e9ca9f808\"", a.ETag);
        Assert.Equal(Compact($$"""
            [{"Etag":"\"47bce5c74f589f4867dbd57e9ca9f808\"","Key":"2024/a.jpg","LastModified":{{Start.ToUnixTimeSeconds()}},"Size":3,"StorageClass":"STANDARD"},
             {"Etag":{{JsonText.Write(new AslJsonString(bucket.Get("2024/b.jpg")!.ETag))}},"Key":"2024/b.jpg","LastModified":{{Start.ToUnixTimeSeconds()}},"Size":1,"StorageClass":"STANDARD"}]
            """), result.Output);
    }

    [Fact]
    public async Task An_S3_inventory_manifest_reads_the_rows_of_every_listed_file_by_its_schema()
    {
        var result = await RunWithAsync(s3 =>
        {
            s3.Bucket("inventory")
                .Put("inv/manifest.json", """
                    {"sourceBucket":"data","destinationBucket":"arn:aws:s3:::inventory","fileFormat":"CSV","fileSchema":"Bucket, Key, Size",
                     "files":[{"key":"inv/data/1.csv.gz","size":1},{"key":"inv/data/2.csv","size":1}]}
                    """)
                .Put("inv/data/1.csv.gz", Gzip("\"data\",\"a.txt\",\"10\"\n"))
                .Put("inv/data/2.csv", "\"data\",\"b.txt\",\"20\"\n");
        }, Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"MANIFEST","ManifestType":"S3_INVENTORY"},
            "Parameters":{"Bucket":"inventory","Key":"inv/manifest.json"}
            """));

        Succeeded(result);
        Assert.Equal("""[{"Bucket":"data","Key":"a.txt","Size":"10"},{"Bucket":"data","Key":"b.txt","Size":"20"}]""", result.Output);
    }

    [Fact]
    public async Task MaxItems_keeps_the_first_items_which_ItemBatcher_then_batches_as_for_items_from_the_input()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("items.json", "[1,2,3,4,5]"), Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON","MaxItems":3},"Parameters":{"Bucket":"in","Key":"items.json"}
            """, "\"ItemBatcher\":{\"MaxItemsPerBatch\":2},"));

        Succeeded(result);
        Assert.Equal("""[{"Items":[1,2]},{"Items":[3]}]""", result.Output);
    }

    [Fact]
    public async Task JSONata_Arguments_and_MaxItems_choose_the_object_and_the_count()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("a.json", "[\"x\",\"y\",\"z\"]"), """
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON","MaxItems":"{% $states.input.max %}"},
                "Arguments":{"Bucket":"in","Key":"{% $states.input.name & '.json' %}"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"name":"a","max":2}""");

        Succeeded(result);
        Assert.Equal("""["x","y"]""", result.Output);
    }

    [Fact]
    public async Task A_missing_bucket_fails_the_Map_with_ItemReaderFailed_and_S3s_message()
    {
        var result = await RunAsync(Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"nowhere","Key":"k"}
            """));

        Assert.Equal("States.ItemReaderFailed", result.Error);
        Assert.StartsWith("The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: ", result.Cause);
    }

    [Fact]
    public async Task A_missing_key_fails_the_Map_with_ItemReaderFailed_and_a_Catch_can_handle_it()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in"), """
            {"StartAt":"M","States":{"M":{"Type":"Map","Next":"Done",
              "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"in","Key":"missing.json"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
              "Catch":[{"ErrorEquals":["States.ItemReaderFailed"],"ResultPath":"$.error","Next":"Done"}]},
              "Done":{"Type":"Pass","OutputPath":"$.error.Error","End":true}}}
            """);

        Succeeded(result);
        Assert.Equal("\"States.ItemReaderFailed\"", result.Output);
    }

    [Fact]
    public async Task The_history_of_a_failed_read_is_AWSs_the_Map_starts_with_length_0_and_fails()
    {
        using var engine = Create();
        var result = await engine.RunDefinitionAsync(Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"nowhere","Key":"k"}
            """));

        var history = engine.GetExecutionHistory(result.ExecutionArn);
        Assert.Equal([HistoryEventType.ExecutionStarted, HistoryEventType.MapStateEntered, HistoryEventType.MapStateStarted, HistoryEventType.MapStateFailed, HistoryEventType.ExecutionFailed],
            history.Select(e => e.Type));
        Assert.Equal(0, history[2].Length);
    }

    [Theory]
    [InlineData("JSON", "{not json", "The object s3://in/bad is not valid JSON")]
    [InlineData("JSON", "{\"a\":1}", "Attempting to map over non-iterable node.")]
    [InlineData("JSONL", "{\"a\":1}\n{oops", "Line 2 of s3://in/bad is not valid JSON")]
    public async Task A_malformed_object_fails_with_ItemReaderFailed(string inputType, string content, string cause)
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("bad", content), Reader($$"""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"{{inputType}}"},"Parameters":{"Bucket":"in","Key":"bad"}
            """));

        Assert.Equal("States.ItemReaderFailed", result.Error);
        Assert.StartsWith(cause, result.Cause);
    }

    [Fact]
    public async Task Duplicate_CSV_headers_fail_with_AWSs_cause()
    {
        var result = await RunWithAsync(s3 => s3.Bucket("in").Put("rows.csv", "a,a\n1,2\n"), Reader("""
            "Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},"Parameters":{"Bucket":"in","Key":"rows.csv"}
            """));

        Assert.Equal(("States.ItemReaderFailed", "CSV headers cannot contain duplicates."), (result.Error, result.Cause));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
