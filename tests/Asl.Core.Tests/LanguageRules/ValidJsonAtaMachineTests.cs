using static Asl.Core.Tests.LanguageRules.LanguageRulesHarness;

namespace Asl.Core.Tests.LanguageRules;

/// <summary>Realistic JSONata state machines that no pass of the validator may report anything about.</summary>
public sealed class ValidJsonAtaMachineTests
{
    private const string OrderProcessing = """
        {
          "Comment": "Validates an order, routes large ones to approval, reserves stock per line and notifies.",
          "QueryLanguage": "JSONata",
          "StartAt": "Validate",
          "States": {
            "Validate": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": {
                "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:validate-order",
                "Payload": { "order": "{% $states.input.order %}", "executionId": "{% $states.context.Execution.Id %}" }
              },
              "Assign": {
                "orderId": "{% $states.result.Payload.orderId %}",
                "total": "{% $sum($states.result.Payload.lines.(price * quantity)) %}"
              },
              "Output": "{% $states.result.Payload %}",
              "Retry": [ { "ErrorEquals": [ "Lambda.ServiceException", "Lambda.TooManyRequestsException" ], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2 } ],
              "Catch": [
                {
                  "ErrorEquals": [ "States.ALL" ],
                  "Assign": { "failure": "{% $states.errorOutput %}" },
                  "Output": "{% $merge([$states.input, { 'error': $states.errorOutput }]) %}",
                  "Next": "Rejected"
                }
              ],
              "Next": "Route"
            },
            "Route": {
              "Type": "Choice",
              "Choices": [
                { "Condition": "{% $total > 1000 %}", "Assign": { "tier": "large" }, "Next": "Approve" }
              ],
              "Default": "Reserve stock",
              "Assign": { "tier": "standard" }
            },
            "Approve": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Arguments": {
                "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                "MessageBody": { "token": "{% $states.context.Task.Token %}", "orderId": "{% $orderId %}", "total": "{% $total %}" }
              },
              "TimeoutSeconds": 86400,
              "HeartbeatSeconds": "{% 3600 %}",
              "Output": "{% $states.input %}",
              "Next": "Reserve stock"
            },
            "Reserve stock": {
              "Type": "Map",
              "Items": "{% $states.input.lines %}",
              "MaxConcurrency": 5,
              "ItemSelector": {
                "line": "{% $states.context.Map.Item.Value %}",
                "position": "{% $states.context.Map.Item.Index + 1 %}",
                "orderId": "{% $orderId %}"
              },
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "INLINE" },
                "StartAt": "Reserve",
                "States": {
                  "Reserve": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::dynamodb:updateItem",
                    "Arguments": {
                      "TableName": "stock",
                      "Key": { "sku": { "S": "{% $states.input.line.sku %}" } },
                      "UpdateExpression": "SET reserved = reserved + :q",
                      "ExpressionAttributeValues": { ":q": { "N": "{% $string($states.input.line.quantity) %}" } }
                    },
                    "Output": "{% $states.input.line.sku %}",
                    "End": true
                  }
                }
              },
              "Assign": { "reserved": "{% $count($states.result) %}" },
              "Next": "Settle"
            },
            "Settle": {
              "Type": "Wait",
              "Seconds": "{% $tier = 'large' ? 60 : 5 %}",
              "Next": "Notify"
            },
            "Notify": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sns:publish",
              "Arguments": {
                "TopicArn": "arn:aws:sns:us-east-1:123456789012:orders",
                "Message": "{% 'Order ' & $orderId & ' reserved ' & $reserved & ' lines (' & $tier & ')' %}"
              },
              "Output": { "orderId": "{% $orderId %}", "digest": "{% $hash($orderId, 'SHA-256') %}" },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed", "Output": { "orderId": "{% $orderId %}", "tier": "{% $tier %}" } },
            "Rejected": { "Type": "Fail", "Error": "OrderRejected", "Cause": "{% $string($failure.Cause) %}" }
          }
        }
        """;

    private const string BatchFanOut = """
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Prepare",
          "States": {
            "Prepare": {
              "Type": "Pass",
              "Assign": {
                "batches": "{% $partition($states.input.records, 25) %}",
                "config": "{% $parse($states.input.configJson) %}",
                "jitter": "{% $random() %}",
                "slots": "{% $range(1, 10, 3) %}",
                "requestId": "{% $uuid() %}"
              },
              "Output": { "count": "{% $count($states.input.records) %}" },
              "Next": "Fan out"
            },
            "Fan out": {
              "Type": "Parallel",
              "Arguments": { "batches": "{% $batches %}", "config": "{% $config %}" },
              "Branches": [
                {
                  "StartAt": "Write",
                  "States": {
                    "Write": {
                      "Type": "Map",
                      "Items": "{% $states.input.batches %}",
                      "ItemProcessor": {
                        "StartAt": "Put",
                        "States": {
                          "Put": {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::dynamodb:batchWriteItem",
                            "Arguments": {
                              "RequestItems": {
                                "records": "{% $map($states.input, function($r) { { 'PutRequest': { 'Item': { 'id': { 'S': $r.id } } } } }) %}"
                              }
                            },
                            "End": true
                          }
                        }
                      },
                      "End": true
                    }
                  }
                },
                {
                  "StartAt": "Audit",
                  "States": {
                    "Audit": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::events:putEvents",
                      "Arguments": {
                        "Entries": [ { "Source": "orders", "DetailType": "batch", "Detail": { "requestId": "{% $requestId %}", "batches": "{% $count($states.input.batches) %}" } } ]
                      },
                      "End": true
                    }
                  }
                }
              ],
              "Output": "{% $states.result[1] %}",
              "Next": "Check"
            },
            "Check": {
              "Type": "Choice",
              "Choices": [
                {
                  "Condition": "{% $exists($states.input.FailedEntryCount) and $states.input.FailedEntryCount > 0 %}",
                  "Output": { "failed": "{% $states.input.FailedEntryCount %}" },
                  "Next": "Audit failed"
                }
              ],
              "Default": "Finish"
            },
            "Audit failed": { "Type": "Fail", "Error": "AuditFailed", "Cause": "{% 'Failed entries: ' & $string($states.input.failed) %}" },
            "Finish": {
              "Type": "Pass",
              "Output": "{% $merge([{ 'requestId': $requestId }, { 'slots': $slots, 'jitter': $jitter }]) %}",
              "End": true
            }
          }
        }
        """;

    private const string DistributedCsvImport = """
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Import",
          "States": {
            "Import": {
              "Type": "Map",
              "Label": "CsvImport",
              "ItemReader": {
                "Resource": "arn:aws:states:::s3:getObject",
                "ReaderConfig": { "InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", "MaxItems": "{% $states.input.limit %}" },
                "Arguments": { "Bucket": "{% $states.input.bucket %}", "Key": "{% $states.input.key %}" }
              },
              "ItemBatcher": { "MaxItemsPerBatch": 100, "BatchInput": { "importId": "{% $states.context.Execution.Name %}" } },
              "MaxConcurrency": 50,
              "ToleratedFailurePercentage": "{% $states.input.tolerance %}",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                "StartAt": "Load",
                "States": {
                  "Load": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Arguments": { "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:load-rows", "Payload": "{% $states.input %}" },
                    "Output": "{% $states.result.Payload %}",
                    "End": true
                  }
                }
              },
              "ResultWriter": {
                "Resource": "arn:aws:states:::s3:putObject",
                "Arguments": { "Bucket": "{% $states.input.bucket %}", "Prefix": "results" }
              },
              "Output": { "summary": "{% $states.result %}" },
              "End": true
            }
          }
        }
        """;

    private const string CatchAndClassify = """
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task",
              "Resource": "arn:aws:states:::http:invoke",
              "Arguments": {
                "ApiEndpoint": "{% 'https://api.example.com/orders/' & $states.input.id %}",
                "Method": "GET",
                "Authentication": { "ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/api/0a1b2c3d" }
              },
              "Catch": [
                {
                  "ErrorEquals": [ "States.Http.Socket" ],
                  "Output": "{% $merge([ $states.input, {'error-info': $states.errorOutput} ]) %}",
                  "Next": "Recover"
                },
                {
                  "ErrorEquals": [ "States.ALL" ],
                  "Assign": { "isCritical": "{% $contains($lowercase($states.errorOutput.Error), /.*fatal.*/) %}" },
                  "Next": "Classify"
                }
              ],
              "Output": "{% $states.result.ResponseBody %}",
              "End": true
            },
            "Recover": { "Type": "Pass", "Output": "{% $states.input.`error-info` %}", "End": true },
            "Classify": {
              "Type": "Choice",
              "Choices": [ { "Condition": "{% $isCritical %}", "Next": "Page" } ],
              "Default": "Give up"
            },
            "Page": { "Type": "Fail", "Error": "Critical", "Cause": "{% $states.input.Cause %}" },
            "Give up": { "Type": "Fail", "Error": "{% $states.input.Error %}" }
          }
        }
        """;

    [Theory]
    [InlineData(nameof(OrderProcessing))]
    [InlineData(nameof(BatchFanOut))]
    [InlineData(nameof(DistributedCsvImport))]
    [InlineData(nameof(CatchAndClassify))]
    public void A_realistic_JSONata_machine_has_no_findings(string name)
    {
        var json = name switch
        {
            nameof(OrderProcessing) => OrderProcessing,
            nameof(BatchFanOut) => BatchFanOut,
            nameof(DistributedCsvImport) => DistributedCsvImport,
            _ => CatchAndClassify,
        };
        AssertNoFindingsAtAll(json);
    }
}
