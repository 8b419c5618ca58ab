namespace Asl.Benchmarks.Inputs;

/// <summary>The state machines the engine benchmarks run, as ASL JSON, with their inputs.</summary>
public static class ExecutionMachines
{
    /// <summary>
    /// 20 states of Pass, Choice and Map (14 at the top level, 6 in the Map's item processor) with payload
    /// templates, intrinsic functions, And/Or/Not rules and ResultPath. It uses only what aws-local-stepfunctions
    /// supports, so both engines run the very same definition. With <see cref="OrderInput"/> an execution enters
    /// <see cref="StatesEnteredPerOrder"/> states.
    /// </summary>
    public const string PassChoiceMap = """
        {
          "Comment": "Benchmark machine: 20 states of Pass, Choice and Map (14 at the top level, 6 in the item processor).",
          "StartAt": "Normalize order",
          "States": {
            "Normalize order": {
              "Type": "Pass",
              "Parameters": {
                "orderId.$": "$.orderId",
                "region.$": "$.region",
                "customer.$": "$.customer",
                "items.$": "$.items",
                "count.$": "States.ArrayLength($.items)"
              },
              "Next": "Route by size"
            },
            "Route by size": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.count", "NumericGreaterThan": 3, "Next": "Large order" } ],
              "Default": "Small order"
            },
            "Large order": { "Type": "Pass", "Result": { "size": "large", "discount": 10 }, "ResultPath": "$.size", "Next": "Label order" },
            "Small order": { "Type": "Pass", "Result": { "size": "small", "discount": 0 }, "ResultPath": "$.size", "Next": "Label order" },
            "Label order": {
              "Type": "Pass",
              "Parameters": {
                "label.$": "States.Format('order-{}-{}', $.orderId, $.region)",
                "tier.$": "$.customer.tier"
              },
              "ResultPath": "$.label",
              "Next": "Process items"
            },
            "Process items": {
              "Type": "Map",
              "ItemsPath": "$.items",
              "ItemSelector": {
                "item.$": "$$.Map.Item.Value",
                "index.$": "$$.Map.Item.Index",
                "tier.$": "$.customer.tier"
              },
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "INLINE" },
                "StartAt": "Price item",
                "States": {
                  "Price item": {
                    "Type": "Pass",
                    "Parameters": {
                      "sku.$": "$.item.sku",
                      "quantity.$": "$.item.quantity",
                      "price.$": "$.item.price",
                      "index.$": "$.index",
                      "tier.$": "$.tier"
                    },
                    "Next": "Check quantity"
                  },
                  "Check quantity": {
                    "Type": "Choice",
                    "Choices": [
                      {
                        "And": [
                          { "Variable": "$.quantity", "NumericGreaterThanEquals": 10 },
                          { "Variable": "$.tier", "StringEquals": "gold" }
                        ],
                        "Next": "Bulk rate"
                      },
                      { "Variable": "$.quantity", "NumericGreaterThan": 1, "Next": "Multi rate" }
                    ],
                    "Default": "Single rate"
                  },
                  "Bulk rate": { "Type": "Pass", "Result": "bulk", "ResultPath": "$.rate", "Next": "Total item" },
                  "Multi rate": { "Type": "Pass", "Result": "multi", "ResultPath": "$.rate", "Next": "Total item" },
                  "Single rate": { "Type": "Pass", "Result": "single", "ResultPath": "$.rate", "Next": "Total item" },
                  "Total item": {
                    "Type": "Pass",
                    "Parameters": {
                      "sku.$": "$.sku",
                      "rate.$": "$.rate",
                      "line.$": "States.MathAdd($.quantity, $.index)"
                    },
                    "End": true
                  }
                }
              },
              "ResultPath": "$.lines",
              "Next": "Count lines"
            },
            "Count lines": {
              "Type": "Pass",
              "Parameters": { "lines.$": "States.ArrayLength($.lines)" },
              "ResultPath": "$.summary",
              "Next": "Check lines"
            },
            "Check lines": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.summary.lines", "NumericEqualsPath": "$.count", "Next": "Check priority" } ],
              "Default": "Incomplete"
            },
            "Incomplete": { "Type": "Fail", "Error": "Order.Incomplete", "Cause": "Not every item was processed." },
            "Check priority": {
              "Type": "Choice",
              "Choices": [
                {
                  "Or": [
                    { "Variable": "$.customer.tier", "StringEquals": "gold" },
                    { "Variable": "$.size.discount", "NumericGreaterThan": 5 }
                  ],
                  "Next": "Priority shipping"
                },
                { "Not": { "Variable": "$.region", "StringMatches": "eu-*" }, "Next": "Standard shipping" }
              ],
              "Default": "Regional shipping"
            },
            "Priority shipping": { "Type": "Pass", "Result": "priority", "ResultPath": "$.shipping", "Next": "Build receipt" },
            "Standard shipping": { "Type": "Pass", "Result": "standard", "ResultPath": "$.shipping", "Next": "Build receipt" },
            "Regional shipping": { "Type": "Pass", "Result": "regional", "ResultPath": "$.shipping", "Next": "Build receipt" },
            "Build receipt": {
              "Type": "Pass",
              "Parameters": {
                "orderId.$": "$.orderId",
                "label.$": "$.label.label",
                "size.$": "$.size.size",
                "shipping.$": "$.shipping",
                "lines.$": "$.lines"
              },
              "End": true
            }
          }
        }
        """;

    /// <summary>The input of <see cref="PassChoiceMap"/>: five items, so the Map runs its processor five times.</summary>
    public const string OrderInput = """
        {"orderId":"o-1001","region":"eu-west-1","customer":{"id":"c-42","tier":"gold"},"items":[{"sku":"A","quantity":12,"price":3.5},{"sku":"B","quantity":1,"price":20},{"sku":"C","quantity":3,"price":7.25},{"sku":"D","quantity":10,"price":1},{"sku":"E","quantity":2,"price":99.9}]}
        """;

    /// <summary>States entered by one execution of <see cref="PassChoiceMap"/> on <see cref="OrderInput"/>: 10 at the top level and 4 for each of the 5 items.</summary>
    public const int StatesEnteredPerOrder = 30;

    /// <summary>A parent that starts <see cref="Child"/> with <c>startExecution.sync:2</c> and waits for it; <c>${ChildArn}</c> names the child.</summary>
    public const string SyncParent = """
        {
          "Comment": "Benchmark: a parent that runs a child execution to completion.",
          "StartAt": "Run child",
          "States": {
            "Run child": {
              "Type": "Task",
              "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": {
                "StateMachineArn": "${ChildArn}",
                "Input": {
                  "value.$": "$.value",
                  "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"
                }
              },
              "ResultSelector": { "output.$": "$.Output" },
              "End": true
            }
          }
        }
        """;

    /// <summary>The child of <see cref="SyncParent"/>: Pass, Choice, Pass.</summary>
    public const string Child = """
        {
          "StartAt": "Double",
          "States": {
            "Double": { "Type": "Pass", "Parameters": { "value.$": "States.MathAdd($.value, $.value)" }, "Next": "Big?" },
            "Big?": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.value", "NumericGreaterThan": 10, "Next": "Big" } ],
              "Default": "Small"
            },
            "Big": { "Type": "Pass", "Result": "big", "ResultPath": "$.size", "End": true },
            "Small": { "Type": "Pass", "Result": "small", "ResultPath": "$.size", "End": true }
          }
        }
        """;

    /// <summary>The input of <see cref="SyncParent"/>.</summary>
    public const string SyncInput = """{"value":7}""";

    /// <summary>A one-state machine for the endpoint benchmark, so the measure is the request, not the execution.</summary>
    public const string Hello = """
        { "StartAt": "Hello", "States": { "Hello": { "Type": "Pass", "Result": "hello", "End": true } } }
        """;
}
