using Asl.Diagnostics;
using Asl.Model;
using static Asl.Core.Tests.MapAndErrorRules.MapAndErrorRulesHarness;

namespace Asl.Core.Tests.MapAndErrorRules;

/// <summary>J06 tolerated failures, J12 distributed-only fields, and realistic Maps that must pass.</summary>
public sealed class DistributedMapTests
{
    [Theory]
    [InlineData("101")]
    [InlineData("-5")]
    [InlineData("\"5\"")]
    public void ToleratedFailurePercentage_outside_0_to_100_is_reported_at_the_field(string value) =>
        AssertSingle(MapMachine(DistributedProcessor + ", \"ToleratedFailurePercentage\": " + value),
            AslRules.InvalidToleratedFailure, "/States/EachOrder/ToleratedFailurePercentage");

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("100")]
    public void ToleratedFailurePercentage_from_0_to_100_is_accepted(string value) =>
        AssertClean(MapMachine(DistributedProcessor + ", \"ToleratedFailurePercentage\": " + value));

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void ToleratedFailureCount_that_is_not_a_non_negative_whole_number_is_reported_at_the_field(string value) =>
        AssertSingle(MapMachine(DistributedProcessor + ", \"ToleratedFailureCount\": " + value),
            AslRules.InvalidToleratedFailure, "/States/EachOrder/ToleratedFailureCount");

    [Fact]
    public void ToleratedFailureCount_as_a_JSONata_expression_is_accepted_in_a_JSONata_state() =>
        AssertClean(MapMachine(DistributedProcessor + """, "Items": [1], "ToleratedFailureCount": "{% $states.input.tolerance %}" """, QueryLanguages.JsonAta));

    [Fact]
    public void ToleratedFailureCount_together_with_its_path_is_reported_at_the_path() =>
        AssertSingle(MapMachine(DistributedProcessor + """, "ToleratedFailureCount": 3, "ToleratedFailureCountPath": "$.tolerance" """),
            AslRules.ToleratedFailureAndPath, "/States/EachOrder/ToleratedFailureCountPath");

    [Fact]
    public void ToleratedFailurePercentage_together_with_its_path_is_reported_at_the_path() =>
        AssertSingle(MapMachine(DistributedProcessor + """, "ToleratedFailurePercentage": 3, "ToleratedFailurePercentagePath": "$.tolerance" """),
            AslRules.ToleratedFailureAndPath, "/States/EachOrder/ToleratedFailurePercentagePath");

    [Fact]
    public void Count_and_percentage_thresholds_may_be_combined() =>
        AssertClean(MapMachine(DistributedProcessor + """, "ToleratedFailureCount": 3, "ToleratedFailurePercentagePath": "$.tolerance" """));

    [Theory]
    [InlineData("\"Label\": \"orders\"", "Label")]
    [InlineData("\"ToleratedFailureCount\": 1", "ToleratedFailureCount")]
    [InlineData("\"ToleratedFailurePercentagePath\": \"$.tolerance\"", "ToleratedFailurePercentagePath")]
    [InlineData("\"ItemBatcher\": { \"MaxItemsPerBatch\": 10 }", "ItemBatcher")]
    [InlineData("\"ResultWriter\": { \"WriterConfig\": { \"OutputType\": \"JSON\" } }", "ResultWriter")]
    [InlineData("\"ItemReader\": { \"Resource\": \"arn:aws:states:::s3:listObjectsV2\", \"Parameters\": { \"Bucket\": \"b\" } }", "ItemReader")]
    public void Distributed_only_field_on_an_inline_Map_is_reported_at_the_field(string field, string name) =>
        AssertSingle(MapMachine(InlineProcessor + ", " + field), AslRules.DistributedFieldOnInlineMap, "/States/EachOrder/" + name);

    [Fact]
    public void Distributed_only_field_on_an_explicitly_INLINE_Map_is_reported() =>
        AssertSingle(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "INLINE" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            },
            "Label": "orders"
            """), AslRules.DistributedFieldOnInlineMap, "/States/EachOrder/Label");

    [Fact]
    public void Distributed_only_fields_on_a_distributed_Map_are_accepted() =>
        AssertClean(MapMachine(DistributedProcessor + """, "Label": "orders", "ToleratedFailureCount": 1, "ItemBatcher": { "MaxItemsPerBatch": 10 }"""));

    [Fact]
    public void A_misspelt_Mode_is_reported_once_rather_than_on_every_distributed_field() =>
        AssertSingle(MapMachine("""
            "ItemProcessor": {
              "ProcessorConfig": { "Mode": "distributed", "ExecutionType": "STANDARD" },
              "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } }
            },
            "Label": "orders", "ToleratedFailureCount": 1
            """), AslRules.InvalidProcessorConfigValue, "/States/EachOrder/ItemProcessor/ProcessorConfig/Mode");

    [Fact]
    public void Distributed_Map_reading_a_CSV_object_from_S3_in_JSONPath_gives_no_findings() => AssertClean("""
        {
          "Comment": "Score every row of a CSV export and write the results back to S3.",
          "StartAt": "ScoreRows",
          "States": {
            "ScoreRows": {
              "Type": "Map",
              "Label": "score-rows",
              "ItemReader": {
                "Resource": "arn:aws:states:::s3:getObject",
                "ReaderConfig": { "InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", "CSVDelimiter": "SEMICOLON", "MaxItems": 50000 },
                "Parameters": { "Bucket.$": "$.bucket", "Key.$": "$.key" }
              },
              "ItemBatcher": {
                "MaxItemsPerBatch": 100,
                "MaxInputBytesPerBatch": 262144,
                "BatchInput": { "runId.$": "$$.Execution.Name" }
              },
              "ItemSelector": { "row.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index" },
              "MaxConcurrency": 500,
              "ToleratedFailurePercentage": 5,
              "ResultWriter": {
                "Resource": "arn:aws:states:::s3:putObject",
                "Parameters": { "Bucket": "score-results", "Prefix": "runs" },
                "WriterConfig": { "OutputType": "JSONL", "Transformation": "COMPACT" }
              },
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "ScoreBatch",
                "States": {
                  "ScoreBatch": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": { "FunctionName": "${ScoreFunctionArn}", "Payload.$": "$" },
                    "Retry": [
                      { "ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 2.0, "MaxDelaySeconds": 60, "JitterStrategy": "FULL" },
                      { "ErrorEquals": ["States.ALL"], "MaxAttempts": 1 }
                    ],
                    "End": true
                  }
                }
              },
              "Retry": [ { "ErrorEquals": ["States.ItemReaderFailed"], "MaxAttempts": 2 } ],
              "Catch": [
                { "ErrorEquals": ["States.ExceedToleratedFailureThreshold"], "ResultPath": "$.failure", "Next": "TooManyFailures" },
                { "ErrorEquals": ["States.ResultWriterFailed"], "Next": "TooManyFailures" }
              ],
              "End": true
            },
            "TooManyFailures": { "Type": "Fail", "Error": "ScoringFailed", "Cause": "Too many rows failed to score." }
          }
        }
        """);

    [Fact]
    public void Distributed_Map_with_given_CSV_headers_in_JSONata_gives_no_findings() => AssertClean("""
        {
          "QueryLanguage": "JSONata",
          "StartAt": "ImportCustomers",
          "States": {
            "ImportCustomers": {
              "Type": "Map",
              "Label": "import-customers",
              "ItemReader": {
                "Resource": "arn:aws:states:::s3:getObject",
                "ReaderConfig": {
                  "InputType": "CSV",
                  "CSVHeaderLocation": "GIVEN",
                  "CSVHeaders": ["id", "name", "email"],
                  "MaxItems": "{% $states.input.limit %}"
                },
                "Arguments": { "Bucket": "{% $states.input.bucket %}", "Key": "customers.csv" }
              },
              "ItemBatcher": { "MaxItemsPerBatch": "{% $states.input.batchSize %}" },
              "MaxConcurrency": 100,
              "ToleratedFailureCount": 10,
              "ResultWriter": { "WriterConfig": { "OutputType": "JSON", "Transformation": "FLATTEN" } },
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" },
                "StartAt": "Upsert",
                "States": {
                  "Upsert": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::dynamodb:putItem",
                    "Arguments": { "TableName": "customers", "Item": "{% $states.input %}" },
                    "End": true
                  }
                }
              },
              "End": true
            }
          }
        }
        """);

    [Fact]
    public void Inline_Map_over_an_input_array_in_JSONPath_gives_no_findings() => AssertClean("""
        {
          "StartAt": "ShipEachOrder",
          "States": {
            "ShipEachOrder": {
              "Type": "Map",
              "ItemsPath": "$.orders",
              "ItemSelector": { "order.$": "$$.Map.Item.Value", "warehouse.$": "$.warehouse" },
              "MaxConcurrency": 10,
              "ItemProcessor": {
                "StartAt": "Ship",
                "States": {
                  "Ship": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": { "FunctionName": "ship-order", "Payload.$": "$" },
                    "HeartbeatSeconds": 60,
                    "TimeoutSeconds": 600,
                    "Retry": [ { "ErrorEquals": ["States.HeartbeatTimeout", "States.Timeout"], "MaxAttempts": 2 } ],
                    "End": true
                  }
                }
              },
              "ResultPath": "$.shipments",
              "Catch": [ { "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "ShippingFailed" } ],
              "End": true
            },
            "ShippingFailed": { "Type": "Fail", "Error": "ShippingFailed" }
          }
        }
        """);

    [Fact]
    public void Inline_Map_over_a_JSONata_expression_gives_no_findings() => AssertClean("""
        {
          "QueryLanguage": "JSONata",
          "StartAt": "PriceEachItem",
          "States": {
            "PriceEachItem": {
              "Type": "Map",
              "Items": "{% $states.input.cart.items %}",
              "ItemSelector": { "sku": "{% $states.context.Map.Item.Value.sku %}", "currency": "EUR" },
              "MaxConcurrency": 0,
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "INLINE" },
                "StartAt": "Price",
                "States": {
                  "Price": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Arguments": { "FunctionName": "price-item", "Payload": "{% $states.input %}" },
                    "Output": "{% $states.result.Payload %}",
                    "End": true
                  }
                }
              },
              "Output": { "prices": "{% $states.result %}" },
              "End": true
            }
          }
        }
        """);
}
