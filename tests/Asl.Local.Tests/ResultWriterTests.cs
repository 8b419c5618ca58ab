using Asl.Json;
using Asl.Local.Json;
using static Asl.Local.Tests.TestEngine;

namespace Asl.Local.Tests;

/// <summary>A distributed Map's ResultWriter writes its results to the engine's S3 in AWS's layout and returns where.</summary>
public class ResultWriterTests
{
    private static string Definition(string writer, string mapFields = "")
        => "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true,\"Label\":\"Orders\"," + mapFields
           + "\"ResultWriter\":" + writer + ",\"ItemProcessor\":" + Processor + "}}}";

    private const string Processor = """
        {"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Variable":"$","StringEquals":"bad","Next":"F"}],"Default":"P"},
          "F":{"Type":"Fail","Error":"Order.Bad","Cause":"a bad order"},
          "P":{"Type":"Pass","Parameters":{"done.$":"$"},"End":true}}}
        """;

    private static AslJsonObject Object(string json) => (AslJsonObject)JsonText.Parse(json);

    private static string Text(AslJson? value) => ((AslJsonString)value!).Value;

    [Fact]
    public async Task The_Map_returns_its_Map_Run_ARN_and_the_manifest_and_writes_the_results_under_the_prefix()
    {
        using var engine = Create();
        var bucket = engine.S3.Bucket("results");

        var result = await engine.RunDefinitionAsync(Definition("""
            {"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"results","Prefix.$":"$.prefix"}}
            """, "\"ItemsPath\":\"$.items\",\"ToleratedFailureCount\":1,"), """{"prefix":"jobs","items":["a","bad"]}""");

        Assert.Equal(Asl.Api.ExecutionStatus.Succeeded, result.Status);
        var output = Object(result.Output!);
        var mapRunArn = Text(output["MapRunArn"]);
        Assert.Matches("^arn:aws:states:us-east-1:123456789012:mapRun:Machine/Orders:[0-9a-f-]{36}$", mapRunArn);
        var runId = mapRunArn[(mapRunArn.LastIndexOf(':') + 1)..];
        Assert.Equal(Compact($$"""{"Bucket":"results","Key":"jobs/{{runId}}/manifest.json"}"""), JsonText.Write(output["ResultWriterDetails"]!));
        Assert.Equal(new[] { $"jobs/{runId}/FAILED_0.json", $"jobs/{runId}/SUCCEEDED_0.json", $"jobs/{runId}/manifest.json" }, bucket.Keys);

        var manifest = Object(bucket.GetText($"jobs/{runId}/manifest.json")!);
        Assert.Equal("results", Text(manifest["DestinationBucket"]));
        Assert.Equal(mapRunArn, Text(manifest["MapRunArn"]));
        var files = (AslJsonObject)manifest["ResultFiles"]!;
        Assert.Equal(Compact($$"""[{"Key":"jobs/{{runId}}/SUCCEEDED_0.json","Size":{{bucket.Get($"jobs/{runId}/SUCCEEDED_0.json")!.Size}}}]"""), JsonText.Write(files["SUCCEEDED"]!));
        Assert.Equal("[]", JsonText.Write(files["PENDING"]!));

        var succeeded = Assert.Single(((AslJsonArray)JsonText.Parse(bucket.GetText($"jobs/{runId}/SUCCEEDED_0.json")!)).Items);
        var record = (AslJsonObject)succeeded;
        Assert.Equal("SUCCEEDED", Text(record["Status"]));
        Assert.Equal("\"a\"", Text(record["Input"]));
        Assert.Equal("""{"done":"a"}""", Text(record["Output"]));
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:Machine/Orders", Text(record["StateMachineArn"]));
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:execution:Machine/Orders:", Text(record["ExecutionArn"]));
        Assert.Equal(["ExecutionArn", "Input", "InputDetails", "Name", "Output", "OutputDetails", "RedriveCount", "RedriveStatus", "RedriveStatusReason", "StartDate", "StateMachineArn", "Status", "StopDate"],
            record.Properties.Select(p => p.Name));

        var failed = (AslJsonObject)Assert.Single(((AslJsonArray)JsonText.Parse(bucket.GetText($"jobs/{runId}/FAILED_0.json")!)).Items);
        Assert.Equal(("FAILED", "Order.Bad", "a bad order"), (Text(failed["Status"]), Text(failed["Error"]), Text(failed["Cause"])));
        Assert.Null(failed["Output"]);
    }

    [Fact]
    public async Task COMPACT_writes_only_the_outputs_and_FLATTEN_spreads_array_outputs()
    {
        using var engine = Create();
        var bucket = engine.S3.Bucket("results");
        const string flatten = """
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"results","Prefix":"p"},"WriterConfig":{"OutputType":"JSON","Transformation":"FLATTEN"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """;

        var flattened = await engine.RunDefinitionAsync(flatten, "[[1,2],[3],4]", "Flatten");
        var compact = await engine.RunDefinitionAsync(flatten.Replace("FLATTEN", "COMPACT").Replace("\"JSON\"", "\"JSONL\""), "[[1,2],{\"x\":3}]", "Compact");

        Assert.Equal(Asl.Api.ExecutionStatus.Succeeded, flattened.Status);
        Assert.Equal("[1,2,3,4]", bucket.GetText(SucceededKey(flattened.Output!)));
        Assert.Equal("[1,2]\n{\"x\":3}\n", bucket.GetText(SucceededKey(compact.Output!)));
    }

    [Fact]
    public async Task WriterConfig_without_a_Resource_shapes_the_Maps_own_result()
    {
        var output = await OutputOfAsync("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"ResultWriter":{"WriterConfig":{"OutputType":"JSON","Transformation":"FLATTEN"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, "[[1,2],[3]]");

        Assert.Equal("[1,2,3]", output);
    }

    [Fact]
    public async Task A_missing_result_bucket_fails_the_Map_with_ResultWriterFailed()
    {
        var result = await RunAsync(Definition("""{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"nowhere","Prefix":"p"}}"""), "[\"a\"]");

        Assert.Equal("States.ResultWriterFailed", result.Error);
        Assert.StartsWith("The specified bucket does not exist (Service: S3, Status Code: 404", result.Cause);
    }

    [Fact]
    public async Task A_failed_Map_Run_still_exports_what_its_iterations_did()
    {
        using var engine = Create();
        var bucket = engine.S3.Bucket("results");

        var result = await engine.RunDefinitionAsync(Definition("""{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"results","Prefix":"p"}}""",
            "\"MaxConcurrency\":1,"), "[\"a\",\"bad\"]");

        Assert.Equal("Order.Bad", result.Error);
        var manifestKey = Assert.Single(bucket.Keys, k => k.EndsWith("/manifest.json", StringComparison.Ordinal));
        var files = (AslJsonObject)Object(bucket.GetText(manifestKey)!)["ResultFiles"]!;
        Assert.Single(((AslJsonArray)files["FAILED"]!).Items);
        Assert.Single(((AslJsonArray)files["SUCCEEDED"]!).Items);
    }

    private static string SucceededKey(string output)
    {
        var key = Text(((AslJsonObject)Object(output)["ResultWriterDetails"]!)["Key"]);
        return key.Replace("manifest.json", "SUCCEEDED_0.json", StringComparison.Ordinal);
    }
}
