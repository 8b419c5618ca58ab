using System.Text.Json;
using Asl.Local.Endpoint.Operations;

namespace Asl.Local.Tests.Endpoint;

/// <summary>
/// Validating a definition runs on the request's thread; when the caller goes away (the web server cancels the request)
/// the validation stops at its next unit of work instead of keeping a core busy for nobody.
/// </summary>
public sealed class CancelledValidationTests
{
    private const string Definition = """{"StartAt":"P","States":{"P":{"Type":"Pass","Next":"Q"},"Q":{"Type":"Succeed"}}}""";

    [Theory]
    [InlineData("ValidateStateMachineDefinition")]
    [InlineData("CreateStateMachine")]
    public async Task A_request_whose_caller_has_gone_stops_validating(string operation)
    {
        using var engine = new LocalEngine(new LocalEngineOptions { StartTime = TestEngine.Start });
        var api = new StepFunctionsApi(engine);
        using var body = JsonDocument.Parse(JsonSerializer.Serialize(new { name = "M", definition = Definition, roleArn = ApiClient.Role }));
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await api.InvokeAsync(operation, body.RootElement, gone.Token));
        Assert.Empty(engine.ListStateMachines());
    }

    [Fact]
    public async Task A_request_whose_caller_stays_is_answered()
    {
        using var engine = new LocalEngine(new LocalEngineOptions { StartTime = TestEngine.Start });
        var api = new StepFunctionsApi(engine);
        using var body = JsonDocument.Parse(JsonSerializer.Serialize(new { definition = Definition }));

        var answer = await api.InvokeAsync("ValidateStateMachineDefinition", body.RootElement, CancellationToken.None);

        Assert.Contains("\"result\":\"OK\"", System.Text.Encoding.UTF8.GetString(answer));
    }
}
