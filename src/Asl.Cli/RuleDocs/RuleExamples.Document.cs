namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    private const string HelloWorld = """
        {
          "StartAt": "Hello",
          "States": {
            "Hello": { "Type": "Pass", "End": true }
          }
        }
        """;

    /// <summary>A. Document and JSON.</summary>
    private static IEnumerable<RuleExample> Document() =>
    [
        new("ASL1001",
            "The definition must be JSON that a strict parser accepts: no trailing commas, no comments, no single quotes, valid UTF-8. Nothing else can be checked until it parses, so `asl validate` exits with 2.",
            """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true, }
              }
            }
            """,
            "Remove the trailing comma after `\"End\": true`.",
            HelloWorld),

        new("ASL1002",
            "The definition must not be empty or only white space. AWS answers an empty definition with MISSING_DESCRIPTION.",
            "",
            "Write a definition: an object with `StartAt` and `States`.",
            HelloWorld),

        new("ASL1003",
            "The root of the definition must be a JSON object. An array or a string at the top (for example, a definition pasted twice into a list, or a JSON-encoded string) is rejected.",
            """
            [
              {
                "StartAt": "Hello",
                "States": { "Hello": { "Type": "Pass", "End": true } }
              }
            ]
            """,
            "Keep only the object.",
            HelloWorld),

        new("ASL1004",
            "A key must appear at most once in each JSON object, payloads included. Parsers silently keep one of the values (which one differs between tools), so a duplicate hides a mistake.",
            """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "Result": "first", "Result": "second", "End": true }
              }
            }
            """,
            "Keep one `Result`.",
            """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "Result": "second", "End": true }
              }
            }
            """),

        new("ASL1005",
            "A definition may hold at most 1,048,576 characters, the length limit of CreateStateMachine and UpdateStateMachine. Large literals (lookup tables in `Result`, long payload templates) are the usual cause.",
            """
            {
              "StartAt": "Lookup",
              "States": {
                "Lookup": { "Type": "Pass", "Result": "xxxx... (1,048,600 characters)", "End": true }
              }
            }
            """,
            "Move the large value out of the definition, for example into the execution input or an S3 object that a Task reads.",
            """
            {
              "StartAt": "Lookup",
              "States": {
                "Lookup": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
                  "Parameters": { "Bucket": "my-bucket", "Key": "lookup.json" },
                  "End": true
                }
              }
            }
            """)
        {
            Abbreviation = ("xxxx... (1,048,600 characters)", new string('x', 1_048_600)),
        },
    ];
}
