namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>B. Top-level fields (and the fields of nested machines).</summary>
    private static IEnumerable<RuleExample> TopLevel() =>
    [
        new("ASL1021",
            "Every machine (the top level, each Parallel branch and each Map `ItemProcessor`) needs `States`: an object that maps each state's name to the state.",
            """
            {
              "StartAt": "Hello",
              "States": [
                { "Type": "Pass", "End": true }
              ]
            }
            """,
            "Make `States` an object keyed by state name.",
            HelloWorld),

        new("ASL1022",
            "Every machine needs `StartAt`: a string naming the state that runs first.",
            """
            {
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Add `StartAt`.",
            HelloWorld),

        new("ASL1023",
            "`StartAt` must name a state declared in the same `States` object. In a Parallel branch or a Map processor it must name a state of that branch or processor, not one outside it.",
            """
            {
              "StartAt": "hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Names are case-sensitive: write the state's name exactly.",
            HelloWorld),

        new("ASL1025",
            "`Version` is optional, and AWS Step Functions accepts only `\"1.0\"`.",
            """
            {
              "Version": "2.0",
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Use `\"1.0\"`, or remove `Version`.",
            """
            {
              "Version": "1.0",
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1026",
            "The machine's `TimeoutSeconds` bounds a whole execution. It must be a whole number of seconds from 1 to 99,999,999 (or a `${Placeholder}` filled at deploy time).",
            """
            {
              "TimeoutSeconds": 0,
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Give a positive number of seconds, or remove the field for no timeout.",
            """
            {
              "TimeoutSeconds": 3600,
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1027",
            "The machine's `QueryLanguage` must be exactly `\"JSONPath\"` (the default) or `\"JSONata\"`; case matters.",
            """
            {
              "QueryLanguage": "jsonata",
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Write the value with its exact case.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1024",
            "The top-level `Comment` must be a string.",
            """
            {
              "Comment": ["Greets", "the world"],
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Write the comment as one string.",
            """
            {
              "Comment": "Greets the world",
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1028",
            "The top level allows only `Comment`, `QueryLanguage`, `StartAt`, `States`, `TimeoutSeconds` and `Version`. AWS rejects any other field with SCHEMA_VALIDATION_FAILED, so a misspelled field is never silently ignored.",
            """
            {
              "StartAt": "Hello",
              "Timeout": 60,
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Use the field's real name, `TimeoutSeconds`.",
            """
            {
              "StartAt": "Hello",
              "TimeoutSeconds": 60,
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1029",
            "A nested machine (a Parallel branch, a Map `ItemProcessor` or `Iterator`) allows only `StartAt`, `States` and `Comment`, plus `ProcessorConfig` in an `ItemProcessor`. Machine-wide settings such as `Version` and `TimeoutSeconds` belong at the top level.",
            """
            {
              "StartAt": "Both",
              "States": {
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "Version": "1.0",
                      "StartAt": "Left",
                      "States": { "Left": { "Type": "Pass", "End": true } }
                    }
                  ],
                  "End": true
                }
              }
            }
            """,
            "Remove the field from the branch (set it at the top level if it is a machine-wide setting).",
            """
            {
              "Version": "1.0",
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
    ];
}
