using System.Text.Json;
using Asl.Api;
using Asl.Testing;

namespace Asl.Local.Tests.Testing;

/// <summary>The harness's in-memory S3 buckets, used as a workflow's tests use them.</summary>
public sealed class S3BucketMockTests : IDisposable
{
    private readonly WorkflowHarness _harness = new(new WorkflowHarnessOptions
    {
        Engine = new LocalEngineOptions { StartTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), RandomSeed = 1 },
    });

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_distributed_Map_reads_the_items_put_in_a_bucket_and_its_results_and_the_S3_tasks_land_in_another()
    {
        _harness.Substitute("InboxBucket", "inbox");
        _harness.S3Bucket("${InboxBucket}").PutJson("2025/lines.json", new[] { new ImportLine("apple", 2), new ImportLine("pear", 1) });
        var results = _harness.S3Bucket("results");

        var run = await _harness.RunAsync(ImportWorkflow.Info, new ImportInput("2025/lines.json"));

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        var manifestKey = Assert.Single(results.Keys, k => k.EndsWith("/manifest.json", StringComparison.Ordinal));
        Assert.StartsWith("imports/", manifestKey);
        Assert.Equal(manifestKey, results.GetText("done.txt"));
        Assert.Equal(manifestKey, ((JsonElement)run.Output!).GetProperty("Manifest").GetString());
        var records = results.Get<JsonElement[]>(manifestKey.Replace("manifest.json", "SUCCEEDED_0.json", StringComparison.Ordinal))!;
        Assert.Equal(["{\"Accepted\":\"apple\"}", "{\"Accepted\":\"pear\"}"], records.Select(r => r.GetProperty("Output").GetString()));
    }

    [Fact]
    public async Task A_missing_object_fails_the_Map_with_ItemReaderFailed()
    {
        _harness.Substitute("InboxBucket", "inbox");
        _harness.S3Bucket("inbox");
        _harness.S3Bucket("results");

        var run = await _harness.RunAsync(ImportWorkflow.Info, new ImportInput("missing.json"));

        Assert.Equal(("States.ItemReaderFailed", "Import lines"), (run.Error, run.StatesEntered[^1]));
        Assert.StartsWith("The specified key does not exist.", run.Cause);
    }

    [Fact]
    public async Task A_task_mock_of_an_S3_resource_answers_instead_of_the_bucket()
    {
        _harness.Substitute("InboxBucket", "inbox");
        _harness.S3Bucket("inbox").Put("lines.json", "[]");
        var results = _harness.S3Bucket("results");
        _harness.MockTask<JsonElement, object>("arn:aws:states:::aws-sdk:s3:getObject", _ => new { Body = "from the mock" });

        var run = await _harness.RunAsync(ImportWorkflow.Info, new ImportInput("lines.json"));

        Assert.Equal("{\"Manifest\":\"from the mock\"}", JsonSerializer.Serialize(run.Output));
        Assert.NotNull(results.GetText("done.txt"));
    }

    [Fact]
    public void A_bucket_placeholder_needs_its_value_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _harness.S3Bucket("${InboxBucket}"));

        Assert.Contains("harness.Substitute(\"InboxBucket\"", error.Message);
    }

    [Fact]
    public void Objects_carry_the_metadata_ListObjectsV2_gives()
    {
        var bucket = _harness.S3Bucket("data").Put("b.txt", "hello").Put("a.txt", [1, 2, 3]);

        Assert.Equal(["a.txt", "b.txt"], bucket.Keys);
        var b = bucket.Objects[1];
        Assert.Equal((5L, "\"5d41402abc4b2a76b9719d911017c592\"", _harness.Now, "STANDARD"), (b.Size, b.ETag, b.LastModified, b.StorageClass));
    }
}
