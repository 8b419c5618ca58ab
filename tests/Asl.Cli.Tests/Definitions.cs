namespace Asl.Cli.Tests;

/// <summary>Small definitions the tests validate.</summary>
internal static class Definitions
{
    public const string Valid = """
        {
          "Comment": "Says hello",
          "StartAt": "Hello",
          "States": {
            "Hello": { "Type": "Pass", "Result": "hello", "End": true }
          }
        }
        """;

    /// <summary>Two top-level fields that do not exist: "Timeout" on line 3 and "Owner" on line 4.</summary>
    public const string TwoUnknownFields = """
        {
          "StartAt": "Hello",
          "Timeout": 60,
          "Owner": "me",
          "States": {
            "Hello": { "Type": "Pass", "End": true }
          }
        }
        """;

    /// <summary>A Choice without Default (warning ASL1140 on line 5), otherwise valid.</summary>
    public const string ChoiceWithoutDefault = """
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.ready", "BooleanEquals": true, "Next": "Done" } ]
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>A callback Task: valid for STANDARD workflows, ASL1120 for EXPRESS ones (line 5).</summary>
    public const string WaitForTaskToken = """
        {
          "StartAt": "Callback",
          "States": {
            "Callback": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody": { "Token.$": "$$.Task.Token" } },
              "End": true
            }
          }
        }
        """;

    /// <summary>A definition with one unknown top-level field, named <paramref name="field"/>, on line 3.</summary>
    public static string WithUnknownField(string field) => $$"""
        {
          "StartAt": "Hello",
          "{{field}}": true,
          "States": { "Hello": { "Type": "Pass", "End": true } }
        }
        """;
}
