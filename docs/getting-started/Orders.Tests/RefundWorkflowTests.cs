using Asl.Testing;
using Orders.Workflows;

namespace Orders.Tests;

/// <summary>The machine defined by flows/refund.asl.json runs on the harness like any other.</summary>
public sealed class RefundWorkflowTests : IDisposable
{
    private readonly WorkflowHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_positive_amount_is_refunded()
    {
        var run = await _harness.RunAsync(RefundWorkflow.Info, new RefundRequest("o-1", 42.5m));

        Assert.Equal(new RefundResult("o-1", 42.5m), run.Output);
        Assert.Equal(["Check amount", "Refund"], run.StatesEntered);
    }
}
