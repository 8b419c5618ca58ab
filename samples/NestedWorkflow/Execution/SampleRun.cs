using Asl.Local;
using Asl.Local.Scheduling;
using Asl.Testing;
using NestedWorkflowSample.Workflows;

namespace NestedWorkflowSample.Execution;

/// <summary>What one run of the sample produced.</summary>
/// <param name="Output">The main execution's typed output.</param>
/// <param name="Executions">The main execution and its children, with how each child was started.</param>
/// <param name="Engine">The engine the run used (for histories).</param>
public sealed record SampleResult(string[] Output, IReadOnlyList<ExecutionReport> Executions, LocalEngine Engine);

/// <summary>
/// Runs the sample on the local engine through Asl's workflow harness: registering the main machine brings the nested one
/// along (its ARN fills the main machine's substitution) and binds the callback Lambda function to its C# entry point (the
/// one the template deploys), created with the harness's in-process API so its SendTaskSuccess reaches this engine. The main
/// machine runs through its typed client.
/// </summary>
public static class SampleRun
{
    /// <summary>Runs the main machine to completion. The caller disposes <see cref="SampleResult.Engine"/>.</summary>
    public static async Task<SampleResult> RunAsync(bool realTime, CancellationToken cancellationToken = default)
    {
        var harness = new WorkflowHarness(new WorkflowHarnessOptions
        {
            Engine = new LocalEngineOptions { ClockMode = realTime ? ClockMode.Real : ClockMode.Virtual },
        });
        var client = new MainWorkflowClient(harness.Api, harness.StateMachineArn(MainWorkflow.Info));
        var handle = await client.StartAsync(new MainInput(), cancellationToken: cancellationToken);
        var output = await handle.WaitAsync(cancellationToken);
        var engine = harness.Engine;
        return new SampleResult(output, ExecutionReport.For(engine, engine.DescribeExecution(handle.ExecutionArn)), engine);
    }
}
