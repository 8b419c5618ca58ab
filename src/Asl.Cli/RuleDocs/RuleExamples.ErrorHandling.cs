namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>
    /// A Lambda Task "Call" with the given fields (JSON members ending in a comma, such as Retry or Catch) and,
    /// when there are Catchers, a Fail state "Failed" for them to go to.
    /// </summary>
    private static string TaskWithHandlers(string fields) => $$"""
        {
          "StartAt": "Call",
          "States": {
            "Call": {
              "Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
              {{fields.Trim().Replace("\n", "\n      ")}}
              "End": true
            }{{(fields.Contains("\"Catch\"") ? ",\n    \"Failed\": { \"Type\": \"Fail\", \"Error\": \"WorkFailed\" }" : "")}}
          }
        }
        """;

    /// <summary>K. Retry, Catch and errors.</summary>
    private static IEnumerable<RuleExample> ErrorHandling() =>
    [
        new("ASL1301",
            "Only Task, Parallel and Map states can fail in a way that `Retry` and `Catch` handle; AWS rejects the fields on other state types.",
            """
            {
              "StartAt": "Prepare",
              "States": {
                "Prepare": {
                  "Type": "Pass",
                  "Retry": [ { "ErrorEquals": ["States.ALL"] } ],
                  "End": true
                }
              }
            }
            """,
            "Remove `Retry` (put it on the Task that can fail).",
            """
            {
              "StartAt": "Prepare",
              "States": {
                "Prepare": { "Type": "Pass", "End": true }
              }
            }
            """),

        new("ASL1308",
            "A Retrier allows `ErrorEquals`, `IntervalSeconds`, `MaxAttempts`, `BackoffRate`, `MaxDelaySeconds`, `JitterStrategy` and `Comment`; a Catcher allows `ErrorEquals`, `Next`, `ResultPath` (JSONPath), `Output` (JSONata), `Assign` and `Comment`. A misspelled field would silently fall back to its default.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "Retry": [ { "ErrorEquals": ["States.TaskFailed"], "MaxRetries": 5 } ],
                  "End": true
                }
              }
            }
            """,
            "Use `MaxAttempts`.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "Retry": [ { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 5 } ],
                  "End": true
                }
              }
            }
            """),

        new("ASL1302",
            "A Retrier's or Catcher's `ErrorEquals` lists one or more error names, all strings.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [] } ],"),
            "Name the errors to retry.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"] } ],")),

        new("ASL1303",
            "A Retrier's `IntervalSeconds` (the wait before the first retry) is a whole number from 1 to 99,999,999; the default is 1.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"IntervalSeconds\": 0 } ],"),
            "Wait at least one second.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"IntervalSeconds\": 1 } ],")),

        new("ASL1304",
            "A Retrier's `MaxAttempts` is a whole number from 0 to 99,999,999; 0 never retries, the default is 3.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 2.5 } ],"),
            "Use a whole number.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 3 } ],")),

        new("ASL1305",
            "A Retrier's `BackoffRate` multiplies the interval after each attempt: a number of 1.0 or more; the default is 2.0.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"BackoffRate\": 0.5 } ],"),
            "Use 1.0 for a constant interval, more for a growing one.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"BackoffRate\": 1.5 } ],")),

        new("ASL1306",
            "A Retrier's `MaxDelaySeconds` caps the interval: a whole number from 1 to 31,622,400 (a year).",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxDelaySeconds\": 0 } ],"),
            "Give a positive cap.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxDelaySeconds\": 60 } ],")),

        new("ASL1307",
            "A Retrier's `JitterStrategy` is FULL (randomize each interval) or NONE (the default).",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"JitterStrategy\": \"RANDOM\" } ],"),
            "Use FULL.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"JitterStrategy\": \"FULL\" } ],")),

        new("ASL1309",
            "`States.ALL` matches every error, so it must stand alone in its `ErrorEquals`; handle specific errors in an earlier entry.",
            TaskWithHandlers("\"Catch\": [ { \"ErrorEquals\": [\"States.Timeout\", \"States.ALL\"], \"Next\": \"Failed\" } ],"),
            "Give the specific error its own entry.",
            TaskWithHandlers("\"Catch\": [\n  { \"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"Failed\" },\n  { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\" }\n],")),

        new("ASL1316",
            "A Retrier or Catcher that matches `States.ALL` must be the last one of its list, since nothing after it can match.",
            TaskWithHandlers("\"Catch\": [\n  { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\" },\n  { \"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"Failed\" }\n],"),
            "Move the catch-all to the end.",
            TaskWithHandlers("\"Catch\": [\n  { \"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"Failed\" },\n  { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\" }\n],")),

        new("ASL1310",
            "A Catcher needs `Next`: the state to go to when it handles an error.",
            TaskWithHandlers("\"Catch\": [ { \"ErrorEquals\": [\"States.ALL\"] } ],"),
            "Add `Next`.",
            TaskWithHandlers("\"Catch\": [ { \"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\" } ],")),

        new("ASL1311",
            "Error names starting with `States.` are reserved for the errors Step Functions raises (States.ALL, States.Timeout, States.TaskFailed, States.Permissions, States.HeartbeatTimeout, and so on); a misspelled one never matches. AWS accepts any name, and deployed samples catch `States.` names their own Fail states raise, so this is a warning, and none is reported for a name a Fail state of the machine raises.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TimeOut\"] } ],"),
            "Spell the predefined name exactly.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.Timeout\"] } ],")),

        new("ASL1312",
            "States.DataLimitExceeded and States.Runtime are terminal: they are never retried or caught, not even by States.ALL, so naming them has no effect.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.DataLimitExceeded\"] } ],"),
            "Remove the entry; keep large payloads in S3 instead.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"] } ],")),

        new("ASL1313",
            "An error name that an earlier Retrier or Catcher of the same list already handles can never reach this one.",
            TaskWithHandlers("\"Retry\": [\n  { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 2 },\n  { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 5 }\n],"),
            "Keep one entry per error.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 5 } ],")),

        new("ASL1317",
            "A Retrier or Catcher after one that matches `States.ALL` can never run.",
            TaskWithHandlers("\"Retry\": [\n  { \"ErrorEquals\": [\"States.ALL\"] },\n  { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 5 }\n],"),
            "Put the specific entry first.",
            TaskWithHandlers("\"Retry\": [\n  { \"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 5 },\n  { \"ErrorEquals\": [\"States.ALL\"] }\n],")),

        new("ASL1314",
            "States.HeartbeatTimeout is raised only by a Task that sets `HeartbeatSeconds` or `HeartbeatSecondsPath`; on any other Task the handler is dead.",
            TaskWithHandlers("\"Retry\": [ { \"ErrorEquals\": [\"States.HeartbeatTimeout\"] } ],"),
            "Set a heartbeat (or remove the handler).",
            TaskWithHandlers("\"HeartbeatSeconds\": 30,\n\"Retry\": [ { \"ErrorEquals\": [\"States.HeartbeatTimeout\"] } ],")),

        new("ASL1318",
            "States.ExceedToleratedFailureThreshold, States.ItemReaderFailed and States.ResultWriterFailed are raised only by a distributed Map (or a state that contains one); elsewhere the handler is dead.",
            TaskWithHandlers("\"Catch\": [ { \"ErrorEquals\": [\"States.ItemReaderFailed\"], \"Next\": \"Failed\" } ],"),
            "Catch the errors the Task can raise.",
            TaskWithHandlers("\"Catch\": [ { \"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Failed\" } ],")),
    ];
}
