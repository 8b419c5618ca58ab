using Asl.Api;
using NestedWorkflowSample.Workflows;

namespace NestedWorkflowSample.Execution;

/// <summary>
/// Runs the sample on AWS Step Functions, against the stack deployed from the build's template
/// (<c>bin/.../asl/template.yaml</c>, see the README): the main machine through its typed client over
/// <see cref="StepFunctionsHttpClient"/>, with credentials and region from the AWS SDK's default chain
/// (environment, profile, SSO, container or instance role). The deployed callback function calls the parent back
/// itself, so nothing is hosted here.
/// </summary>
public static class AwsRun
{
    /// <summary>Runs the main machine to completion, or throws when <paramref name="cancellationToken"/> fires first.</summary>
    /// <param name="stateMachineArn">The deployed main machine, or null to look it up by name in the region.</param>
    /// <param name="options">The client's options: region, credentials and endpoint; the defaults use the AWS SDK's chain.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public static async Task<EndpointSampleResult> RunAsync(string? stateMachineArn, StepFunctionsHttpClientOptions options, CancellationToken cancellationToken = default)
    {
        using var client = new StepFunctionsHttpClient(options);
        var mainArn = stateMachineArn ?? await FindDeployedAsync(client, MainWorkflow.StateMachineName, cancellationToken);
        var handle = await new MainWorkflowClient(client, mainArn).StartAsync(new MainInput(), cancellationToken: cancellationToken);
        var output = await handle.WaitAsync(cancellationToken);
        var summaries = await RemoteExecutions.SummariesAsync(client, handle.ExecutionArn, cancellationToken);
        var nested = summaries.Skip(1).Select(s => s.StateMachineArn).FirstOrDefault() ?? "";
        return new EndpointSampleResult(output, summaries, nested);
    }

    /// <summary>
    /// The ARN of the one machine in the client's account and region that a stack created for the template's
    /// <paramref name="logicalId"/>: CloudFormation names it <c>LogicalId-SUFFIX</c> (or exactly the logical ID when
    /// created by hand). Throws <see cref="InvalidOperationException"/>, naming the candidates, when there is not exactly one.
    /// </summary>
    public static async Task<string> FindDeployedAsync(StepFunctionsHttpClient client, string logicalId, CancellationToken cancellationToken = default)
    {
        var found = new List<string>();
        string? next = null;
        do
        {
            var page = await client.ListStateMachinesAsync(new ListStateMachinesRequest { NextToken = next }, cancellationToken);
            found.AddRange(page.StateMachines
                .Where(m => m.Name == logicalId || m.Name.StartsWith(logicalId + "-", StringComparison.Ordinal))
                .Select(m => m.StateMachineArn));
            next = page.NextToken;
        } while (next is not null);

        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException(
                $"No state machine named {logicalId} or {logicalId}-... in region {client.Region}. Deploy the sample first "
                + "(see 'Deploy to AWS' in the README), or pass its ARN: --aws <state machine ARN>."),
            _ => throw new InvalidOperationException(
                $"{found.Count} state machines in region {client.Region} could be {logicalId} ({string.Join(", ", found)}); pass one: --aws <state machine ARN>."),
        };
    }
}
