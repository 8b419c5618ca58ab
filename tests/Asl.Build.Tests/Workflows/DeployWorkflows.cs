using static Asl.States;

namespace Asl.Build.Tests.Workflows;

/// <summary>An EXPRESS machine with a Lambda function given by name and one given by ARN as the Resource.</summary>
[StateMachine(Name = "OrderAudit", Type = StateMachineType.Express)]
public partial class OrderAudit : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Write audit record", "audit-writer"))
        .Then(Task("Notify", "arn:aws:lambda:us-east-1:123456789012:function:notify"));
}

/// <summary>
/// A STANDARD machine that runs its sibling to completion (.sync), a machine of another project by literal ARN
/// (.sync:2), one by placeholder (request-response), and sends to an SQS queue; it logs, is traced and tagged.
/// </summary>
[StateMachine(Name = "OrderFlow", LogLevel = StateMachineLogLevel.Error, LogRetentionDays = 30, Tracing = true)]
[StateMachineTag("team", "orders")]
public partial class OrderFlow : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(StartExecution<OrderAudit>("Audit").RunToCompletion(outputAsJson: false))
        .Then(StartExecution("Bill", "arn:aws:states:us-east-1:123456789012:stateMachine:Billing").RunToCompletion())
        .Then(StartExecution("Tell partner", "${PartnerMachineArn}"))
        .Then(Task("Queue", "arn:aws:states:::sqs:sendMessage").Parameters(new { QueueUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/orders", MessageBody = "done" }));
}
