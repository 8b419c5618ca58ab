using System.Diagnostics;
using System.Text.Json;
using Asl.Api;
using Asl.Clients;
using Asl.Testing;

namespace Asl.Local.Tests.Testing;

/// <summary>The test harness, used as a workflow's tests use it: register by Info, mock with types, read the run as data.</summary>
public sealed class WorkflowHarnessTests : IDisposable
{
    private static readonly OrderInput Order = new("o-1", 42.5m);

    private readonly WorkflowHarness _harness = new(new WorkflowHarnessOptions
    {
        Engine = new LocalEngineOptions { StartTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), RandomSeed = 1 },
    });

    public void Dispose() => _harness.Dispose();

    private TaskMock<ChargeRequest, ChargeResult> MockTheOrderServices()
    {
        _harness.Substitute("OrdersTable", "orders");
        _harness.MockTask<JsonElement, JsonElement>("arn:aws:states:::dynamodb:putItem", request => JsonDocument.Parse("{}").RootElement);
        return _harness.MockLambda<ChargeRequest, ChargeResult>("ChargeCard", request => new ChargeResult("ch-" + request.OrderId));
    }

    [Fact]
    public async Task A_typed_lambda_mock_gets_typed_requests_and_its_answer_reaches_the_typed_output()
    {
        var charge = MockTheOrderServices();

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(new OrderResult("o-1", "ch-o-1", "TRK-o-1"), run.Output);
        Assert.Equal([new ChargeRequest("o-1", 42.5m)], charge.Requests);
        var call = Assert.Single(charge.Calls);
        Assert.Equal("Charge card", call.StateName);
        Assert.Equal(run.ExecutionArn, call.ExecutionArn);
        Assert.Equal("""{"OrderId":"o-1","Amount":42.5}""", call.RequestJson);
    }

    [Fact]
    public async Task A_task_mock_receives_the_parameters_with_the_substitution_filled()
    {
        MockTheOrderServices();
        var save = _harness.MockTask<JsonElement, object>("arn:aws:states:::dynamodb:putItem").Returns(new { });

        await _harness.RunAsync(OrderWorkflow.Info, Order);

        var request = Assert.Single(save.Requests);
        Assert.Equal("orders", request.GetProperty("TableName").GetString());
        Assert.Equal("o-1", request.GetProperty("Item").GetProperty("OrderId").GetProperty("S").GetString());
    }

    [Fact]
    public async Task A_mock_that_fails_twice_then_succeeds_is_retried_and_the_run_counts_the_retries()
    {
        var charge = MockTheOrderServices().FailsFirst(2, "Lambda.TooManyRequestsException", "Rate exceeded");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(3, charge.Calls.Count);
        Assert.Equal(2, run.RetryCount("Charge card"));
        Assert.Equal(0, run.RetryCount("Save order"));
        // The retry intervals (2 s, then 4 s) pass on the engine clock.
        Assert.Equal(TimeSpan.FromSeconds(6), charge.Calls[2].Time - charge.Calls[0].Time);
        Assert.Equal(TimeSpan.FromSeconds(6), run.State("Charge card").Duration);
    }

    [Fact]
    public async Task A_Lambda_service_exception_is_retried_by_LambdaInvokes_own_policy_as_on_AWS()
    {
        var charge = MockTheOrderServices().FailsFirst(3, Asl.Errors.Lambda.ServiceException, "Service unavailable");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(4, charge.Calls.Count);
        Assert.Equal(3, run.RetryCount("Charge card"));
        // IntervalSeconds 2, BackoffRate 2: 2 s, 4 s, 8 s.
        Assert.Equal(TimeSpan.FromSeconds(14), charge.Calls[3].Time - charge.Calls[0].Time);
    }

    [Fact]
    public async Task After_six_retries_a_Lambda_service_exception_fails_the_execution_with_Lambdas_error()
    {
        var charge = MockTheOrderServices().Fails(Asl.Errors.Lambda.ServiceException, "Service unavailable");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("Lambda.ServiceException", run.Error);
        Assert.Equal(7, charge.Calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(2 + 4 + 8 + 16 + 32 + 64), charge.Calls[6].Time - charge.Calls[0].Time);
    }

    [Fact]
    public async Task A_DynamoDB_table_mock_serves_the_typed_item_calls_with_plain_objects_on_both_sides()
    {
        _harness.Substitute("CustomersTable", "customers");
        var customers = _harness.MockDynamoTable("${CustomersTable}", "CustomerId").Put(new Customer("c-1", "Ada", 10));
        var visits = _harness.MockDynamoTable("visits-table", "VisitId");
        _harness.Substitute("VisitsTable", "arn:aws:dynamodb:us-east-1:123456789012:table/visits-table");

        var run = await _harness.RunAsync(LoyaltyWorkflow.Info, new LoyaltyInput("c-1", 25, "v-1"));

        Assert.Equal(new LoyaltyResult("Ada", "25"), run.Output);
        Assert.Equal(new Customer("c-1", "Ada", 25), customers.Get<Customer>(new { CustomerId = "c-1" }));
        Assert.Equal("c-1", Assert.Single(visits.Items<JsonElement>()).GetProperty("CustomerId").GetString());
    }

    [Fact]
    public async Task A_failed_condition_of_the_table_mock_fails_as_DynamoDB_does()
    {
        _harness.Substitute("CustomersTable", "customers").Substitute("VisitsTable", "visits");
        _harness.MockDynamoTable("customers", "CustomerId").Put(new Customer("c-1", "Ada", 10));
        _harness.MockDynamoTable("visits", "VisitId").Put(new { VisitId = "v-1", CustomerId = "c-1" });

        var run = await _harness.RunAsync(LoyaltyWorkflow.Info, new LoyaltyInput("c-1", 25, "v-1"));

        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal(("DynamoDB.ConditionalCheckFailedException", "The conditional request failed"), (run.Error, run.Cause));
    }

    [Fact]
    public async Task A_table_no_mock_holds_is_not_found_as_on_AWS()
    {
        _harness.Substitute("CustomersTable", "customers").Substitute("VisitsTable", "visits");
        _harness.MockDynamoTable("customers", "CustomerId").Put(new Customer("c-1", "Ada", 10));

        var run = await _harness.RunAsync(LoyaltyWorkflow.Info, new LoyaltyInput("c-1", 25, "v-1"));

        Assert.Equal(("DynamoDB.ResourceNotFoundException", "Record visit"), (run.Error, run.StatesEntered[^1]));
    }

    [Fact]
    public async Task The_child_machine_is_registered_and_its_LambdaFunction_method_bound_without_any_wiring()
    {
        MockTheOrderServices();

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        var child = Assert.Single(run.ChildExecutions);
        Assert.Equal("Shipping", child.StateMachineName);
        Assert.Equal(run.ExecutionArn, child.ParentExecutionArn);
        Assert.Equal(new ShipmentResult("TRK-o-1"), child.OutputAs<ShipmentResult>());
        Assert.Equal(["Book courier"], child.StatesEntered);
    }

    [Fact]
    public async Task The_run_lists_the_states_entered_in_order_with_their_inputs_and_outputs()
    {
        MockTheOrderServices();

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(["Charge card", "Save order", "Ship", "Wait for delivery", "Done"], run.StatesEntered);
        Assert.All(run.States, s => Assert.Equal(StateOutcome.Exited, s.Outcome));
        Assert.Equal(Order, run.State("Charge card").InputAs<OrderInput>());
        Assert.Equal("ch-o-1", run.State("Charge card").OutputAs<JsonElement>().GetProperty("charge").GetProperty("ChargeId").GetString());
        Assert.Equal("Task", run.State("Ship").Type);
        Assert.True(run.Entered("Done"));
        Assert.False(run.Entered("Payment declined"));
        Assert.Equal(run.History.Count, run.History.Select(e => e.Id).Distinct().Count());
        Assert.Equal(HistoryEventType.ExecutionSucceeded, run.History[^1].Type);
    }

    [Fact]
    public async Task A_three_day_wait_passes_on_the_virtual_clock_in_no_real_time()
    {
        MockTheOrderServices();
        var clock = Stopwatch.StartNew();

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(TimeSpan.FromDays(3), run.State("Wait for delivery").Duration);
        Assert.Equal(TimeSpan.FromDays(3), run.Duration);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"The run took {clock.Elapsed} of real time.");
    }

    [Fact]
    public async Task A_failed_execution_gives_its_error_and_cause_and_its_output_throws_them()
    {
        MockTheOrderServices().Fails("PaymentDeclined", "Insufficient funds");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal(("PaymentDeclined", "The card was declined."), (run.Error, run.Cause));
        var failure = Assert.Throws<ExecutionFailedException>(() => run.Output);
        Assert.Equal(ExecutionStatus.Failed, failure.Status);
        Assert.Equal("PaymentDeclined", failure.Error);
        Assert.Throws<ExecutionFailedException>(() => run.EnsureSucceeded());
        // The Catch handled the function error; the Lambda-style cause carries the message.
        var charge = run.State("Charge card");
        Assert.Equal("PaymentDeclined", charge.Error);
        Assert.Equal("Insufficient funds", JsonDocument.Parse(charge.Cause!).RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal(["Charge card", "Payment declined"], run.StatesEntered);
        Assert.Equal(StateOutcome.Failed, run.State("Payment declined").Outcome);
    }

    [Fact]
    public async Task A_mock_that_never_answers_lets_the_task_time_out_on_the_virtual_clock()
    {
        _harness.Substitute("ApprovalQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/approvals");
        var queue = _harness.MockTask<JsonElement, JsonElement>("arn:aws:states:::sqs:sendMessage").NeverAnswers();

        var run = await _harness.RunAsync(ApprovalWorkflow.Info, new ApprovalRequest("new laptop"));

        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("States.Timeout", run.Error);
        Assert.Equal(TimeSpan.FromHours(1), run.Duration);
        Assert.NotNull(Assert.Single(queue.Calls).TaskToken);
    }

    [Fact]
    public async Task A_test_can_answer_a_task_token_while_the_execution_waits()
    {
        _harness.Substitute("ApprovalQueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/approvals");
        var queue = _harness.MockTask<JsonElement, object>("arn:aws:states:::sqs:sendMessage").Returns(new { MessageId = "m-1" });

        var execution = _harness.Start(ApprovalWorkflow.Info, new ApprovalRequest("new laptop"));
        await _harness.RunUntilIdleAsync();
        Assert.Equal(ExecutionStatus.Running, execution.Snapshot().Status);
        var token = Assert.Single(queue.Calls).Request.GetProperty("MessageBody").GetProperty("Token").GetString()!;
        _harness.SendTaskSuccess(token, new ApprovalDecision(Approved: true));
        var run = await execution.RunToCompletionAsync();

        Assert.True(run.Output.Approved);
        Assert.Equal(queue.Calls[0].TaskToken, token);
    }

    [Fact]
    public async Task A_lambda_mock_answers_every_Map_iteration_and_each_iteration_is_an_entry()
    {
        var price = _harness.MockLambda<string, int>("PriceItem", item => item.Length);

        var run = await _harness.RunAsync(PriceListWorkflow.Info, new PriceListInput(["pen", "laptop"]));

        Assert.Equal("[3,6]", run.OutputJson);
        Assert.Equal(2, run.Entries("Price item").Count);
        Assert.Equal(["laptop", "pen"], price.Requests.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_missing_substitution_is_an_error_that_names_it_before_anything_runs()
    {
        _harness.MockLambda<ChargeRequest, ChargeResult>("ChargeCard", request => new ChargeResult("ch"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.RunAsync(OrderWorkflow.Info, Order));

        Assert.Contains("OrdersTable (in OrderProcessing)", error.Message);
        Assert.Contains("harness.Substitute(\"OrdersTable\"", error.Message);
        Assert.Empty(_harness.Executions);
    }

    [Fact]
    public async Task An_unknown_state_name_in_an_assertion_is_an_error_that_lists_the_states()
    {
        MockTheOrderServices();
        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        var unknown = Assert.Throws<ArgumentException>(() => run.RetryCount("charge card"));
        Assert.Contains("has no state 'charge card' (did you mean 'Charge card'?", unknown.Message);
        Assert.Contains("Its states: Charge card, Done, Payment declined, Save order, Ship, Wait for delivery.", unknown.Message);
        var notEntered = Assert.Throws<ArgumentException>(() => run.State("Payment declined"));
        Assert.Contains("never entered state 'Payment declined'. It entered: Charge card → Save order → Ship → Wait for delivery → Done.", notEntered.Message);
    }

    [Fact]
    public async Task With_strict_mocks_a_mock_that_matches_no_task_is_an_error()
    {
        using var harness = new WorkflowHarness(new WorkflowHarnessOptions { StrictMocks = true });
        harness.Substitute("OrdersTable", "orders");
        harness.MockLambda<ChargeRequest, ChargeResult>("ChargeCard", request => new ChargeResult("ch"));
        harness.MockTask<JsonElement, JsonElement>("arn:aws:states:::dynamodb:putItm");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAsync(OrderWorkflow.Info, Order));

        Assert.Contains("The mock of 'arn:aws:states:::dynamodb:putItm' matches no Task state", error.Message);
        Assert.Contains("arn:aws:states:::dynamodb:putItem", error.Message);
    }

    [Fact]
    public async Task A_machine_started_but_never_registered_is_an_error_that_says_how_to_register_it()
    {
        MockTheOrderServices();
        _harness.Substitute("ShippingArn", "arn:aws:states:us-east-1:123456789012:stateMachine:LegacyShipping");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.RunAsync(OrderWorkflow.Info, Order));

        Assert.Contains("State 'Ship' of 'OrderProcessing' starts the state machine 'arn:aws:states:us-east-1:123456789012:stateMachine:LegacyShipping', which is not registered", error.Message);
        Assert.Contains("harness.Register(LegacyShipping.Info)", error.Message);
    }

    [Fact]
    public async Task A_mock_without_an_answer_fails_the_call_with_a_cause_that_says_what_to_set_up()
    {
        MockTheOrderServices();
        _harness.MockLambda<ChargeRequest, ChargeResult>("ChargeCard");

        var run = await _harness.RunAsync(OrderWorkflow.Info, Order);

        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Contains("The mock of 'ChargeCard' has no answer for call 1 (state 'Charge card'): set one up with Returns(...)", run.Cause);
    }

    [Fact]
    public async Task A_mock_configuration_test_case_still_answers_the_states_it_mocks()
    {
        var mocks = MockConfig.Parse("""
            {"StateMachines":{"OrderProcessing":{"TestCases":{"Declined":{"Charge card":"Declined"}}}},
             "MockedResponses":{"Declined":{"0":{"Throw":{"Error":"PaymentDeclined","Cause":"mocked"}}}}}
            """);
        using var harness = new WorkflowHarness(new WorkflowHarnessOptions { Engine = new LocalEngineOptions { MockConfig = mocks } });
        harness.Substitute("OrdersTable", "orders");

        var run = await harness.RunAsync(OrderWorkflow.Info, Order, testCase: "Declined");

        Assert.Equal("PaymentDeclined", run.Error);
        Assert.Equal(["Charge card", "Payment declined"], run.StatesEntered);
    }

    [Fact]
    public async Task The_generated_typed_client_runs_against_the_harness_api()
    {
        MockTheOrderServices();
        var client = new OrderWorkflowClient(_harness.Api, _harness.StateMachineArn(OrderWorkflow.Info));

        var result = await client.RunAsync(Order);

        Assert.Equal("TRK-o-1", result.TrackingNumber);
        Assert.Equal(2, _harness.Executions.Count);
    }
}
