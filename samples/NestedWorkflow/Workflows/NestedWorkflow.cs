using Asl;
using static Asl.States;

namespace NestedWorkflowSample.Workflows;

/// <summary>
/// The nested machine: a long-running job, an optional callback to the parent (through a Lambda function
/// that calls SendTaskSuccess with the parent's task token), a second long-running job, and a final message.
/// The data flow is typed: the Choice reads <see cref="NestedInput"/> (<c>$.NeedCallback</c>), and the callback's payload
/// reads the execution's input through the context object (<c>$$.Execution.Input.TaskToken</c>).
/// </summary>
[StateMachine(Name = "NestingPatternAnotherStateMachine")]
public partial class NestedWorkflow : IStateMachine<NestedInput, string>
{
    /// <summary>The Lambda function that calls the parent back (a DefinitionSubstitution).</summary>
    public const string CallbackFunction = "NestingPatternCallbackLambdaFunction";

    /// <summary>The workflow.</summary>
    public static Workflow Define() => Workflow
        .StartWith(Wait("First long-running job").Seconds(1))
        .Then(Choice("Need callback?")
            .When((NestedInput input) => input.NeedCallback,
                LambdaInvoke("Callback", "${" + CallbackFunction + "}")
                    .Payload((NestedInput _, Ctx context) => new
                    {
                        context.Execution.Input<NestedInput>().TaskToken,
                        Message = "Callback right after the first long-running job is completed",
                    })
                    .RetryOnServiceExceptions(false) // as AWS's reference definition, which this sample reproduces
                    .Next("Second long-running job"))
            .Otherwise("Second long-running job"))
        .Then(Wait("Second long-running job").Seconds(1))
        .Then(Pass("Report completion").Result("The whole execution is completed including both long-running jobs"));
}
