using Asl.Collections;
using Asl.Json;
using Asl.Model;

namespace Asl.Dsl.Tests.Reading;

/// <summary>The seed sample's definitions read into exactly the model they describe.</summary>
public class ReferenceDefinitionTests
{
    private static readonly AslJson ChildInputNoCallback = Obj(
        ("StateMachineArn", AslJson.Of("${NestingPatternAnotherStateMachineArn}")),
        ("Input", Obj(("NeedCallback", AslJson.Of(false)), ("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$", AslJson.Of("$$.Execution.Id")))));

    [Fact]
    public void Main_state_machine_reads_into_the_expected_model()
    {
        var expected = new StateMachine("Start new workflow and continue", EquatableArray.Create(
            new NamedState("Start new workflow and continue", new TaskState("arn:aws:states:::states:startExecution")
            {
                Comment = "Start an execution of another Step Functions state machine and continue",
                Parameters = ChildInputNoCallback,
                Next = "Start in parallel",
            }),
            new NamedState("Start in parallel", new ParallelState(EquatableArray.Create(
                new Branch("Start new workflow and wait for completion", EquatableArray.Create(
                    new NamedState("Start new workflow and wait for completion", new TaskState("arn:aws:states:::states:startExecution.sync:2")
                    {
                        Comment = "Start an execution and wait for its completion",
                        Parameters = ChildInputNoCallback,
                        OutputPath = "$.Output",
                        End = true,
                    }))),
                new Branch("Start new workflow and wait for callback", EquatableArray.Create(
                    new NamedState("Start new workflow and wait for callback", new TaskState("arn:aws:states:::states:startExecution.waitForTaskToken")
                    {
                        Comment = "Start an execution and wait for it to call back with a task token",
                        Parameters = Obj(
                            ("StateMachineArn", AslJson.Of("${NestingPatternAnotherStateMachineArn}")),
                            ("Input", Obj(
                                ("NeedCallback", AslJson.Of(true)),
                                ("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$", AslJson.Of("$$.Execution.Id")),
                                ("TaskToken.$", AslJson.Of("$$.Task.Token"))))),
                        End = true,
                    })))))
            {
                Comment = "Start two executions of the same state machine in parallel",
                End = true,
            })))
        {
            Comment = "An example of combining workflows using a Step Functions StartExecution task state with various integration patterns.",
        };

        var result = AslReader.ReadFile(TestData.PathOf("workflow-within-a-workflow/main-state-machine.asl.json"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Machine);
    }

    [Fact]
    public void Nested_state_machine_reads_into_the_expected_model()
    {
        var expected = new StateMachine("First long-running job", EquatableArray.Create(
            new NamedState("First long-running job", new WaitState { Seconds = AslJson.Of(1), Next = "Need callback?" }),
            new NamedState("Need callback?", new ChoiceState(EquatableArray.Create(new ChoiceRule
            {
                Variable = "$.NeedCallback",
                Comparisons = EquatableArray.Create(new Comparison(ComparisonOperator.BooleanEquals, AslJson.Of(true))),
                Next = "Callback",
            }))
            {
                Default = "Second long-running job",
            }),
            new NamedState("Callback", new TaskState("arn:aws:states:::lambda:invoke")
            {
                Parameters = Obj(
                    ("FunctionName", AslJson.Of("${NestingPatternCallbackLambdaFunction}")),
                    ("Payload", Obj(
                        ("TaskToken.$", AslJson.Of("$$.Execution.Input.TaskToken")),
                        ("Message", AslJson.Of("Callback right after the first long-running job is completed"))))),
                Next = "Second long-running job",
            }),
            new NamedState("Second long-running job", new WaitState { Seconds = AslJson.Of(1), Next = "Report completion" }),
            new NamedState("Report completion", new PassState
            {
                Result = AslJson.Of("The whole execution is completed including both long-running jobs"),
                End = true,
            })));

        var result = AslReader.ReadFile(TestData.PathOf("workflow-within-a-workflow/nested-state-machine.asl.json"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Machine);
    }

    private static AslJsonObject Obj(params (string Name, AslJson Value)[] members) =>
        new(members.Select(m => new AslJsonProperty(m.Name, m.Value)).ToEquatableArray());
}
