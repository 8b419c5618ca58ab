using Asl.Diagnostics;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>J09 the ItemBatcher and J10 the ResultWriter of a distributed Map.</summary>
public sealed class BatcherAndWriterTests
{
    private const string BatcherPointer = "/States/EachOrder/ItemBatcher";
    private const string WriterPointer = "/States/EachOrder/ResultWriter";

    private static string Batcher(string batcher) => MapMachine(DistributedProcessor + ", \"ItemBatcher\": " + batcher);

    private static string Writer(string writer) => MapMachine(DistributedProcessor + ", \"ResultWriter\": " + writer);

    [Theory]
    [InlineData("""{ "MaxItemsPerBatch": 0 }""", "MaxItemsPerBatch")]
    [InlineData("""{ "MaxItemsPerBatch": 2.5 }""", "MaxItemsPerBatch")]
    [InlineData("""{ "MaxInputBytesPerBatch": 262145 }""", "MaxInputBytesPerBatch")]
    [InlineData("""{ "MaxInputBytesPerBatch": -1 }""", "MaxInputBytesPerBatch")]
    public void Batch_limit_that_is_not_a_positive_whole_number_in_range_is_reported_at_the_limit(string batcher, string field) =>
        AssertSingle(Batcher(batcher), AslRules.InvalidItemBatcherValue, BatcherPointer + "/" + field);

    [Theory]
    [InlineData("""{ "MaxItemsPerBatch": 1 }""")]
    [InlineData("""{ "MaxInputBytesPerBatch": 262144 }""")]
    [InlineData("""{ "MaxItemsPerBatchPath": "$.batchSize", "BatchInput": { "runId.$": "$$.Execution.Id" } }""")]
    [InlineData("""{ "MaxItemsPerBatch": "${BatchSize}", "MaxInputBytesPerBatchPath": "$.maxBytes" }""")]
    public void Batcher_with_valid_limits_is_accepted(string batcher) =>
        AssertClean(Batcher(batcher));

    [Fact]
    public void Batch_limit_together_with_its_path_is_reported_at_the_path() =>
        AssertSingle(Batcher("""{ "MaxInputBytesPerBatch": 1024, "MaxInputBytesPerBatchPath": "$.maxBytes" }"""),
            AslRules.ItemBatcherValueAndPath, BatcherPointer + "/MaxInputBytesPerBatchPath");

    [Fact]
    public void Batcher_without_any_limit_is_reported_at_ItemBatcher() =>
        AssertSingle(Batcher("""{ "BatchInput": { "source": "nightly" } }"""), AslRules.ItemBatcherWithoutLimit, BatcherPointer);

    [Fact]
    public void WriterConfig_OutputType_outside_JSON_and_JSONL_is_reported_at_OutputType() =>
        AssertSingle(Writer("""{ "WriterConfig": { "OutputType": "CSV" } }"""),
            AslRules.InvalidWriterConfigValue, WriterPointer + "/WriterConfig/OutputType");

    [Fact]
    public void WriterConfig_Transformation_outside_NONE_COMPACT_and_FLATTEN_is_reported_at_Transformation() =>
        AssertSingle(Writer("""{ "WriterConfig": { "OutputType": "JSONL", "Transformation": "FLAT" } }"""),
            AslRules.InvalidWriterConfigValue, WriterPointer + "/WriterConfig/Transformation");

    [Fact]
    public void WriterConfig_without_OutputType_is_reported_at_WriterConfig() =>
        AssertSingle(Writer("""{ "WriterConfig": { "Transformation": "NONE" } }"""),
            AslRules.WriterConfigWithoutOutputType, WriterPointer + "/WriterConfig");

    [Fact]
    public void ResultWriter_Resource_other_than_S3_putObject_is_reported_at_Resource() =>
        AssertSingle(Writer("""{ "Resource": "arn:aws:states:::s3:getObject", "Parameters": { "Bucket": "results", "Prefix": "runs" } }"""),
            AslRules.InvalidResultWriterResource, WriterPointer + "/Resource");

    [Fact]
    public void Empty_ResultWriter_is_reported_at_ResultWriter() =>
        AssertSingle(Writer("{}"), AslRules.EmptyResultWriter, WriterPointer);

    [Theory]
    [InlineData("""{ "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "results", "Prefix": "runs" } }""")]
    [InlineData("""{ "WriterConfig": { "OutputType": "JSON", "Transformation": "FLATTEN" } }""")]
    [InlineData("""{ "Resource": "arn:aws-us-gov:states:::s3:putObject", "Parameters": { "Bucket": "results" }, "WriterConfig": { "OutputType": "JSONL" } }""")]
    public void ResultWriter_that_exports_or_formats_results_is_accepted(string writer) =>
        AssertClean(Writer(writer));
}
