using static Asl.States;

// The workflows of docs/dsl.md. Each Define() below appears in the guide as written, next to the ASL the generator
// produces for it; DslGuideTests keeps both in step.
namespace Asl.Dsl.Tests.Guide;

[StateMachine]
public partial class ChainingExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(Pass("Prepare").Result(new { Greeting = "Hello" }))
        .Then(Wait("Pause").Seconds(5))
        .Then(Succeed("Done"));
}

[StateMachine]
public partial class ChoiceExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(Choice("Large order?")
            .When(Condition.NumericGreaterThan("$.total", 1000), "Review")
            .Otherwise("Accept"))
        .Then(Pass("Review").Result("needs review").Next("Accept"))
        .Then(Succeed("Accept"));
}

[StateMachine]
public partial class TaskExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Charge", "${ChargeFunction}")
            .Payload(new { OrderId = Input.At("$.orderId"), Amount = Input.At("$.amount") })
            .ResultSelector(new { ChargeId = Input.At("$.Payload.chargeId") })
            .ResultPath("$.charge")
            .TimeoutSeconds(30))
        .Then(DynamoPutItem("Save", "${OrdersTable}")
            .Item(new { Id = DynamoAttribute.FromString(Input.At("$.orderId")), Amount = DynamoAttribute.NumberFromJson(Input.At("$.amount")) })
            .ResultPath(null))
        .Then(SnsPublish("Notify", "${AlertsTopic}")
            .Message("Order " + Input.At("$.orderId") + " saved"));
}

[StateMachine]
public partial class MessagingExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(DynamoGetItem("Load customer", "${CustomersTable}")
            .Key(new { CustomerId = DynamoAttribute.FromString(Input.At("$.customerId")) })
            .ResultSelector(new { Email = Input.At("$.Item.Email.S") })
            .ResultPath("$.customer"))
        .Then(SqsSendMessage("Ask for approval", "${ApprovalQueueUrl}")
            .MessageBody(new { OrderId = Input.At("$.orderId"), Token = Context.TaskToken })
            .WaitForTaskToken()
            .TimeoutSeconds(86400)
            .ResultPath("$.approval"))
        .Then(EventBridgePutEvents("Announce")
            .Entry(new { OrderId = Input.At("$.orderId") }, "OrderApproved", "com.example.orders"));
}

[StateMachine]
public partial class JobsExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(EcsRunTask("Render invoice", "${InvoiceCluster}", "invoice-renderer:4")
            .Fargate(["subnet-0a1b2c3d"], ["sg-0a1b2c3d"])
            .Overrides(new { ContainerOverrides = new[] { new { Name = "renderer", Command = new[] { "render", "--all" } } } })
            .RunToCompletion()
            .ResultPath(null))
        .Then(GlueStartJobRun("Load warehouse", "orders-etl")
            .JobArguments(new Dictionary<string, object> { ["--day"] = Input.At("$.day") })
            .RunToCompletion()
            .ResultPath(null))
        .Then(HttpInvoke("Tell the ERP", "https://erp.example.com/api/invoices", HttpVerb.Post, "${ErpConnectionArn}")
            .RequestBody(new { Day = Input.At("$.day") }));
}

[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]
public partial class IntegrationJsonAtaExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(DynamoUpdateItem("Mark shipped", "${OrdersTable}")
            .Key(new { OrderId = DynamoAttribute.FromString(Input.At("$.orderId")) })
            .UpdateExpression("SET #s = :s")
            .ExpressionAttributeName("#s", "Status")
            .ExpressionAttributeValue(":s", DynamoAttribute.FromString("SHIPPED")))
        .Then(SnsPublish("Notify", "${AlertsTopic}")
            .Subject("Order " + Input.At("$.orderId") + " shipped")
            .Message(new { OrderId = Input.At("$.orderId") }));
}

[StateMachine]
public partial class RetryCatchExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Charge", "${ChargeFunction}")
            .Retry(["Lambda.TooManyRequestsException", "Lambda.ServiceException"], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2)
            .Catch("PaymentDeclined", Fail("Declined").Error("PaymentDeclined").Cause("The card was declined."), resultPath: "$.error")
            .Catch("States.ALL", "Refund", discardError: true))
        .Then(Succeed("Charged"))
        .Then(Pass("Refund").Next("Charged"));
}

[StateMachine]
public partial class ServiceErrorsExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(HttpInvoke("Charge", "https://api.payments.example/v1/charges", HttpVerb.Post, "${PaymentsConnection}")
            .RequestBody(new { Amount = Input.At("$.amount") })
            .Retry(Errors.Http.TooManyRequests, intervalSeconds: 1, maxAttempts: 3, backoffRate: 2)
            .Catch(Errors.Http.StatusCode(402), "Notify declined"))
        .Then(Succeed("Charged"))
        .Then(SnsPublish("Notify declined", "${AlertsTopic}")
            .Message(new { Declined = Input.At("$$.Execution.Input.orderId") })
            .Retry(Errors.SNS.ThrottledException, intervalSeconds: 1, maxAttempts: 3, backoffRate: 2)
            .Catch(Errors.SNS.NotFoundException, Fail("No alerts topic").Error("NoAlertsTopic")));
}

[StateMachine]
public partial class ParallelExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(Parallel("Check")
            .Branch(branch => branch.StartWith(Pass("Check stock").Result(true)))
            .Branch(branch => branch.StartWith(Pass("Check fraud").Result(false)))
            .ResultPath("$.checks"));
}

[StateMachine]
public partial class MapExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(Map("Price items")
            .ItemsPath("$.items")
            .MaxConcurrency(5)
            .ItemProcessor(item => item.StartWith(LambdaInvoke("Price item", "${PriceFunction}").OutputPath("$.Payload")))
            .ResultPath("$.prices"))
        .Then(Map("Archive items")
            .ItemReader(S3ItemReader.JsonLines("${ArchiveBucket}", Input.At("$.itemsKey")))
            .ItemBatcher(maxItemsPerBatch: 100)
            .ItemProcessor(batch => batch.StartWith(Pass("Archive batch")), ProcessorMode.Distributed, StateMachineType.Express)
            .ResultWriter(S3ResultWriter.At("${ArchiveBucket}", "archive-runs/").Format(MapResultOutput.JsonLines, MapResultTransformation.Compact))
            .Label("Archive")
            .ToleratedFailurePercentage(5));
}

[StateMachine]
public partial class VariablesExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(Pass("Remember")
            .Assign(new { customer = Input.At("$.customer"), attempts = 0 }))
        .Then(Pass("Use")
            .Parameters(new { Customer = Variables.At("customer"), Greeting = Intrinsic.Format("Hello {}", Variables.At("customer", ".name")) }));
}

[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]
public partial class JsonAtaExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(Task("Score", "arn:aws:states:::lambda:invoke")
            .Arguments(new { FunctionName = "${ScoreFunction}", Payload = new { Customer = "{% $states.input.customer %}" } })
            .Assign(new { score = "{% $states.result.Payload.score %}" })
            .Output("{% $states.input %}"))
        .Then(Choice("Good score?")
            .When(Condition.JsonAta("{% $score > 700 %}"), "Approve")
            .Otherwise("Reject"))
        .Then(Succeed("Approve").Output(new { Approved = true, Score = "{% $score %}" }))
        .Then(Fail("Reject").Error("LowScore").Cause("{% 'Score ' & $string($score) %}"));
}

/// <summary>A child machine for <see cref="StartExecutionExample"/>.</summary>
[StateMachine(Name = "Invoicing")]
public partial class InvoicingExample : IStateMachine<InvoiceRequest, string>
{
    public static Workflow Define() => Workflow.StartWith(Pass("Invoice").Result("INV-1"));
}

public sealed record InvoiceRequest(string OrderId, string? TaskToken = null);

[StateMachine]
public partial class StartExecutionExample : IStateMachine
{
    public static Workflow Define() => Workflow
        .StartWith(StartExecution<InvoicingExample>("Invoice and wait")
            .RunToCompletion()
            .Input(new InvoiceRequest(Input.At("$.orderId")))
            .AssociateWithParent()
            .OutputPath("$.Output"))
        .Then(StartExecution<InvoicingExample>("Invoice with callback")
            .WaitForTaskToken()
            .Input(new InvoiceRequest(Input.At("$.orderId"), TaskToken: Context.TaskToken)));
}

public sealed record LineItem(string Sku, int Quantity, decimal Price);

public sealed record Order(string OrderId, [property: System.Text.Json.Serialization.JsonPropertyName("total")] decimal Total, bool Express, LineItem[] Items, string? Note);

public sealed record ShipmentRequest(string OrderId, bool Express);

public sealed record TopLines(string[] Top, string Skus, decimal Rounded);

[StateMachine(Name = "Shipping")]
public partial class ShippingWorkflow : IStateMachine<ShipmentRequest, ShipmentRequest>
{
    public static Workflow Define() => Workflow.StartWith(Succeed("Shipped"));
}

[StateMachine]
public partial class TypedJsonPathExample : IStateMachine<Order, string>
{
    public static Workflow Define() => Workflow
        .StartWith(Choice("Route")
            .When((Order o) => o.Total > 1000 && !o.Express, "Review")
            .When((Order o) => o.Note != null, "Ship")
            .Otherwise("Ship"))
        .Then(Pass("Review")
            .Parameters((Order o) => new { o.OrderId, Label = $"Order {o.OrderId} needs review", Lines = o.Items.Length }))
        .Then(StartExecution<ShippingWorkflow>("Ship")
            .StateInput<Order>()
            .Input((Order o) => new ShipmentRequest(o.OrderId, o.Express)));
}

public sealed record RoutedOrder(string OrderId, string Route, int LineCount);

[StateMachine(JsonNaming = JsonNaming.CamelCase)]
public partial class CamelCaseExample : IStateMachine<Order, RoutedOrder>
{
    public static Workflow Define() => Workflow
        .StartWith(Choice("Route")
            .When((Order o) => o.Total > 1000 && !o.Express, Pass("Review")
                .Parameters((Order o) => new RoutedOrder(o.OrderId, "review", o.Items.Length)))
            .Otherwise(Pass("Ship")
                .Parameters((Order o) => new RoutedOrder(o.OrderId, "ship", o.Items.Length))));
}

public sealed record OrderSummary(string Id, string[] Skus, decimal Value, string Speed, string Note);

[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]
public partial class TypedJsonAtaExample : IStateMachine<Order, OrderSummary>
{
    public static Workflow Define() => Workflow
        .StartWith(Choice("Big basket?")
            .When((Order o) => o.Items.Any(i => i.Quantity > 10) || o.Items.Sum(i => i.Price * i.Quantity) > 1000, "Summary")
            .Otherwise("Summary"))
        .Then(Pass("Summary")
            .Output((Order o) => new
            {
                Id = o.OrderId.ToUpper(),
                Skus = o.Items.Where(i => i.Quantity > 0).Select(i => i.Sku),
                Value = o.Items.Sum(i => i.Price * i.Quantity),
                Speed = o.Express ? "express" : "standard",
                Note = o.Note ?? "none",
            }));
}

public sealed record OrderFacts(string orderId, decimal total);

[StateMachine]
public partial class TypedVariablesExample : IStateMachine<Order, string>
{
    public static Workflow Define() => Workflow
        .StartWith(Pass("Remember")
            .Assign((Order o) => new OrderFacts(o.OrderId, o.Total)))
        .Then(Choice("Large?")
            .When((Order o, Ctx<OrderFacts> c) => c.Vars.total > 1000 && !o.Express, "Notify")
            .Otherwise("Done"))
        .Then(Pass("Notify")
            .Parameters((Order o, Ctx<OrderFacts> c) => new { c.Vars.orderId, Execution = c.Execution.Name, Message = $"Order {c.Vars.orderId} is large" }))
        .Then(Succeed("Done"));
}

[StateMachine(QueryLanguage = QueryLanguage.JsonAta)]
public partial class TypedSortingExample : IStateMachine<Order, TopLines>
{
    public static Workflow Define() => Workflow
        .StartWith(Pass("Top lines")
            .Assign((Order o, Ctx c) => new { orderId = o.OrderId, startedBy = c.Execution.Name })
            .Output((Order o) => new
            {
                Top = o.Items.OrderByDescending(i => i.Price * i.Quantity).ThenBy(i => i.Sku, StringComparer.Ordinal).Take(3).Select(i => i.Sku),
                Skus = string.Join(", ", o.Items.Select(i => i.Sku).Distinct()),
                Rounded = Math.Round(o.Total),
            }));
}
