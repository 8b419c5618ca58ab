using System.Text.Json;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Asl.Api;
using NestedWorkflowSample.Functions;
using NestedWorkflowSample.Workflows;

namespace NestedWorkflowSample.Execution;

/// <summary>What one run of the sample against an endpoint produced.</summary>
/// <param name="Output">The main execution's typed output.</param>
/// <param name="Executions">The main execution and its children, with how each child was started.</param>
/// <param name="NestedStateMachineArn">The nested machine on the endpoint.</param>
public sealed record EndpointSampleResult(string[] Output, IReadOnlyList<ExecutionSummary> Executions, string NestedStateMachineArn);

/// <summary>
/// Runs the sample against a Step Functions endpoint such as <c>asl serve --mock-config samples/NestedWorkflow/serve-mocks.json</c>:
/// creates (or updates) both machines from the generated definitions, runs the main machine through its typed
/// client over <see cref="StepFunctionsHttpClient"/>, and hosts the callback function meanwhile (see <see cref="CallbackHost"/>).
/// </summary>
public static partial class EndpointRun
{
    /// <summary>Any well-formed role: a local endpoint does not assume it.</summary>
    private const string RoleArn = "arn:aws:iam::123456789012:role/NestedWorkflowSampleRole";

    /// <summary>The account <c>asl serve</c> uses unless configured otherwise; only the mocked function's ARN names it.</summary>
    private const string LocalAccount = "123456789012";

    /// <summary>Runs the main machine to completion, or throws when <paramref name="cancellationToken"/> fires first.</summary>
    public static async Task<EndpointSampleResult> RunAsync(Uri endpoint, CancellationToken cancellationToken = default)
    {
        // asl serve accepts any credentials; the requests are still SigV4-signed as AWS would require.
        using var client = new StepFunctionsHttpClient(new StepFunctionsHttpClientOptions
        {
            Endpoint = endpoint,
            Credentials = new BasicAWSCredentials("test", "test"),
        });
        var functionArn = $"arn:aws:lambda:{client.Region}:{LocalAccount}:function:{NestedWorkflow.CallbackFunction}";
        var nestedArn = await EnsureStateMachineAsync(client, NestedWorkflow.StateMachineName,
            Substitute(NestedWorkflow.Definition, NestedWorkflow.CallbackFunction, functionArn), cancellationToken);
        var mainArn = await EnsureStateMachineAsync(client, MainWorkflow.StateMachineName,
            Substitute(MainWorkflow.Definition, NestedWorkflow.StateMachineName + "Arn", nestedArn + "#" + CallbackHost.MockTestCase), cancellationToken);

        var handle = await new MainWorkflowClient(client, mainArn).StartAsync(new MainInput(), cancellationToken: cancellationToken);
        var host = new CallbackHost(client);
        using var stopHost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var hosting = host.RunAsync(handle.ExecutionArn, stopHost.Token);
        string[] output;
        try
        {
            output = await handle.WaitAsync(cancellationToken);
        }
        finally
        {
            await stopHost.CancelAsync();
            try
            {
                await hosting;
            }
            catch (OperationCanceledException) when (stopHost.IsCancellationRequested)
            {
                // The host polls until the main execution ends; stopping it is the normal way out.
            }
        }

        var summaries = await RemoteExecutions.SummariesAsync(client, handle.ExecutionArn, cancellationToken);
        return new EndpointSampleResult(output, summaries, nestedArn);
    }

    /// <summary>
    /// Creates the machine. A create with an identical definition returns the existing machine; when it exists with
    /// another definition (an older build of the sample), the service answers StateMachineAlreadyExists naming its
    /// ARN, and the machine is updated instead.
    /// </summary>
    private static async Task<string> EnsureStateMachineAsync(StepFunctionsHttpClient client, string name, string definition, CancellationToken cancellationToken)
    {
        try
        {
            var created = await client.CreateStateMachineAsync(
                new CreateStateMachineRequest { Name = name, Definition = definition, RoleArn = RoleArn }, cancellationToken);
            return created.StateMachineArn;
        }
        catch (StepFunctionsApiException e) when (e.ErrorCode == "StateMachineAlreadyExists" && ExistingArn().Match(e.Message) is { Success: true } match)
        {
            var arn = match.Value;
            await client.UpdateStateMachineAsync(new UpdateStateMachineRequest { StateMachineArn = arn, Definition = definition, RoleArn = RoleArn }, cancellationToken);
            return arn;
        }
    }

    /// <summary>Fills one <c>${Name}</c> DefinitionSubstitution, as CloudFormation does when it deploys the template.</summary>
    private static string Substitute(string definition, string name, string value)
        => definition.Replace("${" + name + "}", JsonEncodedText.Encode(value).ToString(), StringComparison.Ordinal);

    [GeneratedRegex(@"arn:[^'\s]+:stateMachine:[^'\s]+")]
    private static partial Regex ExistingArn();
}
