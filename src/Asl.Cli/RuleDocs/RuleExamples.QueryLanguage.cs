namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>H. QueryLanguage.</summary>
    private static IEnumerable<RuleExample> QueryLanguage() =>
    [
        new("ASL1246",
            "An `ItemProcessor` (or legacy `Iterator`) must not declare `QueryLanguage`; AWS rejects it there. The states inside inherit the machine's language, and each may set its own.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "QueryLanguage": "JSONata",
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Move `QueryLanguage` onto the states inside (or onto the Map state, or the top level).",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemProcessor": {
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "QueryLanguage": "JSONata", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """),

        new("ASL1241",
            "A state's `QueryLanguage` must be exactly `\"JSONPath\"` or `\"JSONata\"`; case matters.",
            PassMachine("\"QueryLanguage\": \"JsonPath\""),
            "Write the value with its exact case.",
            PassMachine("\"QueryLanguage\": \"JSONPath\"")),

        new("ASL1242",
            "`Output`, `Arguments`, `Items` and `Condition` exist only in JSONata states. AWS answers \"field 'Output' is only supported for the 'JSONata' QueryLanguage\".",
            PassMachine("\"Output\": { \"total\": 10 }"),
            "In JSONPath, shape a Pass state's output with `Parameters` (or make the state a JSONata state).",
            PassMachine("\"Parameters\": { \"total\": 10 }")),

        new("ASL1243",
            "JSONPath fields (`InputPath`, `OutputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `ItemsPath`, the `*Path` fields, Choice `Variable` and comparison operators) do not exist in JSONata states.",
            JsonAtaPass("\"Parameters\": { \"total\": 10 }"),
            "Use `Output`.",
            JsonAtaPass("\"Output\": { \"total\": 10 }")),

        new("ASL1244",
            "When the machine declares `\"QueryLanguage\": \"JSONata\"`, no state may switch back to JSONPath; AWS rejects it. A JSONPath machine, however, may contain JSONata states.",
            JsonAtaPass("\"QueryLanguage\": \"JSONPath\""),
            "Write the state in JSONata (or make the machine JSONPath).",
            JsonAtaPass("\"Output\": \"{% $states.input %}\"")),

        new("ASL1245",
            "States inside a Map processor or a Parallel branch inherit the machine's `QueryLanguage`, not the one declared on the enclosing Map or Parallel state.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "QueryLanguage": "JSONata",
                  "Items": "{% $states.input.orders %}",
                  "ItemProcessor": {
                    "StartAt": "Total",
                    "States": { "Total": { "Type": "Pass", "Output": "{% $states.input.price %}", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Declare JSONata on the inner state too (or on the whole machine).",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "QueryLanguage": "JSONata",
                  "Items": "{% $states.input.orders %}",
                  "ItemProcessor": {
                    "StartAt": "Total",
                    "States": { "Total": { "Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input.price %}", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """),
    ];
}
