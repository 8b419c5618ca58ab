using System.Text.Json;
using Asl.Api;
using Asl.Clients;
using Asl.Testing;
using Orders.Workflows;

namespace Orders.Tests;

/// <summary>The order workflow on the local engine: one test per thing the harness gives.</summary>
public sealed class OrderWorkflowTests : IDisposable
{
    private static readonly OrderInput Order = new("o-1", 42.5m);

    private readonly WorkflowHarness _harness = new();
    private readonly TaskMock<ChargeRequest, ChargeResult> _chargeCard;
    private readonly TaskMock<JsonElement, object> _saveOrder;

    public OrderWorkflowTests()
    {
        // The substitutions the harness cannot fill itself (child machines and Lambda functions it fills).
        _harness.Substitute("OrdersTable", "orders");
        _saveOrder = _harness.MockTask<JsonElement, object>("arn:aws:states:::dynamodb:putItem").Returns(new { });
        _chargeCard = _harness.MockLambda<ChargeRequest, ChargeResult>("ChargeCard", request => new ChargeResult("ch-" + request.OrderId));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_typed_lambda_mock_sees_typed_requests_and_its_answer_reaches_the_output()
    {
        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(new OrderResult("o-1", "ch-o-1", "TRK-o-1"), run.Output);
        Assert.Equal(new ChargeRequest("o-1", 42.5m), Assert.Single(_chargeCard.Requests));
    }

    [Fact]
    public async Task A_throttled_charge_is_retried_until_it_succeeds()
    {
        _chargeCard.FailsFirst(2, "Lambda.TooManyRequestsException", "Rate exceeded");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(2, run.RetryCount("Charge card"));
        Assert.Equal(3, _chargeCard.Calls.Count);
    }

    [Fact]
    public async Task The_order_is_saved_as_DynamoDB_attribute_values_in_the_table_given_to_the_template()
    {
        await _harness.RunAsync(OrderWorkflow.Info, Order);

        var request = Assert.Single(_saveOrder.Requests);
        Assert.Equal("orders", request.GetProperty("TableName").GetString());
        Assert.Equal("o-1", request.GetProperty("Item").GetProperty("OrderId").GetProperty("S").GetString());
        Assert.Equal("42.5", request.GetProperty("Item").GetProperty("Amount").GetProperty("N").GetString());
    }

    [Fact]
    public async Task The_shipping_machine_and_its_courier_function_are_wired_without_setup()
    {
        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        var shipping = Assert.Single(run.ChildExecutions);
        Assert.Equal("Shipping", shipping.StateMachineName);
        Assert.Equal(new ShipmentResult("TRK-o-1"), shipping.OutputAs<ShipmentResult>());
    }

    [Fact]
    public async Task An_order_goes_through_the_states_in_order()
    {
        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(["Charge card", "Save order", "Ship", "Wait for delivery", "Done"], run.StatesEntered);
        Assert.Equal(Order, run.State("Charge card").InputAs<OrderInput>());
    }

    [Fact]
    public async Task The_three_day_wait_passes_on_the_virtual_clock()
    {
        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(TimeSpan.FromDays(3), run.State("Wait for delivery").Duration);
        Assert.Equal(TimeSpan.FromDays(3), run.Duration);
    }

    [Fact]
    public async Task A_declined_card_fails_the_order_with_its_error()
    {
        _chargeCard.Fails("PaymentDeclined", "Insufficient funds");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        var failure = Assert.Throws<ExecutionFailedException>(() => run.Output);
        Assert.Equal(("PaymentDeclined", "The card was declined."), (failure.Error, failure.Cause));
        Assert.Equal(["Charge card", "Payment declined"], run.StatesEntered);
    }
}
