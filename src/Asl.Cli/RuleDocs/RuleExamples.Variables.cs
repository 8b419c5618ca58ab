namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>I. Variables.</summary>
    private static IEnumerable<RuleExample> Variables() =>
    [
        new("ASL1251",
            "`Assign` is an object whose keys name the variables to set and whose values give their new values.",
            PassMachine("\"Assign\": [\"total\", 0]"),
            "Write one key per variable.",
            PassMachine("\"Assign\": { \"total\": 0 }")),

        new("ASL1252",
            "Only a top-level Choice rule (the one with `Next`) may assign variables; rules nested inside `And`, `Or` or `Not` only test.",
            ChoiceMachine("""
                {
                  "Not": { "Variable": "$.status", "StringEquals": "ready", "Assign": { "waiting": true } },
                  "Next": "Done"
                }
                """),
            "Move `Assign` to the top-level rule.",
            ChoiceMachine("""
                {
                  "Not": { "Variable": "$.status", "StringEquals": "ready" },
                  "Assign": { "waiting": true },
                  "Next": "Done"
                }
                """)),

        new("ASL1253",
            "A variable name has 1 to 80 characters: a letter first (Unicode ID_Start), then letters, digits, combining marks or connectors such as `_` (Unicode ID_Continue). No `-`, `.` or spaces, and it cannot start with a digit.",
            PassMachine("\"Assign\": { \"order-total\": 0 }"),
            "Use a valid name.",
            PassMachine("\"Assign\": { \"orderTotal\": 0 }")),

        new("ASL1254",
            "`states` is reserved: `$states` holds the state's input, result, error output and context in JSONata.",
            PassMachine("\"Assign\": { \"states\": [\"NY\", \"CA\"] }"),
            "Choose another name.",
            PassMachine("\"Assign\": { \"regions\": [\"NY\", \"CA\"] }")),

        new("ASL1255",
            "A variable must be assigned, by a state that always runs earlier in the same scope or an enclosing one, before a state reads it.",
            """
            {
              "StartAt": "Report",
              "States": {
                "Report": { "Type": "Pass", "Parameters": { "total.$": "$total" }, "Next": "Count" },
                "Count": { "Type": "Pass", "Assign": { "total": 3 }, "End": true }
              }
            }
            """,
            "Assign the variable before it is read.",
            """
            {
              "StartAt": "Count",
              "States": {
                "Count": { "Type": "Pass", "Assign": { "total": 3 }, "Next": "Report" },
                "Report": { "Type": "Pass", "Parameters": { "total.$": "$total" }, "End": true }
              }
            }
            """),

        new("ASL1261",
            "A variable assigned on some paths into a state but not on all of them may have no value there, and reading it then fails the state. A warning, because the unassigned path may never run in practice.",
            """
            {
              "StartAt": "Route",
              "States": {
                "Route": {
                  "Type": "Choice",
                  "Choices": [ { "Variable": "$.vip", "BooleanEquals": true, "Next": "Discount" } ],
                  "Default": "Report"
                },
                "Discount": { "Type": "Pass", "Assign": { "discount": 10 }, "Next": "Report" },
                "Report": { "Type": "Pass", "Parameters": { "discount.$": "$discount" }, "End": true }
              }
            }
            """,
            "Give the variable a value on every path, for example before the paths split.",
            """
            {
              "StartAt": "Start",
              "States": {
                "Start": { "Type": "Pass", "Assign": { "discount": 0 }, "Next": "Route" },
                "Route": {
                  "Type": "Choice",
                  "Choices": [ { "Variable": "$.vip", "BooleanEquals": true, "Next": "Discount" } ],
                  "Default": "Report"
                },
                "Discount": { "Type": "Pass", "Assign": { "discount": 10 }, "Next": "Report" },
                "Report": { "Type": "Pass", "Parameters": { "discount.$": "$discount" }, "End": true }
              }
            }
            """),

        new("ASL1256",
            "A state inside a Map processor or a Parallel branch must not assign a variable that the enclosing scope also assigns (the specification forbids it). Values leave an inner scope through its output.",
            """
            {
              "StartAt": "Init",
              "States": {
                "Init": { "Type": "Pass", "Assign": { "count": 0 }, "Next": "Each" },
                "Each": {
                  "Type": "Map",
                  "ItemsPath": "$.items",
                  "ItemProcessor": {
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "Assign": { "count": 1 }, "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Give the inner variable its own name.",
            """
            {
              "StartAt": "Init",
              "States": {
                "Init": { "Type": "Pass", "Assign": { "count": 0 }, "Next": "Each" },
                "Each": {
                  "Type": "Map",
                  "ItemsPath": "$.items",
                  "ItemProcessor": {
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "Assign": { "itemCount": 1 }, "End": true } }
                  },
                  "End": true
                }
              }
            }
            """),

        new("ASL1257",
            "Parallel branches and Map iterations each have their own variables: a branch cannot read a variable that only a sibling branch assigns.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "Assign": { "left": 1 }, "End": true } } },
                    { "StartAt": "Right", "States": { "Right": { "Type": "Pass", "Parameters": { "left.$": "$left" }, "End": true } } }
                  ],
                  "End": true
                }
              }
            }
            """,
            "Pass the value through the branch outputs, which the Parallel state collects.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "Result": { "left": 1 }, "End": true } } },
                    { "StartAt": "Right", "States": { "Right": { "Type": "Pass", "End": true } } }
                  ],
                  "Next": "Combine"
                },
                "Combine": { "Type": "Pass", "Parameters": { "left.$": "$[0].left" }, "End": true }
              }
            }
            """),

        new("ASL1260",
            "One variable may hold at most 256 KiB (262,144 bytes); a literal larger than that always fails the state.",
            PassMachine("\"Assign\": { \"table\": \"xxxx... (300,000 characters)\" }"),
            "Keep the data in S3 or DynamoDB and assign a reference to it.",
            PassMachine("\"Assign\": { \"table\": \"s3://my-bucket/table.json\" }"))
        {
            Abbreviation = ("xxxx... (300,000 characters)", new string('x', 300_000)),
        },
    ];
}
