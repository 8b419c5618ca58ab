using Asl;
using static Asl.States;

namespace NestedWorkflowSample.Workflows;

/// <summary>
/// The main machine: starts the nested machine and continues, then runs it twice in parallel, once waiting
/// for it to complete (<c>.sync:2</c>) and once waiting for its callback (<c>.waitForTaskToken</c>).
/// </summary>
[StateMachine(Name = "NestingPatternMainStateMachine")]
public partial class MainWorkflow : IStateMachine<MainInput, string[]>
{
    /// <summary>The workflow.</summary>
    public static Workflow Define() => Workflow
        .StartWith(StartExecution<NestedWorkflow>("Start new workflow and continue")
            .Comment("Start an execution of another Step Functions state machine and continue")
            .Input(new NestedInput(NeedCallback: false))
            .AssociateWithParent())
        .Then(Parallel("Start in parallel")
            .Comment("Start two executions of the same state machine in parallel")
            .Branch(StartExecution<NestedWorkflow>("Start new workflow and wait for completion")
                .Comment("Start an execution and wait for its completion")
                .RunToCompletion()
                .Input(new NestedInput(NeedCallback: false))
                .AssociateWithParent()
                .OutputPath("$.Output"))
            .Branch(StartExecution<NestedWorkflow>("Start new workflow and wait for callback")
                .Comment("Start an execution and wait for it to call back with a task token")
                .WaitForTaskToken()
                .Input(new NestedInput(NeedCallback: true, TaskToken: Context.TaskToken))
                .AssociateWithParent()))
        .Comment("An example of combining workflows using a Step Functions StartExecution task state with various integration patterns.");
}

/// <summary>The main machine reads nothing from its input; it is started with <c>{}</c>.</summary>
public sealed record MainInput;
