namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>A machine with one Pass state "Shape" that has the given fields (JSON members, without braces).</summary>
    private static string PassMachine(string fields) => $$"""
        {
          "StartAt": "Shape",
          "States": {
            "Shape": { "Type": "Pass", {{fields}}, "End": true }
          }
        }
        """;

    /// <summary>F. JSONPath paths and payload templates.</summary>
    private static IEnumerable<RuleExample> Paths() =>
    [
        new("ASL1201",
            "Path fields (`InputPath`, `OutputPath`, `ResultPath`, `ItemsPath`, the `*Path` fields and the values of `.$` keys) must be JSONPath: `$` for the input, `$$` for the context object or `$name` for a variable, followed by `.field`, `['field']` or `[index]` steps.",
            PassMachine("\"InputPath\": \"$.order.[items]\""),
            "Use a valid step.",
            PassMachine("\"InputPath\": \"$.order.items\"")),

        new("ASL1212",
            "In a filter, the value compared with must be a number, a quoted string, `true`, `false`, `null` or a path. AWS accepts a definition with an unquoted word (`[?(@.type == VENDOR)]`, as in a deployed AWS sample), but its JSONPath implementation (Jayway) reads an unquoted operand as a number, so the path is likely to fail when the state evaluates it.",
            PassMachine("\"Parameters\": { \"vendor.$\": \"$.fields[?(@.type == VENDOR)].value\" }"),
            "Quote the word to compare with text.",
            PassMachine("\"Parameters\": { \"vendor.$\": \"$.fields[?(@.type == 'VENDOR')].value\" }")),

        new("ASL1202",
            "Fields that write or read one value (`ResultPath`, `ItemsPath`, the `*Path` fields of Task, Wait, Map and Fail) need a Reference Path: one that selects a single node, so no wildcards, filters, slices, unions or `..`.",
            PassMachine("\"Result\": 1, \"ResultPath\": \"$.results[*]\""),
            "Select one node.",
            PassMachine("\"Result\": 1, \"ResultPath\": \"$.results[0]\"")),

        new("ASL1203",
            "`ResultPath` places the result into the state's input, so it starts with `$`; it cannot write into the context object (`$$`) or a variable. Store values in variables with `Assign`.",
            PassMachine("\"Result\": 1, \"ResultPath\": \"$$.Execution.count\""),
            "Write into the input, or use `Assign`.",
            PassMachine("\"Result\": 1, \"ResultPath\": \"$.count\"")),

        new("ASL1204",
            "`InputPath`, `OutputPath` and `ResultPath` may be `null` (meaning \"nothing\"), but `ItemsPath` must select the array a Map iterates over.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemsPath": null,
                  "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } },
                  "End": true
                }
              }
            }
            """,
            "Remove `ItemsPath` to iterate over the whole input, or select the array.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemsPath": "$.items",
                  "ItemProcessor": { "StartAt": "Handle", "States": { "Handle": { "Type": "Pass", "End": true } } },
                  "End": true
                }
              }
            }
            """),

        new("ASL1205",
            "Intrinsic functions run only in payload templates (keys ending in `.$`) and in a Fail state's `ErrorPath` and `CausePath`. `InputPath`, `OutputPath`, `ResultPath` and the other `*Path` fields take plain paths.",
            PassMachine("\"OutputPath\": \"States.JsonMerge($.a, $.b, false)\""),
            "Compute the value in `Parameters`.",
            PassMachine("\"Parameters\": { \"merged.$\": \"States.JsonMerge($.a, $.b, false)\" }, \"OutputPath\": \"$.merged\"")),

        new("ASL1206",
            "In a payload template, the value of a key ending in `.$` is evaluated, so it must be a path (`$...`, `$$...`, `$name...`) or an intrinsic function call. A constant belongs under a key without `.$`.",
            PassMachine("\"Parameters\": { \"greeting.$\": \"hello\" }"),
            "Drop `.$` to pass the constant as it is.",
            PassMachine("\"Parameters\": { \"greeting\": \"hello\" }")),

        new("ASL1207",
            "`.$` is removed from the key in the output, so `id` and `id.$` in one template both produce `id`; which one wins is undefined.",
            PassMachine("\"Parameters\": { \"id\": \"none\", \"id.$\": \"$.orderId\" }"),
            "Keep one of them.",
            PassMachine("\"Parameters\": { \"id.$\": \"$.orderId\" }")),

        new("ASL1208",
            "A payload template (`Parameters`, `ResultSelector`, `ItemSelector`, `ItemBatcher.BatchInput`, the `Parameters` of `ItemReader` and `ResultWriter`, `Credentials`) must be a JSON object.",
            PassMachine("\"Parameters\": [\"a\", \"b\"]"),
            "Wrap the value in an object.",
            PassMachine("\"Parameters\": { \"letters\": [\"a\", \"b\"] }")),

        new("ASL1209",
            "A value that looks like a path or an intrinsic call, under a key that does not end in `.$`, is passed on as literal text. That is almost always a forgotten `.$`; AWS warns with NO_DOLLAR.",
            PassMachine("\"Parameters\": { \"orderId\": \"$.id\" }"),
            "Add `.$` to the key.",
            PassMachine("\"Parameters\": { \"orderId.$\": \"$.id\" }")),

        new("ASL1210",
            "A field that takes a literal (`Seconds`, `TimeoutSeconds`, ...) does not read the input, even when its value looks like a path. AWS warns with NO_PATH. Read the value with the field's `Path` twin.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Timestamp": "$.until", "End": true }
              }
            }
            """,
            "Use `TimestampPath`.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "TimestampPath": "$.until", "End": true }
              }
            }
            """),

        new("ASL1211",
            "The context object has a `Map` member (`$$.Map.Item.Value`, `$$.Map.Item.Index`) only while a Map state builds each item's input in its `ItemSelector` (or the legacy Map `Parameters`). Anywhere else the path selects nothing.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemsPath": "$.items",
                  "ItemProcessor": {
                    "StartAt": "Handle",
                    "States": {
                      "Handle": { "Type": "Pass", "Parameters": { "index.$": "$$.Map.Item.Index" }, "End": true }
                    }
                  },
                  "End": true
                }
              }
            }
            """,
            "Read the index in the Map's `ItemSelector` and pass it on with the item.",
            """
            {
              "StartAt": "Each",
              "States": {
                "Each": {
                  "Type": "Map",
                  "ItemsPath": "$.items",
                  "ItemSelector": { "index.$": "$$.Map.Item.Index", "item.$": "$$.Map.Item.Value" },
                  "ItemProcessor": {
                    "StartAt": "Handle",
                    "States": {
                      "Handle": { "Type": "Pass", "Parameters": { "index.$": "$.index" }, "End": true }
                    }
                  },
                  "End": true
                }
              }
            }
            """),
    ];
}
