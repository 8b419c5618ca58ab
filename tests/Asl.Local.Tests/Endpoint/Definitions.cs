namespace Asl.Local.Tests.Endpoint;

/// <summary>Small definitions the endpoint tests create.</summary>
internal static class Definitions
{
    public const string Pass = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";

    /// <summary>What AWS accepts and this validator warns about: a States.* name raised and caught, an unassigned variable.</summary>
    public const string AcceptedWithWarnings = """
        {
          "StartAt": "Race",
          "States": {
            "Race": {
              "Type": "Parallel",
              "Branches": [ { "StartAt": "Met", "States": { "Met": { "Type": "Fail", "Error": "States.QuorumMet" } } } ],
              "Catch": [ { "ErrorEquals": ["States.QuorumMet"], "Next": "Report" } ],
              "End": true
            },
            "Report": { "Type": "Pass", "Parameters": { "total.$": "$total" }, "End": true }
          }
        }
        """;

    public const string PassWithResult = """{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"answer":42},"End":true}}}""";

    /// <summary>Waits an hour (no real time on the virtual clock), then outputs "done".</summary>
    public const string WaitAnHour = """
        {
          "StartAt": "Wait",
          "States": {
            "Wait": { "Type": "Wait", "Seconds": 3600, "Next": "Done" },
            "Done": { "Type": "Pass", "Result": "done", "End": true }
          }
        }
        """;

    public const string Fails = """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Custom.Broken","Cause":"it broke"}}}""";

    /// <summary>Hands a task token to the Lambda function "Notify" and waits for it; the output is what the token holder sends.</summary>
    public const string Callback = """
        {
          "StartAt": "Ask",
          "States": {
            "Ask": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": { "FunctionName": "Notify", "Payload": { "TaskToken.$": "$$.Task.Token" } },
              "End": true
            }
          }
        }
        """;

    /// <summary>Like <see cref="Callback"/>, but the task times out after one second without an answer.</summary>
    public const string CallbackWithTimeout = """
        {
          "StartAt": "Ask",
          "States": {
            "Ask": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": { "FunctionName": "Notify", "Payload": { "TaskToken.$": "$$.Task.Token" } },
              "TimeoutSeconds": 1,
              "End": true
            }
          }
        }
        """;

    /// <summary>Next names a state that does not exist (ASL1041 at /States/A/Next), so no state ends the machine (ASL1044 at /States).</summary>
    public const string MissingNextTarget = """
        {
          "StartAt": "A",
          "States": {
            "A": { "Type": "Pass", "Next": "Nowhere" }
          }
        }
        """;
}
