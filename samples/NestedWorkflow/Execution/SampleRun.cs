using System.Text;
using Asl.Json;
using Asl.Local;
using Asl.Local.Scheduling;
using Asl.Writing;
using NestedWorkflowSample.Functions;
using NestedWorkflowSample.Workflows;

namespace NestedWorkflowSample.Execution;

/// <summary>What one run of the sample produced.</summary>
/// <param name="Output">The main execution's typed output.</param>
/// <param name="Executions">The main execution and its children, with how each child was started.</param>
/// <param name="Engine">The engine the run used (for histories).</param>
public sealed record SampleResult(string[] Output, IReadOnlyList<ExecutionReport> Executions, LocalEngine Engine);

/// <summary>
/// Runs the sample on the local engine: registers both generated definitions with their substitutions filled,
/// binds the callback Lambda function to its C# entry point (the one the template deploys), and runs the main machine through its typed client.
/// </summary>
public static class SampleRun
{
    /// <summary>Runs the main machine to completion. The caller disposes <see cref="SampleResult.Engine"/>.</summary>
    public static async Task<SampleResult> RunAsync(bool realTime, CancellationToken cancellationToken = default)
    {
        var engine = new LocalEngine(new LocalEngineOptions { ClockMode = realTime ? ClockMode.Real : ClockMode.Virtual });
        var api = new InProcessStepFunctionsApi(engine);
        var functionArn = $"arn:aws:lambda:{engine.Options.Region}:{engine.Options.AccountId}:function:{NestedWorkflow.CallbackFunction}";
        var nested = engine.RegisterStateMachine(NestedWorkflow.StateMachineName, NestedWorkflow.Definition,
            new Dictionary<string, string> { [NestedWorkflow.CallbackFunction] = functionArn });
        var main = engine.RegisterStateMachine(MainWorkflow.StateMachineName, MainWorkflow.Definition,
            new Dictionary<string, string> { [NestedWorkflow.StateMachineName + "Arn"] = nested.StateMachineArn });

        var callback = new CallbackFunction(api);
        engine.RegisterLambda(functionArn, async (invocation, _) =>
        {
            // The payload as the JSON bytes Lambda's runtime would pass to the deployed function's entry point.
            using var payload = new MemoryStream(Encoding.UTF8.GetBytes(AslWriter.WriteValue(invocation.Payload)));
            await callback.HandleEventAsync(payload);
            return AslJson.Null;
        });

        var client = new MainWorkflowClient(api, main.StateMachineArn);
        var handle = await client.StartAsync(new MainInput(), cancellationToken: cancellationToken);
        var output = await handle.WaitAsync(cancellationToken);
        return new SampleResult(output, ExecutionReport.For(engine, engine.DescribeExecution(handle.ExecutionArn)), engine);
    }
}
