namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>A JSONata machine with one Pass state "Shape" that has the given fields (JSON members, without braces).</summary>
    private static string JsonAtaPass(string fields) => $$"""
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Shape",
          "States": {
            "Shape": { "Type": "Pass", {{fields}}, "End": true }
          }
        }
        """;

    /// <summary>A JSONata machine with one Lambda Task "Call" that has the given fields (JSON members, without braces).</summary>
    private static string JsonAtaTask(string fields) => $$"""
        {
          "QueryLanguage": "JSONata",
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              {{fields}},
              "End": true
            }
          }
        }
        """;

    /// <summary>G. JSONata.</summary>
    private static IEnumerable<RuleExample> JsonAta() =>
    [
        new("ASL1221",
            "The text between `{%` and `%}` must be a valid JSONata expression. AWS rejects the definition with INVALID_JSONATA_EXPRESSION.",
            JsonAtaPass("\"Output\": \"{% $states.input.price * (1 + $states.input.tax %}\""),
            "Close the parenthesis.",
            JsonAtaPass("\"Output\": \"{% $states.input.price * (1 + $states.input.tax) %}\"")),

        new("ASL1236",
            "A string is evaluated as JSONata only when it starts with `{%` and ends with `%}`; white space before or after makes it plain text.",
            JsonAtaPass("\"Output\": \" {% $states.input.total %}\""),
            "Remove the space.",
            JsonAtaPass("\"Output\": \"{% $states.input.total %}\"")),

        new("ASL1222",
            "JSONata strings are evaluated only in JSONata states. In a JSONPath state `{% ... %}` is plain text, which a typed field (a number of seconds, a boolean) cannot hold.",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": "{% $states.input.delay %}", "End": true }
              }
            }
            """,
            "Make the state a JSONata state (or use `SecondsPath` in JSONPath).",
            """
            {
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "QueryLanguage": "JSONata", "Seconds": "{% $states.input.delay %}", "End": true }
              }
            }
            """),

        new("ASL1223",
            "Step Functions evaluates values, never keys, so a key written as a JSONata string is used as written.",
            JsonAtaPass("\"Output\": { \"{% $states.input.name %}\": \"{% $states.input.value %}\" }"),
            "Build the whole object in one expression.",
            JsonAtaPass("\"Output\": \"{% { $states.input.name: $states.input.value } %}\"")),

        new("ASL1224",
            "Step Functions gives JSONata expressions no input document, so `$` alone and bare field names at the top level of an expression select nothing. AWS rejects them: \"Reference to 'x' at the top level is not supported\". Read the input through `$states.input`.",
            JsonAtaPass("\"Output\": \"{% total %}\""),
            "Read the field from `$states.input`.",
            JsonAtaPass("\"Output\": \"{% $states.input.total %}\"")),

        new("ASL1225",
            "`$$` (the JSONPath context object) does not exist in JSONata; AWS rejects it. The context object is `$states.context`.",
            JsonAtaPass("\"Output\": \"{% $$.Execution.Id %}\""),
            "Use `$states.context`.",
            JsonAtaPass("\"Output\": \"{% $states.context.Execution.Id %}\"")),

        new("ASL1226",
            "`$states.result` exists only in the top-level `Output` and `Assign` of Task, Map and Parallel states, after the work has run.",
            JsonAtaPass("\"Output\": \"{% $states.result %}\""),
            "A Pass state has no result; use its input.",
            JsonAtaPass("\"Output\": \"{% $states.input %}\"")),

        new("ASL1227",
            "`$states.errorOutput` exists only in a Catcher's `Output` and `Assign`, while an error is handled.",
            JsonAtaTask("\"Output\": \"{% $states.errorOutput %}\""),
            "Read the error output in a Catcher.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": { "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:work" },
                  "Catch": [ { "ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}", "Next": "Failed" } ],
                  "End": true
                },
                "Failed": { "Type": "Fail", "Error": "WorkFailed" }
              }
            }
            """),

        new("ASL1228",
            "`Arguments` is evaluated before the work runs, so it cannot use `$states.result` or `$states.errorOutput` (the specification forbids it).",
            JsonAtaTask("\"Arguments\": { \"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:work\", \"Payload\": \"{% $states.result %}\" }"),
            "Pass the input.",
            JsonAtaTask("\"Arguments\": { \"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:work\", \"Payload\": \"{% $states.input %}\" }")),

        new("ASL1229",
            "`$states` has only `input`, `result`, `errorOutput` and `context`; any other member is always undefined.",
            JsonAtaPass("\"Output\": \"{% $states.inputs.total %}\""),
            "The member is `input`.",
            JsonAtaPass("\"Output\": \"{% $states.input.total %}\"")),

        new("ASL1230",
            "Step Functions does not support the JSONata function `$eval`. To turn a JSON string into a value, use `$parse`.",
            JsonAtaPass("\"Output\": \"{% $eval($states.input.json) %}\""),
            "Use `$parse`.",
            JsonAtaPass("\"Output\": \"{% $parse($states.input.json) %}\"")),

        new("ASL1235",
            "Step Functions adds the JSONata functions `$partition(array, size)`, `$range(start, end[, step])`, `$hash(value, algorithm)`, `$random([seed])`, `$uuid()` and `$parse(text)`; calls with the wrong number of arguments, or literal arguments they reject, fail at run time.",
            JsonAtaPass("\"Output\": \"{% $uuid($states.input.seed) %}\""),
            "`$uuid` takes no argument.",
            JsonAtaPass("\"Output\": \"{% $uuid() %}\"")),

        new("ASL1238",
            "A JSONata function checks its arguments against its signature when it is called: `$join(array[, separator])` takes at most two arguments, `$substring(str, start[, length])` at least one. A call with too few or too many fails the state with States.QueryEvaluationError (T0410). The counts come from the same list of signatures the local engine checks calls against.",
            JsonAtaPass("\"Output\": \"{% $join($states.input.tags, ', ', ' and ') %}\""),
            "Pass one separator.",
            JsonAtaPass("\"Output\": \"{% $join($states.input.tags, ', ') %}\"")),

        new("ASL1239",
            "A name called as a function must be a JSONata function, a Step Functions function or a variable a state assigns. Anything else fails the state with States.QueryEvaluationError (T1006: Attempted to invoke a non-function) when the call is evaluated; a misspelt function name is the usual cause.",
            JsonAtaPass("\"Output\": \"{% $upperCase($states.input.name) %}\""),
            "Spell the function as JSONata does.",
            JsonAtaPass("\"Output\": \"{% $uppercase($states.input.name) %}\"")),

        new("ASL1231",
            "A typed field of a JSONata state (a number of seconds, a boolean, a count) holds either a literal of that type or a JSONata string in `{% %}`. A bare expression is just a string.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": "$states.input.delay", "End": true }
              }
            }
            """,
            "Wrap the expression in `{% %}`.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": "{% $states.input.delay %}", "End": true }
              }
            }
            """),

        new("ASL1232",
            "Intrinsic functions (`States.Format`, `States.Array`, ...) belong to JSONPath; in a JSONata state they are plain text. JSONata has its own functions.",
            JsonAtaPass("\"Output\": { \"id\": \"States.UUID()\" }"),
            "Use the JSONata function.",
            JsonAtaPass("\"Output\": { \"id\": \"{% $uuid() %}\" }")),

        new("ASL1237",
            "Keys ending in `.$` are JSONPath syntax. In a JSONata state the key is kept as written and its value is not evaluated.",
            JsonAtaPass("\"Output\": { \"total.$\": \"$.total\" }"),
            "Name the key plainly and give it a JSONata string.",
            JsonAtaPass("\"Output\": { \"total\": \"{% $states.input.total %}\" }")),

        new("ASL1234",
            "A JSONata expression that is a constant of the wrong type for its field (a string where a number of seconds belongs, for example) always fails with States.QueryEvaluationError.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": "{% 'ten' %}", "End": true }
              }
            }
            """,
            "Give a number.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Pause",
              "States": {
                "Pause": { "Type": "Wait", "Seconds": "{% 10 %}", "End": true }
              }
            }
            """),
    ];
}
