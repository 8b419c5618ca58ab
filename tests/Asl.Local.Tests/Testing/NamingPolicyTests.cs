using System.Text.Json;
using System.Text.Json.Nodes;
using Asl.Api;
using Asl.Clients;
using Asl.Testing;
using Asl.Writing;

namespace Asl.Local.Tests.Testing;

/// <summary>
/// A machine that declares a naming policy (<c>JsonNaming = JsonNaming.CamelCase</c>): its lambdas read and write the
/// policy's names, the harness and the generated client serialize with the same policy, [JsonPropertyName] wins, and
/// the definition built at run time is the one the generator wrote.
/// </summary>
public sealed class NamingPolicyTests : IDisposable
{
    private static readonly CamelOrder Big = new("o-1", 1500m, false, "Ada", [new("a", 2), new("b", 3)]);

    private static readonly CamelOrder Small = new("o-2", 20m, true, "Bob", [new("c", 4)]);

    private readonly WorkflowHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void The_generated_definition_reads_and_writes_the_camelCase_names_and_keeps_JsonPropertyName()
    {
        var definition = JsonNode.Parse(CamelRoutingWorkflow.Definition)!;

        Assert.Equal("""[{"And":[{"Variable":"$.orderTotal","NumericGreaterThan":1000},{"Variable":"$.isExpress","BooleanEquals":false}],"Next":"Review"}]""",
            definition["States"]!["Route"]!["Choices"]!.ToJsonString());
        Assert.Equal("""{"orderId.$":"$.orderId","routeName":"review","customerName.$":"$.customer_name","itemCount.$":"States.ArrayLength($.orderLines)"}""",
            definition["States"]!["Review"]!["Parameters"]!.ToJsonString());
        Assert.Equal(JsonNaming.CamelCase, CamelRoutingWorkflow.Info.JsonNaming);
    }

    [Fact]
    public void The_run_time_build_applies_the_attributes_policy_as_the_generator_does() =>
        Assert.Equal(CamelRoutingWorkflow.Definition, AslWriter.Write(StateMachineDefinitions.Build(typeof(CamelRoutingWorkflow))));

    [Fact]
    public async Task The_harness_serializes_the_input_camelCase_and_reads_the_typed_output_back()
    {
        var review = await _harness.RunAsync(CamelRoutingWorkflow.Info, Big);
        var fast = await _harness.RunAsync(CamelRoutingWorkflow.Info, Small);

        Assert.Equal(ExecutionStatus.Succeeded, review.Status);
        Assert.Equal(new CamelRouted("o-1", "review", "Ada", 2), review.Output);
        Assert.Equal("""{"orderId":"o-1","routeName":"review","customerName":"Ada","itemCount":2}""", review.OutputJson);
        Assert.Equal(new CamelRouted("o-2", "fast", "BOB", 4), fast.Output);
        Assert.Equal("""{"orderId":"o-2","orderTotal":20,"isExpress":true,"customer_name":"Bob","orderLines":[{"lineSku":"c","lineQuantity":4}]}""",
            fast.States[0].InputJson);
    }

    [Fact]
    public async Task A_typed_Lambda_mock_reads_the_request_and_writes_its_answer_with_the_calling_machines_policy()
    {
        var quote = _harness.MockLambda<CamelOrder, CamelRouted>("quote", o => new CamelRouted(o.OrderId, "quoted", o.CustomerName, o.OrderLines.Length));

        var run = await _harness.RunAsync(CamelQuoteWorkflow.Info, Big);

        var request = quote.Calls.Single().Request;
        Assert.Equal(("o-1", 1500m, "Ada"), (request.OrderId, request.OrderTotal, request.CustomerName));
        Assert.Equal(Big.OrderLines, request.OrderLines);
        Assert.Equal(new CamelRouted("o-1", "quoted", "Ada", 2), run.Output);
        Assert.Equal("""{"orderId":"o-1","routeName":"quoted","customerName":"Ada","itemCount":2}""", run.OutputJson);
    }

    [Fact]
    public async Task The_generated_client_serializes_with_the_machines_policy_unless_given_options()
    {
        var arn = _harness.StateMachineArn(CamelRoutingWorkflow.Info);
        var client = new CamelRoutingWorkflowClient(_harness.Api, arn);

        var output = await client.RunAsync(Big);

        Assert.Equal(new CamelRouted("o-1", "review", "Ada", 2), output);
        var started = _harness.Executions.Single();
        Assert.StartsWith("""{"orderId":"o-1","orderTotal":1500,""", started.InputJson);
        Assert.Same(ClientSerialization.OptionsFor(JsonNaming.CamelCase), ClientSerialization.OptionsFor(JsonNaming.CamelCase));
        Assert.Equal(JsonNamingPolicy.CamelCase, ClientSerialization.OptionsFor(JsonNaming.CamelCase).PropertyNamingPolicy);
        Assert.Same(ClientSerialization.DefaultOptions, ClientSerialization.OptionsFor(JsonNaming.AsWritten));
    }
}
