namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>D. Fields common to states.</summary>
    private static IEnumerable<RuleExample> CommonFields() =>
    [
        new("ASL1061",
            "Every state needs a `Type`, one of `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map` (case matters). A state without a known type cannot be checked further.",
            """
            {
              "StartAt": "Greet",
              "States": {
                "Greet": { "Type": "Lambda", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:greet", "End": true }
              }
            }
            """,
            "Lambda functions run in a `Task` state.",
            """
            {
              "StartAt": "Greet",
              "States": {
                "Greet": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:greet", "End": true }
              }
            }
            """),

        new("ASL1062",
            "Pass, Task, Wait, Parallel and Map states need exactly one of `Next` (the state that runs next) or `End: true` (the state ends its `States` object). With neither, the flow has nowhere to go; with both, it is ambiguous.",
            """
            {
              "StartAt": "Prepare",
              "States": {
                "Prepare": { "Type": "Pass" },
                "Done": { "Type": "Succeed" }
              }
            }
            """,
            "Say where the flow goes next.",
            """
            {
              "StartAt": "Prepare",
              "States": {
                "Prepare": { "Type": "Pass", "Next": "Done" },
                "Done": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1063",
            "`End` must be the JSON boolean `true`. A quoted `\"true\"` is a string and is rejected.",
            """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": "true" }
              }
            }
            """,
            "Write `true` without quotes.",
            HelloWorld),

        new("ASL1064",
            "Choice, Succeed and Fail states decide their own transitions: a Choice follows its rules, Succeed and Fail end the execution. None of them may have `Next` or `End`.",
            """
            {
              "StartAt": "Done",
              "States": {
                "Done": { "Type": "Succeed", "End": true }
              }
            }
            """,
            "Remove `End`: a Succeed state always ends its machine.",
            """
            {
              "StartAt": "Done",
              "States": {
                "Done": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1065",
            "Each state type allows a fixed set of fields; AWS rejects any other with \"Field 'X' is not supported\". A misspelled field would otherwise be ignored, with its setting silently lost.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "TimeoutSecond": 30,
                  "End": true
                }
              }
            }
            """,
            "Use the field's real name, `TimeoutSeconds`.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "TimeoutSeconds": 30,
                  "End": true
                }
              }
            }
            """),

        new("ASL1066",
            "A `Comment` on a state, a Choice rule, a Retrier, a Catcher or a nested machine must be a string.",
            """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "Comment": { "answer": 42 }, "End": true }
              }
            }
            """,
            "Write the comment as text.",
            """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "Comment": "Answers 42", "End": true }
              }
            }
            """),

        new("ASL1069",
            "`TimeoutSeconds`, `HeartbeatSeconds` and their `*Path` forms belong to Task states only. AWS rejects them on a Parallel or Map state.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "TimeoutSeconds": 60,
                  "Branches": [
                    {
                      "StartAt": "Work",
                      "States": {
                        "Work": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "End": true }
                      }
                    }
                  ],
                  "End": true
                }
              }
            }
            """,
            "Put the timeout on the Task inside the branch.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "StartAt": "Work",
                      "States": {
                        "Work": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "TimeoutSeconds": 60, "End": true }
                      }
                    }
                  ],
                  "End": true
                }
              }
            }
            """),
    ];
}
