using Asl;
using static Asl.States;

namespace Orders.Workflows;

/// <summary>
/// Charges the card (retrying when Lambda throttles, failing the order when the card is declined), saves the order in
/// DynamoDB, ships it through the Shipping machine and waits three days for the delivery.
/// </summary>
[StateMachine(Name = "OrderProcessing")]
public partial class OrderWorkflow : IStateMachine<OrderInput, OrderResult>
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Charge card", "${ChargeCard}")
            .Payload(new { OrderId = Input.At("$.OrderId"), Amount = Input.At("$.Amount") })
            .ResultSelector(new { ChargeId = Input.At("$.Payload.ChargeId") })
            .ResultPath("$.charge")
            .Retry("Lambda.TooManyRequestsException", intervalSeconds: 2, maxAttempts: 3, backoffRate: 2)
            .Catch("PaymentDeclined", Fail("Payment declined").Error("PaymentDeclined").Cause("The card was declined.")))
        .Then(DynamoPutItem("Save order", "${OrdersTable}")
            .Item(new
            {
                OrderId = DynamoAttribute.FromString(Input.At("$.OrderId")),
                Amount = DynamoAttribute.NumberFromJson(Input.At("$.Amount")),
            })
            .ResultPath(null))
        .Then(StartExecution<ShippingWorkflow>("Ship")
            .RunToCompletion()
            .Input(new ShipmentRequest(Input.At("$.OrderId")))
            .ResultSelector(new { TrackingNumber = Input.At("$.Output.TrackingNumber") })
            .ResultPath("$.shipment"))
        .Then(Wait("Wait for delivery").Seconds(3 * 24 * 3600))
        .Then(Pass("Done").Parameters(new
        {
            OrderId = Input.At("$.OrderId"),
            ChargeId = Input.At("$.charge.ChargeId"),
            TrackingNumber = Input.At("$.shipment.TrackingNumber"),
        }));
}
