namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>A JSONata machine with one Map state over the literal <paramref name="items"/>.</summary>
    private static string JsonAtaMap(string items, string processorConfig) => $$"""
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map",
              "Items": {{items}},
              "ItemProcessor": {{{processorConfig}}
                "StartAt": "Handle",
                "States": { "Handle": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        """;

    /// <summary>N. Limits and quotas.</summary>
    private static IEnumerable<RuleExample> Limits() =>
    [
        new("ASL1352",
            "An activity name (the last part of an activity ARN) has 1 to 80 characters, without white space, control characters or any of `` ? * < > { } [ ] \" # % \\ ^ | ~ ` $ & , ; : / ``.",
            """
            {
              "StartAt": "Review",
              "States": {
                "Review": { "Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:manual review", "End": true }
              }
            }
            """,
            "Use the activity's real name, which has no spaces.",
            """
            {
              "StartAt": "Review",
              "States": {
                "Review": { "Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:manual-review", "End": true }
              }
            }
            """),

        new("ASL1353",
            "The input and output of every state are limited to 262,144 bytes (256 KiB) of UTF-8. A literal `Result`, `Parameters`, `Arguments` or `Output` larger than that always fails the state with States.DataLimitExceeded.",
            PassMachine("\"Result\": \"xxxx... (300,000 characters)\""),
            "Keep the data in S3 or DynamoDB and pass a reference.",
            PassMachine("\"Result\": \"s3://my-bucket/data.json\""))
        {
            Abbreviation = ("xxxx... (300,000 characters)", new string('x', 300_000)),
        },

        new("ASL1359",
            "One `Assign` may hold at most 262,144 bytes (256 KiB) in total; a larger literal always fails the state.",
            PassMachine("\"Assign\": { \"a\": \"xxxx... (200,000 characters)\", \"b\": \"xxxx... (200,000 characters)\" }"),
            "Keep the data in S3 or DynamoDB and assign references.",
            PassMachine("\"Assign\": { \"a\": \"s3://my-bucket/a.json\", \"b\": \"s3://my-bucket/b.json\" }"))
        {
            Abbreviation = ("xxxx... (200,000 characters)", new string('x', 200_000)),
        },

        new("ASL1354",
            "A STANDARD execution runs for at most a year, and an EXPRESS execution (including the child executions of a distributed Map with `ExecutionType` EXPRESS) for five minutes. A literal Wait longer than that always times out. The example is validated with `--type EXPRESS`.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": 600, "End": true }
              }
            }
            """,
            "Wait less than the execution may run (or run the workflow as STANDARD).",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": 60, "End": true }
              }
            }
            """)
        {
            Type = Validate.WorkflowType.Express,
        },

        new("ASL1355",
            "An EXPRESS execution runs for at most 300 seconds, so a longer `TimeoutSeconds` (of the machine or a Task) never takes effect. The example is validated with `--type EXPRESS`.",
            """
            {
              "TimeoutSeconds": 900,
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """,
            "Stay within five minutes.",
            """
            {
              "TimeoutSeconds": 300,
              "StartAt": "Hello",
              "States": {
                "Hello": { "Type": "Pass", "End": true }
              }
            }
            """)
        {
            Type = Validate.WorkflowType.Express,
        },

        new("ASL1357",
            "A distributed Map runs at most 10,000 child executions at a time; a higher `MaxConcurrency` has no effect.",
            MapMachine(CsvReader + "\n\"MaxConcurrency\": 50000,", Distributed),
            "Set 10,000 or less (0 means as many as possible).",
            MapMachine(CsvReader + "\n\"MaxConcurrency\": 10000,", Distributed)),

        new("ASL1358",
            "AWS evaluates JSONata expressions to a depth of 100 and fails the state with States.QueryEvaluationError beyond that.",
            JsonAtaPass("\"Output\": \"{% " + new string('(', 101) + "1" + new string(')', 101) + " %}\""),
            "Split the expression.",
            JsonAtaPass("\"Output\": \"{% (1) %}\"")),

        new("ASL1360",
            "An inline Map writes history events for every item (its start and end, and the entry and exit of each state it runs), and a STANDARD execution stops at 25,000 events. Over a large literal array, use a distributed Map, whose child executions each have their own history.",
            JsonAtaMap("[1, 2, 3, ... 7,000 numbers ...]", ""),
            "Process the items in a distributed Map.",
            JsonAtaMap("[1, 2, 3]", "\n      \"ProcessorConfig\": { \"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"EXPRESS\" },"))
        {
            Abbreviation = ("... 7,000 numbers ...", string.Join(", ", Enumerable.Range(4, 6997))),
        },

        new("ASL1361",
            "A distributed Map reads at most 10 KiB (10,240 bytes) of CSV header; `CSVHeaders` given in the definition must fit.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"GIVEN\", \"CSVHeaders\": [\"column0001\", \"column0002\", \"... 1,200 names ...\"]"), Distributed),
            "Use fewer or shorter column names.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"GIVEN\", \"CSVHeaders\": [\"id\", \"amount\"]"), Distributed))
        {
            Abbreviation = ("\"... 1,200 names ...\"", string.Join(", ", Enumerable.Range(3, 1198).Select(i => $"\"column{i:D4}\""))),
        },
    ];
}
