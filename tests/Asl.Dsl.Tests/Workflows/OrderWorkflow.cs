using static Asl.States;

namespace Asl.Dsl.Tests.Workflows;

/// <summary>An order to process.</summary>
public sealed record Order(string OrderId, string Customer, decimal Total);

/// <summary>A confirmation of a processed order.</summary>
public sealed record Confirmation(string OrderId, string Status);

/// <summary>A workflow that uses most of the fluent API, so the run-time/compile-time agreement test covers it.</summary>
[StateMachine(Name = "OrderProcessing", Comment = "Processes one order")]
public partial class OrderWorkflow : IStateMachine<Order, Confirmation>
{
    private const string PaymentFunction = "${PaymentFunctionArn}";

    public static Workflow Define() => Workflow
        .StartWith(Pass("Normalise")
            .Parameters(new
            {
                OrderId = Input.At("$.OrderId"),
                Customer = Input.At("$.Customer"),
                Total = Input.At("$.Total"),
                Reference = Intrinsic.Format("order-{}", Input.At("$.OrderId")),
                Items = new[] { "a", "b" },
            })
            .ResultPath("$.order"))
        .Then(Choice("Large order?")
            .When(Condition.And(Condition.IsPresent("$.order.Total"), Condition.NumericGreaterThan("$.order.Total", 1000)), "Review")
            .When(Condition.Not(Condition.StringMatches("$.order.Customer", "test-*")), "Charge")
            .Otherwise(Fail("Rejected").Error("Order.Rejected").Cause("Test customers cannot order")))
        .Then(Wait("Review").Seconds(3600).Next("Charge"))
        .Then(LambdaInvoke("Charge", PaymentFunction)
            .Payload(new { Order = Input.At("$.order"), Attempt = Context.RetryCount })
            .ResultSelector(new { Receipt = Input.At("$.Payload.receipt") })
            .ResultPath("$.payment")
            .TimeoutSeconds(30)
            .Retry(new[] { Errors.TaskFailed, "Lambda.TooManyRequestsException" }, intervalSeconds: 2, maxAttempts: 3, backoffRate: 2.0, jitterStrategy: JitterStrategy.Full)
            .Catch(Errors.All, "Charge failed", resultPath: "$.error"))
        .Then(Parallel("Notify")
            .Branch(Task("Email", "arn:aws:states:::sns:publish")
                .Parameters(new { TopicArn = "${TopicArn}", Message = Input.At("$.order.OrderId") }))
            .Branch(b => b.StartWith(Map("Label items")
                    .ItemsPath("$.order.Items")
                    .ItemSelector(new { Item = Context.MapItemValue, Index = Context.MapItemIndex })
                    .MaxConcurrency(2)
                    .ItemProcessor(p => p.StartWith(Pass("Label").Result("labelled")).Then(Pass("Count")))))
            .ResultPath(null))
        .Then(Pass("Confirm").Parameters(new { OrderId = Input.At("$.order.OrderId"), Status = "CONFIRMED" }))
        .Then(Succeed("Done"))
        .Then(Fail("Charge failed").ErrorPath("$.error.Error").CausePath("$.error.Cause"));
}
