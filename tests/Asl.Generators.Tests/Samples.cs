namespace Asl.Generators.Tests;

/// <summary>The sample's two workflows as user source files.</summary>
internal static class Samples
{
    public const string NestedWorkflow = """
        using Asl;
        using static Asl.States;

        namespace Sample;

        public sealed record NestedInput(bool NeedCallback, string? TaskToken = null);

        [StateMachine(Name = "NestingPatternAnotherStateMachine")]
        public partial class NestedWorkflow : IStateMachine<NestedInput, string>
        {
            public static Workflow Define() => Workflow
                .StartWith(Wait("First long-running job").Seconds(1))
                .Then(Choice("Need callback?")
                    .When(Condition.BooleanEquals("$.NeedCallback", true),
                        LambdaInvoke("Callback", "${NestingPatternCallbackLambdaFunction}")
                            .Payload(new
                            {
                                TaskToken = Context.ExecutionInputAt(".TaskToken"),
                                Message = "Callback right after the first long-running job is completed",
                            })
                            .Next("Second long-running job"))
                    .Otherwise("Second long-running job"))
                .Then(Wait("Second long-running job").Seconds(1))
                .Then(Pass("Report completion").Result("The whole execution is completed including both long-running jobs"));
        }
        """;

    public const string MainWorkflow = """
        using Asl;
        using static Asl.States;

        namespace Sample;

        [StateMachine(Name = "NestingPatternMainStateMachine")]
        public partial class MainWorkflow : IStateMachine<NestedInput, string[]>
        {
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
        """;

    public const string Unrelated = """
        namespace Sample;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;
        }
        """;
}
