namespace Asl.Cli.Tests.RunServe;

/// <summary>Definitions and mock configurations the run and serve tests use.</summary>
internal static class RunDefinitions
{
    /// <summary>Adds the input's a and b with States.MathAdd.</summary>
    public const string Adder = """
        {
          "StartAt": "Add",
          "States": {
            "Add": { "Type": "Pass", "Parameters": { "sum.$": "States.MathAdd($.a, $.b)" }, "End": true }
          }
        }
        """;

    /// <summary>Waits an hour, then outputs "done".</summary>
    public const string WaitAnHour = """
        {
          "StartAt": "Wait",
          "States": {
            "Wait": { "Type": "Wait", "Seconds": 3600, "Next": "Done" },
            "Done": { "Type": "Pass", "Result": "done", "End": true }
          }
        }
        """;

    /// <summary>Waits one second, then outputs "done".</summary>
    public const string WaitASecond = """
        {
          "StartAt": "Wait",
          "States": {
            "Wait": { "Type": "Wait", "Seconds": 1, "Next": "Done" },
            "Done": { "Type": "Pass", "Result": "done", "End": true }
          }
        }
        """;

    public const string Fails = """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom.Broken","Cause":"it broke"}}}""";

    /// <summary>Invokes the Lambda function "Lookup" and keeps its Payload.</summary>
    public const string LambdaTask = """
        {
          "StartAt": "Lookup",
          "States": {
            "Lookup": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": { "FunctionName": "Lookup", "Payload.$": "$" },
              "OutputPath": "$.Payload",
              "End": true
            }
          }
        }
        """;

    /// <summary>Starts itself as a child with .waitForTaskToken; the child ends without sending the token back.</summary>
    public const string ForgottenCallback = """
        {
          "StartAt": "IsChild",
          "States": {
            "IsChild": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.child", "IsPresent": true, "Next": "Done" } ],
              "Default": "StartChild"
            },
            "StartChild": {
              "Type": "Task",
              "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
              "Parameters": { "StateMachineArn.$": "$$.StateMachine.Id", "Input": { "child": true, "token.$": "$$.Task.Token" } },
              "End": true
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>Mocks the state Lookup of the machine "lookup" in two test cases.</summary>
    public const string LookupMocks = """
        {
          "StateMachines": {
            "lookup": {
              "TestCases": {
                "Found": { "Lookup": "FoundResponse" },
                "Missing": { "Lookup": "NotFound" }
              }
            }
          },
          "MockedResponses": {
            "FoundResponse": { "0": { "Return": { "StatusCode": 200, "Payload": { "name": "Ada" } } } },
            "NotFound": { "0": { "Throw": { "Error": "Lookup.NotFound", "Cause": "no such record" } } }
          }
        }
        """;

    /// <summary>Mocks the nested reference machine's Callback Lambda (the test answers the token itself).</summary>
    public const string NestedCallbackMock = """
        {
          "StateMachines": {
            "NestingPatternAnotherStateMachine": { "TestCases": { "Quiet": { "Callback": "Received" } } }
          },
          "MockedResponses": {
            "Received": { "0": { "Return": { "StatusCode": 200, "Payload": null } } }
          }
        }
        """;
}
