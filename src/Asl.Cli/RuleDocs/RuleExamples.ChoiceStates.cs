namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>
    /// Wraps Choice rules (JSON array items) in a machine with the states "Route", "Done" and "Other";
    /// the Choice state's Default is "Other" unless <paramref name="withDefault"/> is false.
    /// </summary>
    private static string ChoiceMachine(string rules, bool withDefault = true) => $$"""
        {
          "StartAt": "Route",
          "States": {
            "Route": {
              "Type": "Choice",
              "Choices": [
                {{rules.Trim().Replace("\n", "\n        ")}}
              ]{{(withDefault ? ",\n      \"Default\": \"Other\"" : "")}}
            },
            "Done": { "Type": "Succeed" },
            "Other": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>E30-E40. Choice states.</summary>
    private static IEnumerable<RuleExample> ChoiceStates() =>
    [
        new("ASL1131",
            "Every top-level Choice rule needs `Next`: the state to go to when the rule matches.",
            ChoiceMachine("""{ "Variable": "$.status", "StringEquals": "ready" }"""),
            "Add `Next`.",
            ChoiceMachine("""{ "Variable": "$.status", "StringEquals": "ready", "Next": "Done" }""")),

        new("ASL1132",
            "Rules nested inside `And`, `Or` or `Not` only test; `Next`, `Assign` and `Output` belong to the top-level rule that contains them.",
            ChoiceMachine("""
                {
                  "And": [
                    { "Variable": "$.status", "StringEquals": "ready", "Next": "Done" },
                    { "Variable": "$.count", "NumericGreaterThan": 0 }
                  ],
                  "Next": "Done"
                }
                """),
            "Remove `Next` from the nested rule.",
            ChoiceMachine("""
                {
                  "And": [
                    { "Variable": "$.status", "StringEquals": "ready" },
                    { "Variable": "$.count", "NumericGreaterThan": 0 }
                  ],
                  "Next": "Done"
                }
                """)),

        new("ASL1133",
            "A JSONPath Choice rule is either a data test (`Variable` and exactly one comparison operator) or a Boolean rule (exactly one of `And`, `Or`, `Not`). Two operators in one rule are ambiguous: combine them with `And` or `Or`.",
            ChoiceMachine("""{ "Variable": "$.count", "NumericGreaterThan": 0, "NumericLessThan": 10, "Next": "Done" }"""),
            "Combine the two tests with `And`.",
            ChoiceMachine("""
                {
                  "And": [
                    { "Variable": "$.count", "NumericGreaterThan": 0 },
                    { "Variable": "$.count", "NumericLessThan": 10 }
                  ],
                  "Next": "Done"
                }
                """)),

        new("ASL1134",
            "`And` and `Or` must list at least one rule.",
            ChoiceMachine("""{ "Or": [], "Next": "Done" }"""),
            "List the rules to combine.",
            ChoiceMachine("""
                {
                  "Or": [
                    { "Variable": "$.status", "StringEquals": "ready" },
                    { "Variable": "$.status", "StringEquals": "done" }
                  ],
                  "Next": "Done"
                }
                """)),

        new("ASL1135",
            "`Variable` is the path of the value a rule tests: it starts with `$` (the input), `$$` (the context object) or `$name` (a variable).",
            ChoiceMachine("""{ "Variable": "status", "StringEquals": "ready", "Next": "Done" }"""),
            "Write the path.",
            ChoiceMachine("""{ "Variable": "$.status", "StringEquals": "ready", "Next": "Done" }""")),

        new("ASL1136",
            "The comparison operators ending in `Path` (`StringEqualsPath`, `NumericLessThanPath`, ...) compare with a value read from a path, so their operand must be a path. To compare with a constant, use the operator without `Path`.",
            ChoiceMachine("""{ "Variable": "$.count", "NumericGreaterThanPath": "10", "Next": "Done" }"""),
            "Compare with the literal through `NumericGreaterThan`.",
            ChoiceMachine("""{ "Variable": "$.count", "NumericGreaterThan": 10, "Next": "Done" }""")),

        new("ASL1137",
            "In a `StringMatches` pattern, `*` matches any text, `\\*` is a literal asterisk and `\\\\` a literal backslash. Any other backslash, including one at the very end, is an error. In JSON every backslash is itself escaped, so `\\*` is written `\"\\\\*\"`.",
            ChoiceMachine("""{ "Variable": "$.file", "StringMatches": "C:\\reports\\*.csv", "Next": "Done" }"""),
            "Escape each literal backslash in the pattern.",
            ChoiceMachine("""{ "Variable": "$.file", "StringMatches": "C:\\\\reports\\\\*.csv", "Next": "Done" }""")),

        new("ASL1140",
            "A Choice state without `Default` fails the execution with States.NoChoiceMatched when no rule matches. That is sometimes intended, so this is a warning.",
            ChoiceMachine("""{ "Variable": "$.status", "StringEquals": "ready", "Next": "Done" }""", withDefault: false),
            "Add `Default`.",
            ChoiceMachine("""{ "Variable": "$.status", "StringEquals": "ready", "Next": "Done" }""")),
    ];
}
