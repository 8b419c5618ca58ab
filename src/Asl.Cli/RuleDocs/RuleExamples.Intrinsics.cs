namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>A Pass machine whose Parameters compute "value.$" with <paramref name="call"/> (written as JSON string content).</summary>
    private static string IntrinsicMachine(string call) => PassMachine($"\"Parameters\": {{ \"value.$\": \"{call}\" }}");

    /// <summary>L. Intrinsic functions.</summary>
    private static IEnumerable<RuleExample> Intrinsics() =>
    [
        new("ASL1321",
            "Only the 18 intrinsic functions exist: States.Format, StringToJson, JsonToString, Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique, Base64Encode, Base64Decode, Hash, JsonMerge, MathRandom, MathAdd, StringSplit and UUID. Names are case-sensitive.",
            IntrinsicMachine("States.StringJoin($.parts, ',')"),
            "Build the string with `States.Format`.",
            IntrinsicMachine("States.Format('{}, {}', $.first, $.second)")),

        new("ASL1322",
            "Each intrinsic function takes a fixed number of arguments (States.Format at least one, States.MathRandom two or three, States.UUID none, and so on).",
            IntrinsicMachine("States.MathAdd($.count)"),
            "Pass both numbers.",
            IntrinsicMachine("States.MathAdd($.count, 1)")),

        new("ASL1323",
            "The `{}` placeholders of a States.Format template must match the values passed after it, one value per `{}`. Literal braces are escaped as `\\{` and `\\}` (in JSON text, `\\\\{` and `\\\\}`).",
            IntrinsicMachine("States.Format('Order {} for {}', $.orderId)"),
            "Pass a value for every placeholder.",
            IntrinsicMachine("States.Format('Order {} for {}', $.orderId, $.customer)")),

        new("ASL1330",
            "The first argument of States.Format is the template string; a literal or a call that can never be a string (a number, an array length) there means the arguments are out of order.",
            IntrinsicMachine("States.Format(States.ArrayLength($.items), '{} items')"),
            "Put the template first.",
            IntrinsicMachine("States.Format('{} items', States.ArrayLength($.items))")),

        new("ASL1324",
            "States.JsonToString serializes the value at a path; its argument must be a path.",
            IntrinsicMachine("States.JsonToString('{}')"),
            "Pass the path of the value to serialize.",
            IntrinsicMachine("States.JsonToString($.order)")),

        new("ASL1325",
            "Literal arguments that can never work: an ArrayPartition chunk size below 1, an ArrayRange step of 0 or over 1,000 items, a Hash algorithm other than MD5, SHA-1, SHA-256, SHA-384 or SHA-512, Base64 or Hash input over 10,000 characters, non-numbers for MathAdd and MathRandom (numbers with a fraction are rounded half up), and a JsonMerge third argument other than `false`.",
            IntrinsicMachine("States.Hash($.payload, 'SHA-224')"),
            "Use a supported algorithm.",
            IntrinsicMachine("States.Hash($.payload, 'SHA-256')")),

        new("ASL1326",
            "Intrinsic function calls may be nested at most 10 deep in one field.",
            IntrinsicMachine("States.ArrayLength(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array($.x)))))))))))"),
            "Compute part of the value in an earlier state.",
            IntrinsicMachine("States.ArrayLength(States.Array($.x))")),

        new("ASL1327",
            "An intrinsic call is a name, then arguments in parentheses: single-quoted strings (with `\\'`, `\\{`, `\\}` and `\\\\` as escapes, each backslash doubled in JSON text), numbers, `true`, `false`, `null`, paths or nested calls.",
            IntrinsicMachine("States.Format(\\\"Hello {}\\\", $.name)"),
            "Strings in intrinsic calls use single quotes.",
            IntrinsicMachine("States.Format('Hello {}', $.name)")),

        new("ASL1328",
            "A Choice rule's `Variable` and the operands of the `*Path` comparison operators must be paths; intrinsic functions cannot run there.",
            ChoiceMachine("""{ "Variable": "States.ArrayLength($.items)", "NumericGreaterThan": 0, "Next": "Done" }"""),
            "Test a path; compute the value in an earlier state if needed (here, testing the first item is enough).",
            ChoiceMachine("""{ "Variable": "$.items[0]", "IsPresent": true, "Next": "Done" }""")),

        new("ASL1329",
            "`ErrorPath` and `CausePath` produce the error name and cause, which are strings, so an intrinsic there must return a string: States.Format, JsonToString, ArrayGetItem, Base64Encode, Base64Decode, Hash or UUID.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "CausePath": "States.ArrayLength($.problems)" }
              }
            }
            """,
            "Format a message.",
            """
            {
              "StartAt": "Reject",
              "States": {
                "Reject": { "Type": "Fail", "Error": "OrderRejected", "CausePath": "States.Format('{} problems found', $.problemCount)" }
              }
            }
            """),
    ];
}
