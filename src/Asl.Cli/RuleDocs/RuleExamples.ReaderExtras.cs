namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>Reader checks that no catalogue entry names more precisely (ASL1090-ASL1099).</summary>
    private static IEnumerable<RuleExample> ReaderExtras() =>
    [
        new("ASL1090",
            "Each structural field has a JSON type: `Resource`, `Next` and state names are strings, `End` is a boolean, `Retry` is an array, and so on. A value of the wrong type (a number where a string belongs) cannot mean what was intended, so the field is left out until it is fixed.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": 42, "End": true }
              }
            }
            """,
            "Give the field a value of the right type; `Resource` is the ARN string of what the Task calls.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "End": true }
              }
            }
            """),

        new("ASL1091",
            "Some fields are required by the object that holds them: `Resource` on a Task, `ErrorEquals` on a Retrier or Catcher, `Next` on a Catcher, and so on.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "End": true }
              }
            }
            """,
            "Add the missing field.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "End": true }
              }
            }
            """),

        new("ASL1092",
            "The objects inside a state (`ProcessorConfig`, `ItemReader`, `ReaderConfig`, `ItemBatcher`, `ResultWriter`, `WriterConfig`) allow a fixed set of fields. A misspelled field would silently fall back to its default.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mod": "INLINE" },
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Use the field's real name, `Mode`.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mode": "INLINE" },
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """),

        new("ASL1093",
            "JSON nested more than 512 levels deep is not read: no state machine needs it, and walking it could exhaust the stack. It usually comes from generated or corrupted input. Like invalid JSON, it makes `asl validate` exit with 2.",
            """
            {
              "StartAt": "Deep",
              "States": {
                "Deep": { "Type": "Pass", "Result": [[[[ ... 600 levels ... ]]]], "End": true }
              }
            }
            """,
            "Flatten the value.",
            """
            {
              "StartAt": "Deep",
              "States": {
                "Deep": { "Type": "Pass", "Result": [["a few levels are fine"]], "End": true }
              }
            }
            """)
        {
            Abbreviation = ("[[[[ ... 600 levels ... ]]]]", new string('[', 600) + new string(']', 600)),
        },

        new("ASL1094",
            "The definition file must exist and be readable. A directory argument must hold at least one `*.json` file. Like invalid JSON, an unreadable input makes `asl validate` exit with 2.",
            "",
            "Pass the path of an existing, readable definition file, or a directory that holds some.",
            HelloWorld)
        {
            InvalidIsMissingFile = true,
        },
    ];
}
