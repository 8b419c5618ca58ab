namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>E. Fields of each state type.</summary>
    private static IEnumerable<RuleExample> StateTypes() =>
    [
        new("ASL1102",
            "A Pass state has no task result to select from and cannot fail, so `ResultSelector`, `Arguments`, `Retry` and `Catch` are not supported on it.",
            """
            {
              "StartAt": "Shape",
              "States": {
                "Shape": { "Type": "Pass", "ResultSelector": { "id.$": "$.orderId" }, "End": true }
              }
            }
            """,
            "Shape a Pass state's output with `Parameters` (JSONPath) or `Output` (JSONata).",
            """
            {
              "StartAt": "Shape",
              "States": {
                "Shape": { "Type": "Pass", "Parameters": { "id.$": "$.orderId" }, "End": true }
              }
            }
            """),

        new("ASL1130",
            "A Choice state needs `Choices`: a non-empty array of rule objects. With no rules, only `Default` could ever be taken, and AWS rejects the definition.",
            """
            {
              "StartAt": "Route",
              "States": {
                "Route": { "Type": "Choice", "Choices": [], "Default": "Done" },
                "Done": { "Type": "Succeed" }
              }
            }
            """,
            "Add at least one rule (or replace the Choice state by a Pass state with `Next`).",
            """
            {
              "StartAt": "Route",
              "States": {
                "Route": {
                  "Type": "Choice",
                  "Choices": [
                    { "Variable": "$.ready", "BooleanEquals": true, "Next": "Done" }
                  ],
                  "Default": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1160",
            "A Succeed state only ends its machine and passes its input on. It allows `InputPath`/`OutputPath` (JSONPath) or `Output` (JSONata), and not `Parameters`, `ResultPath`, `ResultSelector` or `Assign`.",
            """
            {
              "StartAt": "Done",
              "States": {
                "Done": { "Type": "Succeed", "ResultPath": "$.status" }
              }
            }
            """,
            "Remove the field; use `OutputPath` to pick what the execution returns.",
            """
            {
              "StartAt": "Done",
              "States": {
                "Done": { "Type": "Succeed", "OutputPath": "$.status" }
              }
            }
            """),

        new("ASL1173",
            "A Fail state stops the execution with an error and a cause; it has no output, so `InputPath`, `OutputPath`, `Output` and `Assign` are not supported.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "OutputPath": "$.order" }
              }
            }
            """,
            "Remove the field; say what went wrong in `Cause`.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "Cause": "The order failed the credit check." }
              }
            }
            """),

        new("ASL1180",
            "A Parallel state needs `Branches`: an array of branch objects, each with its own `StartAt` and `States`.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": {
                    "StartAt": "Left",
                    "States": { "Left": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Wrap the branch in an array.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "StartAt": "Left",
                      "States": { "Left": { "Type": "Pass", "End": true } }
                    }
                  ],
                  "End": true
                }
              }
            }
            """),

        new("ASL1103",
            "A Pass state's `Result` is copied as it is: it is never evaluated, so `.$` keys and path-like strings in it stay literal text. AWS warns with PASS_RESULT_IS_STATIC.",
            """
            {
              "StartAt": "Shape",
              "States": {
                "Shape": { "Type": "Pass", "Result": { "orderId.$": "$.id" }, "End": true }
              }
            }
            """,
            "To compute the value, use `Parameters`.",
            """
            {
              "StartAt": "Shape",
              "States": {
                "Shape": { "Type": "Pass", "Parameters": { "orderId.$": "$.id" }, "End": true }
              }
            }
            """),

        new("ASL1150",
            "A Wait state needs exactly one of `Seconds`, `SecondsPath`, `Timestamp` or `TimestampPath` (in JSONata: `Seconds` or `Timestamp`).",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": 10, "Timestamp": "2026-03-14T01:59:00Z", "End": true }
              }
            }
            """,
            "Keep one of them.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": 10, "End": true }
              }
            }
            """),

        new("ASL1151",
            "A Wait state's `Seconds` must be a whole number from 0 to 99,999,999 (or a JSONata expression in a JSONata state, or a `${Placeholder}`).",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": -5, "End": true }
              }
            }
            """,
            "Wait a non-negative whole number of seconds.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": 5, "End": true }
              }
            }
            """),

        new("ASL1152",
            "A Wait state's `Timestamp` must be an RFC 3339 timestamp with an upper-case `T` between date and time and a `Z` or an offset at the end, like `2026-03-14T01:59:00Z`.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Timestamp": "2026-03-14 01:59:00", "End": true }
              }
            }
            """,
            "Separate date and time with `T` and give the time zone.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Timestamp": "2026-03-14T01:59:00Z", "End": true }
              }
            }
            """),

        new("ASL1153",
            "A Wait state's `SecondsPath` and `TimestampPath` must be Reference Paths that select exactly one value from the input.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "SecondsPath": "$..delay", "End": true }
              }
            }
            """,
            "Name the one field that holds the delay.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "SecondsPath": "$.delay", "End": true }
              }
            }
            """),

        new("ASL1170",
            "A Fail state's `Error` and `Cause` must be strings (in a JSONata state, JSONata strings that evaluate to strings).",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "Cause": { "reason": "credit check" } }
              }
            }
            """,
            "Write the cause as text (or read it from the input with `CausePath`).",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "Cause": "The order failed the credit check." }
              }
            }
            """),

        new("ASL1171",
            "A Fail state's `ErrorPath` and `CausePath` must be a Reference Path or an intrinsic function call that returns a string.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "ErrorPath": "$.errors[*].name" }
              }
            }
            """,
            "Select one value.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "ErrorPath": "$.errors[0].name" }
              }
            }
            """),

        new("ASL1172",
            "A Fail state has at most one of `Error` and `ErrorPath`, and at most one of `Cause` and `CausePath`.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "ErrorPath": "$.error" }
              }
            }
            """,
            "Keep the fixed name or the path, not both.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected" }
              }
            }
            """),

        new("ASL1174",
            "Error names that start with `States.` are reserved for the errors Step Functions raises itself; a Fail state must not raise one.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "States.OrderRejected" }
              }
            }
            """,
            "Use your own error name.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected" }
              }
            }
            """),

        new("ASL1181",
            "A Parallel state without branches does nothing but output an empty array. The specification does not forbid it, so this is a warning.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": { "Type": "Parallel", "Branches": [], "End": true }
              }
            }
            """,
            "Add the branches (or replace the state with a Pass state).",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "End": true } } }
                  ],
                  "End": true
                }
              }
            }
            """),
    ];
}
