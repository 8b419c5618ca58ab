namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>M. Choice comparison operators.</summary>
    private static IEnumerable<RuleExample> ChoiceOperators() =>
    [
        new("ASL1346",
            "A Choice rule may use only the defined comparison operators (`String*`, `Numeric*`, `Boolean*`, `Timestamp*`, `Is*`, each name exact and case-sensitive), the combinators `And`, `Or` and `Not`, and the rule fields `Variable`, `Condition`, `Next`, `Assign`, `Output` and `Comment`.",
            """
            {
              "StartAt": "Route",
              "States": {
                "Route": {
                  "Type": "Choice",
                  "Choices": [
                    { "Variable": "$.status", "StringEqual": "ready", "Next": "Done" }
                  ],
                  "Default": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """,
            "The operator is `StringEquals`.",
            """
            {
              "StartAt": "Route",
              "States": {
                "Route": {
                  "Type": "Choice",
                  "Choices": [
                    { "Variable": "$.status", "StringEquals": "ready", "Next": "Done" }
                  ],
                  "Default": "Done"
                },
                "Done": { "Type": "Succeed" }
              }
            }
            """),

        new("ASL1341",
            "The String comparison operators (`StringEquals`, `StringLessThan`, `StringGreaterThan`, `StringLessThanEquals`, `StringGreaterThanEquals`, `StringMatches`) take a string.",
            ChoiceMachine("""{ "Variable": "$.zip", "StringEquals": 10115, "Next": "Done" }"""),
            "Quote the value (or compare numbers with `NumericEquals`).",
            ChoiceMachine("""{ "Variable": "$.zip", "StringEquals": "10115", "Next": "Done" }""")),

        new("ASL1342",
            "The Numeric comparison operators (`NumericEquals`, `NumericLessThan`, `NumericGreaterThan`, `NumericLessThanEquals`, `NumericGreaterThanEquals`) take a number.",
            ChoiceMachine("""{ "Variable": "$.count", "NumericGreaterThan": "10", "Next": "Done" }"""),
            "Write the number without quotes.",
            ChoiceMachine("""{ "Variable": "$.count", "NumericGreaterThan": 10, "Next": "Done" }""")),

        new("ASL1343",
            "`BooleanEquals` takes `true` or `false`.",
            ChoiceMachine("""{ "Variable": "$.approved", "BooleanEquals": "true", "Next": "Done" }"""),
            "Write the boolean without quotes.",
            ChoiceMachine("""{ "Variable": "$.approved", "BooleanEquals": true, "Next": "Done" }""")),

        new("ASL1344",
            "The Timestamp comparison operators take an RFC 3339 timestamp string such as `2024-01-31T12:00:00Z` (upper-case `T` and `Z`).",
            ChoiceMachine("""{ "Variable": "$.due", "TimestampLessThan": "2024-01-31", "Next": "Done" }"""),
            "Give a full timestamp.",
            ChoiceMachine("""{ "Variable": "$.due", "TimestampLessThan": "2024-01-31T00:00:00Z", "Next": "Done" }""")),

        new("ASL1345",
            "The type tests (`IsNull`, `IsPresent`, `IsNumeric`, `IsString`, `IsBoolean`, `IsTimestamp`) take `true` (the value has the type) or `false` (it does not).",
            ChoiceMachine("""{ "Variable": "$.discount", "IsPresent": "yes", "Next": "Done" }"""),
            "Use a boolean.",
            ChoiceMachine("""{ "Variable": "$.discount", "IsPresent": true, "Next": "Done" }""")),
    ];
}
