namespace Asl.Local.Tests;

/// <summary>
/// The seed sample's two definitions (reference/workflow-within-a-workflow), kept here so the tests do not depend
/// on files outside the repository.
/// </summary>
internal static class ReferenceSample
{
    /// <summary>main-state-machine.asl.json</summary>
    public const string Main = """
        {
            "Comment": "An example of combining workflows using a Step Functions StartExecution task state with various integration patterns.",
            "StartAt": "Start new workflow and continue",
            "States": {
                "Start new workflow and continue": {
                    "Comment": "Start an execution of another Step Functions state machine and continue",
                    "Type": "Task",
                    "Resource": "arn:aws:states:::states:startExecution",
                    "Parameters": {
                        "StateMachineArn": "${NestingPatternAnotherStateMachineArn}",
                        "Input": {
                            "NeedCallback": false,
                            "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"
                        }
                    },
                    "Next": "Start in parallel"
                },
                "Start in parallel": {
                    "Comment": "Start two executions of the same state machine in parallel",
                    "Type": "Parallel",
                    "End": true,
                    "Branches": [
                        {
                            "StartAt": "Start new workflow and wait for completion",
                            "States": {
                                "Start new workflow and wait for completion": {
                                    "Comment": "Start an execution and wait for its completion",
                                    "Type": "Task",
                                    "Resource": "arn:aws:states:::states:startExecution.sync:2",
                                    "Parameters": {
                                        "StateMachineArn": "${NestingPatternAnotherStateMachineArn}",
                                        "Input": {
                                            "NeedCallback": false,
                                            "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"
                                        }
                                    },
                                    "OutputPath": "$.Output",
                                    "End": true
                                }
                            }
                        },
                        {
                            "StartAt": "Start new workflow and wait for callback",
                            "States": {
                                "Start new workflow and wait for callback": {
                                    "Comment": "Start an execution and wait for it to call back with a task token",
                                    "Type": "Task",
                                    "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
                                    "Parameters": {
                                        "StateMachineArn": "${NestingPatternAnotherStateMachineArn}",
                                        "Input": {
                                            "NeedCallback": true,
                                            "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id",
                                            "TaskToken.$": "$$.Task.Token"
                                        }
                                    },
                                    "End": true
                                }
                            }
                        }
                    ]
                }
            }
        }
        """;

    /// <summary>nested-state-machine.asl.json</summary>
    public const string Nested = """
        {
            "StartAt": "First long-running job",
            "States": {
                "First long-running job": {
                    "Type": "Wait",
                    "Seconds": 1,
                    "Next": "Need callback?"
                },
                "Need callback?": {
                    "Type": "Choice",
                    "Choices": [
                        {
                            "Variable": "$.NeedCallback",
                            "BooleanEquals": true,
                            "Next": "Callback"
                        }
                    ],
                    "Default": "Second long-running job"
                },
                "Callback": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {
                        "FunctionName": "${NestingPatternCallbackLambdaFunction}",
                        "Payload": {
                            "TaskToken.$": "$$.Execution.Input.TaskToken",
                            "Message": "Callback right after the first long-running job is completed"
                        }
                    },
                    "Next": "Second long-running job"
                },
                "Second long-running job": {
                    "Type": "Wait",
                    "Seconds": 1,
                    "Next": "Report completion"
                },
                "Report completion": {
                    "Type": "Pass",
                    "Result": "The whole execution is completed including both long-running jobs",
                    "End": true
                }
            }
        }
        """;
}
