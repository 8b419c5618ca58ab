namespace Asl.Cli.RuleDocs;

internal static partial class RuleExamples
{
    /// <summary>E10-E20. Task states.</summary>
    private static IEnumerable<RuleExample> TaskStates() =>
    [
        new("ASL1110",
            "A Task's `Resource` must be something Step Functions can run: a service integration (`arn:aws:states:::service:api`, optionally `.sync`, `.sync:2` or `.waitForTaskToken`), an AWS SDK integration (`arn:aws:states:::aws-sdk:service:action`), `arn:aws:states:::http:invoke`, an activity ARN, a Lambda function ARN, or a `${Placeholder}`. AWS answers INVALID_RESOURCE.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "my-function", "End": true }
              }
            }
            """,
            "Use the function's full ARN.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:my-function", "End": true }
              }
            }
            """),

        new("ASL1111",
            "`Resource` (of a Task, an ItemReader or a ResultWriter) is never evaluated, even in a JSONata state: it must be a literal ARN. The dynamic part of a call belongs in `Arguments`.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "{% $states.input.functionArn %}", "End": true }
              }
            }
            """,
            "Call Lambda through the `lambda:invoke` integration and pass the function name in `Arguments`.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": { "FunctionName": "{% $states.input.functionArn %}" },
                  "End": true
                }
              }
            }
            """),

        new("ASL1112",
            "A Task's `TimeoutSeconds` must be a whole number of seconds from 1 to 99,999,999 (or a JSONata expression in a JSONata state, or a `${Placeholder}`).",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "TimeoutSeconds": 2.5, "End": true }
              }
            }
            """,
            "Use whole seconds.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "TimeoutSeconds": 3, "End": true }
              }
            }
            """),

        new("ASL1113",
            "A Task's `HeartbeatSeconds` must be a whole number of seconds from 1 to 99,999,999 (or a JSONata expression in a JSONata state, or a `${Placeholder}`).",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:review", "HeartbeatSeconds": 0, "End": true }
              }
            }
            """,
            "Give a positive number of seconds, or remove the heartbeat.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": { "Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:review", "HeartbeatSeconds": 60, "End": true }
              }
            }
            """),

        new("ASL1114",
            "A Task may set its timeout as a literal (`TimeoutSeconds`) or read it from the input (`TimeoutSecondsPath`), not both; the same holds for `HeartbeatSeconds` and `HeartbeatSecondsPath`.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "TimeoutSeconds": 30,
                  "TimeoutSecondsPath": "$.timeout",
                  "End": true
                }
              }
            }
            """,
            "Keep one of the two.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "TimeoutSecondsPath": "$.timeout",
                  "End": true
                }
              }
            }
            """),

        new("ASL1115",
            "When both are literals, `HeartbeatSeconds` must be less than `TimeoutSeconds` (the specification requires it): a heartbeat interval at or above the timeout can never fire.",
            """
            {
              "StartAt": "Review",
              "States": {
                "Review": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:us-east-1:123456789012:activity:review",
                  "TimeoutSeconds": 300,
                  "HeartbeatSeconds": 300,
                  "End": true
                }
              }
            }
            """,
            "Make the heartbeat interval shorter than the timeout.",
            """
            {
              "StartAt": "Review",
              "States": {
                "Review": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:us-east-1:123456789012:activity:review",
                  "TimeoutSeconds": 300,
                  "HeartbeatSeconds": 60,
                  "End": true
                }
              }
            }
            """),

        new("ASL1116",
            "`TimeoutSecondsPath` and `HeartbeatSecondsPath` must be Reference Paths: they select exactly one number from the input, so no wildcards, filters, slices or `..`.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "TimeoutSecondsPath": "$.limits[*].timeout",
                  "End": true
                }
              }
            }
            """,
            "Select the single value.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
                  "TimeoutSecondsPath": "$.limits[0].timeout",
                  "End": true
                }
              }
            }
            """),

        new("ASL1117",
            "A Task's `Credentials` names the IAM role the task assumes; it must be an object with `RoleArn` (or `RoleArn.$` in JSONPath).",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "FunctionName": "arn:aws:lambda:us-east-1:111122223333:function:work" },
                  "Credentials": "arn:aws:iam::111122223333:role/CrossAccount",
                  "End": true
                }
              }
            }
            """,
            "Put the role ARN under `RoleArn`.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "FunctionName": "arn:aws:lambda:us-east-1:111122223333:function:work" },
                  "Credentials": { "RoleArn": "arn:aws:iam::111122223333:role/CrossAccount" },
                  "End": true
                }
              }
            }
            """),

        new("ASL1183",
            "`Credentials` must say which role to assume: it needs `RoleArn` (or `RoleArn.$` in JSONPath).",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "FunctionName": "arn:aws:lambda:us-east-1:111122223333:function:work" },
                  "Credentials": { "Role": "arn:aws:iam::111122223333:role/CrossAccount" },
                  "End": true
                }
              }
            }
            """,
            "The field is `RoleArn`.",
            """
            {
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": { "FunctionName": "arn:aws:lambda:us-east-1:111122223333:function:work" },
                  "Credentials": { "RoleArn": "arn:aws:iam::111122223333:role/CrossAccount" },
                  "End": true
                }
              }
            }
            """),

        new("ASL1119",
            "In a JSONata state, a Task's or Parallel's `Arguments` must be a JSON object (whose values may hold JSONata strings) or one JSONata string that evaluates to an object.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": ["arn:aws:lambda:us-east-1:123456789012:function:work"],
                  "End": true
                }
              }
            }
            """,
            "Name the arguments in an object.",
            """
            {
              "QueryLanguage": "JSONata",
              "StartAt": "Call",
              "States": {
                "Call": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Arguments": { "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:work" },
                  "End": true
                }
              }
            }
            """),

        new("ASL1120",
            "EXPRESS workflows run for at most five minutes and cannot wait for other work: they reject `.sync` and `.waitForTaskToken` integrations and activities (AWS answers SCHEMA_VALIDATION_FAILED). Checked when you validate with `--type EXPRESS`.",
            """
            {
              "StartAt": "Run job",
              "States": {
                "Run job": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::batch:submitJob.sync",
                  "Parameters": { "JobName": "nightly", "JobQueue": "default", "JobDefinition": "report" },
                  "End": true
                }
              }
            }
            """,
            "Start the job without waiting for it (or run this workflow as STANDARD).",
            """
            {
              "StartAt": "Run job",
              "States": {
                "Run job": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::batch:submitJob",
                  "Parameters": { "JobName": "nightly", "JobQueue": "default", "JobDefinition": "report" },
                  "End": true
                }
              }
            }
            """)
        {
            Type = Validate.WorkflowType.Express,
        },
    ];
}
