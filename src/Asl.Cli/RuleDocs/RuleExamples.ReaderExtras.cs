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

        new("ASL1095",
            "Validation counts its work (about one unit per character of text parsed, per part of the definition visited and per character of findings written) and stops once it has spent the work budget, 100,000,000 units unless `--work-budget` (or `ValidationOptions.WorkBudget`) says otherwise. Every rule takes time about proportional to the size of the definition, and a 1 MB definition needs about a million units, so only hand-made or generated inputs far beyond what AWS accepts reach the default: the budget is the last line of defence that keeps `asl validate`, the source generator (and so the editor and the build) and `asl serve` from being kept busy by one input. The findings found before validation stopped are reported too. The example sets a tiny budget to show the finding.",
            """
            {
              "StartAt": "First",
              "States": {
                "First": { "Type": "Pass", "Next": "Second" },
                "Second": { "Type": "Pass", "Next": "Third" },
                "Third": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Shrink the definition (split a huge state machine into several, move large literals into the input), or raise the budget for it with `--work-budget` (0 for no limit).",
            """
            {
              "StartAt": "First",
              "States": {
                "First": { "Type": "Pass", "Next": "Second" },
                "Second": { "Type": "Pass", "Next": "Third" },
                "Third": { "Type": "Pass", "End": true }
              }
            }
            """)
        {
            WorkBudget = 10,
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
