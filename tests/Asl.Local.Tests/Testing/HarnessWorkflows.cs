using System.Text.Json;
using static Asl.States;

namespace Asl.Local.Tests.Testing;

public sealed record OrderInput(string OrderId, decimal Amount);

public sealed record OrderResult(string OrderId, string ChargeId, string TrackingNumber);

public sealed record ChargeRequest(string OrderId, decimal Amount);

public sealed record ChargeResult(string ChargeId);

public sealed record ShipmentRequest(string OrderId);

public sealed record ShipmentResult(string TrackingNumber);

/// <summary>Charges (with retries), saves to DynamoDB, ships through a child machine, waits three days for delivery.</summary>
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
            .Item(new { OrderId = DynamoAttribute.FromString(Input.At("$.OrderId")) })
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

/// <summary>Books a courier through the project's own [LambdaFunction].</summary>
[StateMachine(Name = "Shipping")]
public partial class ShippingWorkflow : IStateMachine<ShipmentRequest, ShipmentResult>
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Book courier", "${BookCourier}").OutputPath("$.Payload"));
}

/// <summary>The courier function the Shipping machine calls; the harness binds it by its name.</summary>
public static class CourierFunction
{
    [LambdaFunction("BookCourier")]
    public static async Task<Stream> BookAsync(Stream input)
    {
        var request = await JsonSerializer.DeserializeAsync<ShipmentRequest>(input) ?? throw new ArgumentException("No shipment request.");
        return new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new ShipmentResult("TRK-" + request.OrderId)));
    }
}

/// <summary>Asks for an approval through a queue and waits for the token; gives up after an hour.</summary>
[StateMachine(Name = "Approval")]
public partial class ApprovalWorkflow : IStateMachine<ApprovalRequest, ApprovalDecision>
{
    public static Workflow Define() => Workflow
        .StartWith(SqsSendMessage("Ask for approval", "${ApprovalQueueUrl}")
            .MessageBody(new { Request = Input.At("$.Request"), Token = Context.TaskToken })
            .WaitForTaskToken()
            .TimeoutSeconds(3600));
}

public sealed record ApprovalRequest(string Request);

public sealed record ApprovalDecision(bool Approved);

/// <summary>Runs a Lambda function per item in a Map state.</summary>
[StateMachine(Name = "PriceList")]
public partial class PriceListWorkflow : IStateMachine<PriceListInput, JsonElement>
{
    public static Workflow Define() => Workflow
        .StartWith(Map("Price items")
            .ItemsPath("$.Items")
            .ItemProcessor(chain => chain.StartWith(LambdaInvoke("Price item", "PriceItem").OutputPath("$.Payload"))));
}

public sealed record PriceListInput(string[] Items);

public sealed record LoyaltyInput(string CustomerId, int NewPoints, string VisitId);

public sealed record LoyaltyResult(string Name, string Points);

public sealed record Customer(string CustomerId, string Name, int Points);

/// <summary>Reads a customer, updates their points and records the visit once, all in DynamoDB.</summary>
[StateMachine(Name = "Loyalty")]
public partial class LoyaltyWorkflow : IStateMachine<LoyaltyInput, LoyaltyResult>
{
    public static Workflow Define() => Workflow
        .StartWith(DynamoGetItem("Load customer", "${CustomersTable}")
            .Key(new { CustomerId = DynamoAttribute.FromString(Input.At("$.CustomerId")) })
            .ResultSelector(new { Name = Input.At("$.Item.Name.S") })
            .ResultPath("$.customer"))
        .Then(DynamoPutItem("Record visit", "${VisitsTable}")
            .Item(new { VisitId = DynamoAttribute.FromString(Input.At("$.VisitId")), CustomerId = DynamoAttribute.FromString(Input.At("$.CustomerId")) })
            .ConditionExpression("attribute_not_exists(VisitId)")
            .ResultPath(null))
        .Then(DynamoUpdateItem("Add points", "${CustomersTable}")
            .Key(new { CustomerId = DynamoAttribute.FromString(Input.At("$.CustomerId")) })
            .UpdateExpression("SET #p = :p")
            .ExpressionAttributeName("#p", "Points")
            .ExpressionAttributeValue(":p", DynamoAttribute.NumberFromJson(Input.At("$.NewPoints")))
            .ReturnValues("ALL_NEW")
            .ResultSelector(new { Points = Input.At("$.Attributes.Points.N") })
            .ResultPath("$.updated"))
        .Then(Pass("Done").Parameters(new { Name = Input.At("$.customer.Name"), Points = Input.At("$.updated.Points") }));
}
