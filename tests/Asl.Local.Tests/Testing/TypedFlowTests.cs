using Asl.Api;
using Asl.Testing;
using static Asl.States;

namespace Asl.Local.Tests.Testing;

public sealed record FlowOrder(string OrderId, decimal Total, FlowItem[] Items);

public sealed record FlowItem(string Sku, int Quantity);

public sealed record FlowCharge(string OrderId, string ChargeId);

public sealed record FlowLabel(string OrderId, string Tracking);

public sealed record FlowSummary(string OrderId, string ChargeId, string Tracking, int Lines);

/// <summary>A child whose output type its parent reads back through <see cref="ChildExecution{TOutput}"/>.</summary>
[StateMachine(Name = "FlowLabels", QueryLanguage = QueryLanguage.JsonAta)]
public partial class FlowLabelWorkflow : IStateMachine<FlowCharge, FlowLabel>
{
    public static Workflow Define() => Workflow.StartWith(Pass("Label").Output((FlowCharge c) => new FlowLabel(c.OrderId, "TRK-" + c.OrderId)));
}

/// <summary>
/// Types flow past every state without a restated input: the task's declared result, the child's description, a Choice, and
/// the summary that ends the machine is checked against TOutput at build time.
/// </summary>
[StateMachine(Name = "TypedFlow", QueryLanguage = QueryLanguage.JsonAta)]
public partial class TypedFlowWorkflow : IStateMachine<FlowOrder, FlowSummary>
{
    public const string ChargeFunction = "arn:aws:lambda:us-east-1:123456789012:function:charge";

    public static Workflow Define() => Workflow
        .StartWith(Task("Charge", ChargeFunction).Result<FlowCharge>())
        .Then(StartExecution<FlowLabelWorkflow>("Label").RunToCompletion().Input((FlowCharge c) => new FlowCharge(c.OrderId, c.ChargeId)))
        .Then(Choice("Labelled?")
            .When((ChildExecution<FlowLabel> e) => e.Output.Tracking != "", "Summary")
            .Otherwise("Summary"))
        .Then(Pass("Summary").Output((ChildExecution<FlowLabel> e) => new FlowSummary(e.Output.OrderId, "see " + e.ExecutionArn, e.Output.Tracking, 1)));
}

/// <summary>JSONPath: the child's output selected with OutputPath("$.Output") is the machine's output.</summary>
[StateMachine(Name = "TypedFlowPaths")]
public partial class TypedFlowPathsWorkflow : IStateMachine<FlowCharge, FlowLabel>
{
    public static Workflow Define() => Workflow
        .StartWith(StartExecution<FlowLabelWorkflow>("Label").RunToCompletion().Input((FlowCharge c) => new FlowCharge(c.OrderId, c.ChargeId)).OutputPath("$.Output"))
        .Then(Choice("Labelled?").When((FlowLabel l) => l.Tracking != null, "Done").Otherwise("Done"))
        .Then(Succeed("Done"));
}

/// <summary>A Lambda function's declared answer: LambdaInvokeResult&lt;T&gt; in JSONata, the answer itself after OutputPath("$.Payload") in JSONPath.</summary>
[StateMachine(Name = "TypedLambdaFlow", QueryLanguage = QueryLanguage.JsonAta)]
public partial class TypedLambdaFlowWorkflow : IStateMachine<FlowOrder, FlowSummary>
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Charge", "charge").Returns<FlowCharge>().RetryOnServiceExceptions(false))
        .Then(Pass("Summary").Output((LambdaInvokeResult<FlowCharge> r) => new FlowSummary(r.Payload.OrderId, r.Payload.ChargeId, "none", r.StatusCode)));
}

/// <summary>JSONPath: the answer selected with OutputPath("$.Payload") is the next state's typed input.</summary>
[StateMachine(Name = "TypedLambdaPaths")]
public partial class TypedLambdaPathsWorkflow : IStateMachine<FlowOrder, FlowCharge>
{
    public static Workflow Define() => Workflow
        .StartWith(LambdaInvoke("Charge", "charge").Returns<FlowCharge>().OutputPath("$.Payload").RetryOnServiceExceptions(false))
        .Then(Choice("Charged?").When((FlowCharge c) => c.ChargeId != null, "Done").Otherwise("Done"))
        .Then(Succeed("Done"));
}

/// <summary>The typed flows run on the local engine as the build typed them: each lambda reads what the state before it produced.</summary>
public sealed class TypedFlowTests : IDisposable
{
    private readonly WorkflowHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_tasks_declared_result_and_a_childs_description_reach_the_typed_output()
    {
        _harness.MockTask<FlowOrder, FlowCharge>(TypedFlowWorkflow.ChargeFunction, order => new FlowCharge(order.OrderId, "ch-" + order.OrderId));

        var run = await _harness.RunAsync(TypedFlowWorkflow.Info, new FlowOrder("o-1", 12.5m, [new FlowItem("A", 1)]));

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal("o-1", run.Output!.OrderId);
        Assert.Equal("TRK-o-1", run.Output.Tracking);
        Assert.StartsWith("see arn:aws:states:", run.Output.ChargeId);
        Assert.Contains(":FlowLabels:", run.Output.ChargeId);
    }

    [Fact]
    public async Task A_Lambda_functions_declared_answer_is_read_typed_through_its_invoke_result()
    {
        _harness.MockLambda<FlowOrder, FlowCharge>("charge", order => new FlowCharge(order.OrderId, "ch-" + order.OrderId));

        var run = await _harness.RunAsync(TypedLambdaFlowWorkflow.Info, new FlowOrder("o-3", 3m, []));

        Assert.Equal(new FlowSummary("o-3", "ch-o-3", "none", 200), run.Output);
    }

    [Fact]
    public async Task A_Lambda_functions_answer_selected_by_OutputPath_Payload_is_the_machines_typed_output()
    {
        _harness.MockLambda<FlowOrder, FlowCharge>("charge", order => new FlowCharge(order.OrderId, "ch-" + order.OrderId));

        var run = await _harness.RunAsync(TypedLambdaPathsWorkflow.Info, new FlowOrder("o-4", 4m, []));

        Assert.Equal(new FlowCharge("o-4", "ch-o-4"), run.Output);
    }

    [Fact]
    public async Task The_childs_output_selected_by_OutputPath_is_the_machines_typed_output()
    {
        var run = await _harness.RunAsync(TypedFlowPathsWorkflow.Info, new FlowCharge("o-2", "ch-2"));

        Assert.Equal(ExecutionStatus.Succeeded, run.Status);
        Assert.Equal(new FlowLabel("o-2", "TRK-o-2"), run.Output);
    }
}
