using Asl.Api;
using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>The aws-sdk:s3 Task states answered by the engine's in-memory S3, with the SDK integration's response members and S3's errors.</summary>
public class S3TaskTests
{
    private static string Task(string action, string parameters)
        => "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::aws-sdk:s3:" + action + "\",\"Parameters\":" + parameters + ",\"End\":true}}}";

    [Fact]
    public async Task PutObject_stores_the_body_and_GetObject_returns_it_with_its_metadata()
    {
        using var engine = Create();
        engine.S3.Bucket("docs");

        var put = await engine.RunDefinitionAsync(Task("putObject", """{"Bucket":"docs","Key":"a/b.json","Body.$":"$.doc"}"""), """{"doc":{"x":1}}""", "Put");
        var got = await engine.RunDefinitionAsync(Task("getObject", """{"Bucket":"docs","Key":"a/b.json"}"""), "{}", "Get");

        Assert.Equal("""{"x":1}""", engine.S3.Bucket("docs").GetText("a/b.json"));
        var etag = engine.S3.Bucket("docs").Get("a/b.json")!.ETag;
        Assert.Equal(Compact($$"""{"ETag":{{JsonText.Write(new AslJsonString(etag))}},"ServerSideEncryption":"AES256"}"""), put.Output);
        Assert.Equal(Compact($$"""
            {"AcceptRanges":"bytes","ContentLength":7,"ContentType":"binary/octet-stream","ETag":{{JsonText.Write(new AslJsonString(etag))}},
             "LastModified":{{Start.ToUnixTimeMilliseconds()}},"Metadata":{},"ServerSideEncryption":"AES256","Body":"{\"x\":1}"}
            """), got.Output);
    }

    [Fact]
    public async Task HeadObject_answers_without_the_body_and_DeleteObject_removes_the_object()
    {
        using var engine = Create();
        engine.S3.Bucket("docs").Put("k", "v");

        var head = await engine.RunDefinitionAsync(Task("headObject", """{"Bucket":"docs","Key":"k"}"""), "{}", "Head");
        var delete = await engine.RunDefinitionAsync(Task("deleteObject", """{"Bucket":"docs","Key":"k"}"""), "{}", "Delete");

        Assert.DoesNotContain("Body", head.Output);
        Assert.Contains("\"ContentLength\":1", head.Output);
        Assert.Equal("{}", delete.Output);
        Assert.Empty(engine.S3.Bucket("docs").Keys);
    }

    [Fact]
    public async Task ListObjectsV2_pages_with_MaxKeys_and_rolls_keys_up_by_Delimiter()
    {
        using var engine = Create();
        engine.S3.Bucket("docs").Put("a.txt", "1").Put("b.txt", "22").Put("dir/c.txt", "3").Put("dir/d.txt", "4");

        var first = await engine.RunDefinitionAsync(Task("listObjectsV2", """{"Bucket":"docs","Delimiter":"/","MaxKeys":2}"""), "{}", "First");
        var output = (AslJsonObject)JsonText.Parse(first.Output!);
        var token = ((AslJsonString)output["NextContinuationToken"]!).Value;
        var second = await engine.RunDefinitionAsync(Task("listObjectsV2", $$"""{"Bucket":"docs","Delimiter":"/","ContinuationToken":"{{token}}"}"""), "{}", "Second");

        Assert.Equal(["a.txt", "b.txt"], ((AslJsonArray)output["Contents"]!).Items.Select(i => ((AslJsonString)((AslJsonObject)i)["Key"]!).Value));
        Assert.Equal(("true", "2"), (JsonText.Write(output["IsTruncated"]!), JsonText.Write(output["KeyCount"]!)));
        var rest = (AslJsonObject)JsonText.Parse(second.Output!);
        Assert.Equal("""[{"Prefix":"dir/"}]""", JsonText.Write(rest["CommonPrefixes"]!));
        Assert.Null(rest["Contents"]);
        Assert.Equal("false", JsonText.Write(rest["IsTruncated"]!));
    }

    [Fact]
    public async Task A_missing_key_fails_with_S3_NoSuchKeyException_which_a_Catch_can_handle()
    {
        using var engine = Create();
        engine.S3.Bucket("docs");

        var result = await engine.RunDefinitionAsync("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:s3:getObject","Parameters":{"Bucket":"docs","Key":"nope"},
              "Catch":[{"ErrorEquals":["S3.NoSuchKeyException"],"Next":"Missing"}],"End":true},
              "Missing":{"Type":"Pass","End":true}}}
            """);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.StartsWith("The specified key does not exist. (Service: S3, Status Code: 404, Request ID: ", ((AslJsonString)((AslJsonObject)JsonText.Parse(result.Output!))["Cause"]!).Value);
    }

    [Fact]
    public async Task A_missing_bucket_fails_with_S3_NoSuchBucketException()
    {
        var result = await RunAsync(Task("putObject", """{"Bucket":"nowhere","Key":"k","Body":"v"}"""));

        Assert.Equal("S3.NoSuchBucketException", result.Error);
        Assert.Matches(@"^The specified bucket does not exist \(Service: S3, Status Code: 404, Request ID: [0-9A-F]{16}, Extended Request ID: \S+\)$", result.Cause);
    }

    [Fact]
    public async Task A_registered_handler_answers_instead_of_the_in_memory_S3()
    {
        using var engine = Create();
        engine.RegisterTaskHandler("arn:aws:states:::aws-sdk:s3:getObject", (_, _) => ValueTask.FromResult(Value("""{"Body":"handled"}""")));

        var result = await engine.RunDefinitionAsync(Task("getObject", """{"Bucket":"none","Key":"k"}"""));

        Assert.Equal("""{"Body":"handled"}""", result.Output);
    }

    [Fact]
    public async Task A_folder_backed_S3_reads_files_as_objects_and_writes_objects_as_files()
    {
        var folder = Directory.CreateTempSubdirectory("asl-s3-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "in", "2025"));
            File.WriteAllText(Path.Combine(folder.FullName, "in", "2025", "items.json"), "[1,2]");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "out"));
            using var engine = new LocalEngine(new LocalEngineOptions { StartTime = Start, S3 = new LocalS3(folder.FullName) });

            var result = await engine.RunDefinitionAsync("""
                {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
                  "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"in","Key":"2025/items.json"}},
                  "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out","Prefix":"runs"}},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
                """);

            Assert.Equal(ExecutionStatus.Succeeded, result.Status);
            Assert.Equal(["in", "out"], engine.S3.BucketNames);
            var manifest = Directory.GetFiles(Path.Combine(folder.FullName, "out", "runs"), "manifest.json", SearchOption.AllDirectories);
            Assert.Contains("\"DestinationBucket\":\"out\"", File.ReadAllText(Assert.Single(manifest)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
