namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>
    /// A machine with one Map state "Each"; <paramref name="fields"/> are its fields besides Type, End and the processor
    /// (JSON members ending in a comma), and <paramref name="processorConfig"/> goes into the ItemProcessor.
    /// </summary>
    private static string MapMachine(string fields, string processorConfig = "") => $$"""
        {
          "StartAt": "Each",
          "States": {
            "Each": {
              "Type": "Map",
              {{fields.Trim().Replace("\n", "\n      ")}}
              "ItemProcessor": {{{(processorConfig.Length == 0 ? "" : "\n        \"ProcessorConfig\": " + processorConfig + ",")}}
                "StartAt": "Handle",
                "States": { "Handle": { "Type": "Pass", "End": true } }
              },
              "End": true
            }
          }
        }
        """;

    private const string Distributed = """{ "Mode": "DISTRIBUTED", "ExecutionType": "STANDARD" }""";

    private const string CsvReader = """
        "ItemReader": {
          "Resource": "arn:aws:states:::s3:getObject",
          "Parameters": { "Bucket": "my-bucket", "Key": "orders.csv" },
          "ReaderConfig": { "InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW" }
        },
        """;

    /// <summary>J. Map states.</summary>
    private static IEnumerable<RuleExample> MapStates() =>
    [
        new("ASL1271",
            "A Map state needs an `ItemProcessor` (or the deprecated `Iterator`): the `StartAt` and `States` run for each item.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": { "Type": "Map", "ItemsPath": "$.items", "End": true }
              }
            }
            """,
            "Add the processor.",
            MapMachine("\"ItemsPath\": \"$.items\",")),

        new("ASL1286",
            "A Map state has `ItemProcessor` or the deprecated `Iterator`, not both.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } },
                  "Iterator": { "StartAt": "Old", "States": { "Old": { "Type": "Pass", "End": true } } },
                  "End": true
                }
              }
            }
            """,
            "Keep `ItemProcessor`.",
            MapMachine("")),

        new("ASL1272",
            "A Map state builds each item's input with `ItemSelector` or the deprecated Map `Parameters`, not both.",
            MapMachine("""
                "ItemSelector": { "id.$": "$$.Map.Item.Value.id" },
                "Parameters": { "index.$": "$$.Map.Item.Index" },
                """),
            "Merge the templates into `ItemSelector`.",
            MapMachine("""
                "ItemSelector": { "id.$": "$$.Map.Item.Value.id", "index.$": "$$.Map.Item.Index" },
                """)),

        new("ASL1273",
            "`ProcessorConfig.Mode` is `INLINE` or `DISTRIBUTED`, and `ExecutionType` is `STANDARD` or `EXPRESS` (upper case).",
            MapMachine("", """{ "Mode": "Inline" }"""),
            "Write the value in upper case.",
            MapMachine("", """{ "Mode": "INLINE" }""")),

        new("ASL1287",
            "A distributed Map runs each batch as a child workflow, so its `ProcessorConfig` must say which type: `ExecutionType` `STANDARD` or `EXPRESS`.",
            MapMachine(CsvReader, """{ "Mode": "DISTRIBUTED" }"""),
            "Add `ExecutionType`.",
            MapMachine(CsvReader, """{ "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" }""")),

        new("ASL1288",
            "`ProcessorConfig` belongs to `ItemProcessor`, which replaces the deprecated `Iterator`. AWS still accepts an `Iterator` with a `ProcessorConfig` and runs the Map as configured, so this is a warning to move to `ItemProcessor`.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "Iterator": {
                    "ProcessorConfig": { "Mode": "INLINE" },
                    "StartAt": "Handle",
                    "States": { "Handle": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Rename `Iterator` to `ItemProcessor`.",
            MapMachine("", """{ "Mode": "INLINE" }""")),

        new("ASL1274",
            "In a JSONata Map state, `Items` is a JSON array or a JSONata string that evaluates to one.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "Items": { "orders": [1, 2, 3] },
                  "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } },
                  "End": true
                }
              }
            }
            """,
            "Give the array itself.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "Items": [1, 2, 3],
                  "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } },
                  "End": true
                }
              }
            }
            """),

        new("ASL1275",
            "`MaxConcurrency` is a whole number of 0 or more; 0 means no limit.",
            MapMachine("\"MaxConcurrency\": -1,"),
            "Use 0 for no limit.",
            MapMachine("\"MaxConcurrency\": 0,")),

        new("ASL1289",
            "A Map sets its concurrency as a literal (`MaxConcurrency`) or reads it from the input (`MaxConcurrencyPath`), not both.",
            MapMachine("\"MaxConcurrency\": 5,\n\"MaxConcurrencyPath\": \"$.parallelism\","),
            "Keep one.",
            MapMachine("\"MaxConcurrencyPath\": \"$.parallelism\",")),

        new("ASL1276",
            "`ToleratedFailurePercentage` is a number from 0 to 100, and `ToleratedFailureCount` a whole number of 0 or more.",
            MapMachine(CsvReader + "\n\"ToleratedFailurePercentage\": 150,", Distributed),
            "Give a percentage from 0 to 100.",
            MapMachine(CsvReader + "\n\"ToleratedFailurePercentage\": 15,", Distributed)),

        new("ASL1290",
            "Each tolerated failure threshold is a literal or a path, not both: at most one of `ToleratedFailureCount` and `ToleratedFailureCountPath`, and of `ToleratedFailurePercentage` and `ToleratedFailurePercentagePath`.",
            MapMachine(CsvReader + "\n\"ToleratedFailureCount\": 10,\n\"ToleratedFailureCountPath\": \"$.maxFailures\",", Distributed),
            "Keep one.",
            MapMachine(CsvReader + "\n\"ToleratedFailureCount\": 10,", Distributed)),

        new("ASL1277",
            "A distributed Map's `ItemReader` reads from S3: its `Resource` is `arn:aws:states:::s3:getObject` (one object: CSV, JSON, JSONL, Parquet or a manifest) or `arn:aws:states:::s3:listObjectsV2` (the objects under a prefix).",
            MapMachine("""
                "ItemReader": {
                  "Resource": "arn:aws:states:::s3:listObjects",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "incoming/" }
                },
                """, Distributed),
            "Use `listObjectsV2`.",
            MapMachine("""
                "ItemReader": {
                  "Resource": "arn:aws:states:::s3:listObjectsV2",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "incoming/" }
                },
                """, Distributed)),

        new("ASL1278",
            "`ReaderConfig` enumerations: `InputType` is CSV, JSON, JSONL, PARQUET or MANIFEST; `CSVHeaderLocation` is FIRST_ROW or GIVEN; `CSVDelimiter` is COMMA, PIPE, SEMICOLON, SPACE or TAB; `ManifestType` is S3_INVENTORY or ATHENA_DATA.",
            MapMachine(CsvReader.Replace("\"CSV\"", "\"TSV\""), Distributed),
            "Read a tab-separated file as CSV with a TAB delimiter.",
            MapMachine(CsvReader.Replace("\"CSVHeaderLocation\": \"FIRST_ROW\"", "\"CSVHeaderLocation\": \"FIRST_ROW\", \"CSVDelimiter\": \"TAB\""), Distributed)),

        new("ASL1291",
            "With `CSVHeaderLocation` GIVEN, the column names come from `CSVHeaders`, which must list them.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"GIVEN\""), Distributed),
            "List the columns.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"GIVEN\", \"CSVHeaders\": [\"id\", \"amount\"]"), Distributed)),

        new("ASL1292",
            "`ReaderConfig.MaxItems` limits how many items are read: a whole number from 1 to 100,000,000.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"FIRST_ROW\", \"MaxItems\": 0"), Distributed),
            "Give a positive limit, or remove it to read everything.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"FIRST_ROW\", \"MaxItems\": 1000"), Distributed)),

        new("ASL1293",
            "`ReaderConfig` has `MaxItems` or `MaxItemsPath`, not both.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"FIRST_ROW\", \"MaxItems\": 1000, \"MaxItemsPath\": \"$.limit\""), Distributed),
            "Keep one.",
            MapMachine(CsvReader.Replace("\"FIRST_ROW\"", "\"FIRST_ROW\", \"MaxItemsPath\": \"$.limit\""), Distributed)),

        new("ASL1279",
            "`ItemBatcher` limits are positive whole numbers; `MaxInputBytesPerBatch` is at most 262,144 (256 KiB).",
            MapMachine(CsvReader + "\n\"ItemBatcher\": { \"MaxInputBytesPerBatch\": 1048576 },", Distributed),
            "Stay within 256 KiB per batch.",
            MapMachine(CsvReader + "\n\"ItemBatcher\": { \"MaxInputBytesPerBatch\": 262144 },", Distributed)),

        new("ASL1294",
            "Each `ItemBatcher` limit is a literal or a path, not both (`MaxItemsPerBatch` or `MaxItemsPerBatchPath`, `MaxInputBytesPerBatch` or `MaxInputBytesPerBatchPath`).",
            MapMachine(CsvReader + "\n\"ItemBatcher\": { \"MaxItemsPerBatch\": 100, \"MaxItemsPerBatchPath\": \"$.batchSize\" },", Distributed),
            "Keep one.",
            MapMachine(CsvReader + "\n\"ItemBatcher\": { \"MaxItemsPerBatch\": 100 },", Distributed)),

        new("ASL1295",
            "An `ItemBatcher` must set at least one limit (`MaxItemsPerBatch`, `MaxInputBytesPerBatch` or their `Path` forms); the specification requires it.",
            MapMachine(CsvReader + "\n\"ItemBatcher\": { \"BatchInput\": { \"source\": \"orders.csv\" } },", Distributed),
            "Set a limit.",
            MapMachine(CsvReader + "\n\"ItemBatcher\": { \"MaxItemsPerBatch\": 100, \"BatchInput\": { \"source\": \"orders.csv\" } },", Distributed)),

        new("ASL1280",
            "`WriterConfig.OutputType` is JSON or JSONL, and `Transformation` is NONE, COMPACT or FLATTEN.",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" },
                  "WriterConfig": { "OutputType": "CSV" }
                },
                """, Distributed),
            "Write JSON Lines.",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" },
                  "WriterConfig": { "OutputType": "JSONL" }
                },
                """, Distributed)),

        new("ASL1296",
            "A distributed Map exports its results to S3: `ResultWriter.Resource` is `arn:aws:states:::s3:putObject`.",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject.sync",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" }
                },
                """, Distributed),
            "Use the plain `putObject` integration.",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" }
                },
                """, Distributed)),

        new("ASL1297",
            "A `WriterConfig` must say the output format: `OutputType` JSON or JSONL.",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" },
                  "WriterConfig": { "Transformation": "COMPACT" }
                },
                """, Distributed),
            "Add `OutputType`.",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" },
                  "WriterConfig": { "OutputType": "JSON", "Transformation": "COMPACT" }
                },
                """, Distributed)),

        new("ASL1298",
            "A `ResultWriter` with neither `Resource` nor `WriterConfig` is accepted by AWS but makes the Map fail when it runs.",
            MapMachine(CsvReader + "\n\"ResultWriter\": {},", Distributed),
            "Say where to write the results (or remove `ResultWriter`).",
            MapMachine(CsvReader + """

                "ResultWriter": {
                  "Resource": "arn:aws:states:::s3:putObject",
                  "Parameters": { "Bucket": "my-bucket", "Prefix": "results" }
                },
                """, Distributed)),

        new("ASL1281",
            "A Map `Label` names the child executions of a distributed Map: 1 to 40 characters, with no white space, control characters or any of `` ? * < > { } [ ] : ; , \\ | ^ ~ $ # % & ` \" / ``.",
            MapMachine(CsvReader + "\n\"Label\": \"import orders\",", Distributed),
            "Remove the space.",
            MapMachine(CsvReader + "\n\"Label\": \"import-orders\",", Distributed)),

        new("ASL1299",
            "Map labels must be unique within the state machine.",
            """
            {
              "StartAt": "First",
              "States": {
                "First": {
                  "Type": "Map",
                  "Label": "orders",
                  "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "a", "Prefix": "in/" } },
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                    "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } }
                  },
                  "Next": "Second"
                },
                "Second": {
                  "Type": "Map",
                  "Label": "orders",
                  "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "b", "Prefix": "in/" } },
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                    "StartAt": "B", "States": { "B": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """,
            "Give each Map its own label.",
            """
            {
              "StartAt": "First",
              "States": {
                "First": {
                  "Type": "Map",
                  "Label": "orders-a",
                  "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "a", "Prefix": "in/" } },
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                    "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } }
                  },
                  "Next": "Second"
                },
                "Second": {
                  "Type": "Map",
                  "Label": "orders-b",
                  "ItemReader": { "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "b", "Prefix": "in/" } },
                  "ItemProcessor": {
                    "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                    "StartAt": "B", "States": { "B": { "Type": "Pass", "End": true } }
                  },
                  "End": true
                }
              }
            }
            """),

        new("ASL1282",
            "`ItemReader`, `ItemBatcher`, `ResultWriter`, the tolerated failure thresholds and `Label` are meant for a distributed Map (`ProcessorConfig` with `Mode` DISTRIBUTED). AWS accepts them on an inline Map (tolerated failure thresholds included), so this is a warning.",
            MapMachine(CsvReader),
            "Make the Map distributed.",
            MapMachine(CsvReader, Distributed)),
    ];
}
