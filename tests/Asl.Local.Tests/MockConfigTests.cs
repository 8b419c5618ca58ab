using static Asl.Local.Tests.TestEngine;
using Asl.Api;

namespace Asl.Local.Tests;

/// <summary>Mocked responses in Step Functions Local's MockConfigFile format.</summary>
public class MockConfigTests
{
    private const string Machine = """
        {"StartAt":"Charge","States":{
          "Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Charge"},
            "Retry":[{"ErrorEquals":["Lambda.ServiceException"],"IntervalSeconds":1}],"ResultSelector":{"ok.$":"$.Payload.ok"},"Next":"Notify"},
          "Notify":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","Parameters":{"Message":"done"},"End":true}}}
        """;

    private static readonly MockConfig Mocks = MockConfig.Parse("""
        {"StateMachines":{"Payments":{"TestCases":{
           "HappyPath":{"Charge":"ChargeOk","Notify":"Published"},
           "RetryPath":{"Charge":"ChargeFlaky","Notify":"Published"}}}},
         "MockedResponses":{
           "ChargeOk":{"0":{"Return":{"StatusCode":200,"Payload":{"ok":true}}}},
           "ChargeFlaky":{"0-1":{"Throw":{"Error":"Lambda.ServiceException","Cause":"busy"}},"2":{"Return":{"StatusCode":200,"Payload":{"ok":"late"}}}},
           "Published":{"0":{"Return":{"MessageId":"m-1"}}}}}
        """);

    private static async Task<(LocalEngine Engine, ExecutionSnapshot Result)> RunAsync(string testCase)
    {
        var engine = Create(Mocks);
        var machine = engine.RegisterStateMachine("Payments", Read(Machine));
        return (engine, await engine.RunAsync(machine.StateMachineArn + "#" + testCase));
    }

    [Fact]
    public async Task A_test_case_returns_the_mocked_responses_without_handlers()
    {
        var (engine, result) = await RunAsync("HappyPath");
        using var _ = engine;

        Assert.Equal("""{"MessageId":"m-1"}""", result.Output);
        Assert.Equal("HappyPath", result.MockTestCase);
    }

    [Fact]
    public async Task Invocation_numbers_count_retries_so_ranges_can_throw_first()
    {
        var (engine, result) = await RunAsync("RetryPath");
        using var _ = engine;
        var history = engine.GetExecutionHistory(result.ExecutionArn);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(2, history.Count(e => e.Type == HistoryEventType.TaskFailed && e.Error == "Lambda.ServiceException"));
        Assert.Equal("""{"ok":"late"}""", Asl.Local.Json.JsonText.Write(history.First(e => e.Type == HistoryEventType.TaskStateExited).Output!));
    }

    [Fact]
    public void An_unknown_test_case_is_rejected_when_the_execution_starts()
    {
        using var engine = Create(Mocks);
        var machine = engine.RegisterStateMachine("Payments", Read(Machine));

        var error = Assert.Throws<ValidationException>(() => engine.StartExecution(machine.StateMachineArn + "#Missing"));
        Assert.Contains("no test case 'Missing'", error.Message);
    }

    [Fact]
    public void A_mapping_to_an_undefined_response_is_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => MockConfig.Parse("""
            {"StateMachines":{"M":{"TestCases":{"T":{"S":"Nope"}}}},"MockedResponses":{}}
            """));
        Assert.Contains("'Nope'", error.Message);
    }

    [Fact]
    public async Task Running_out_of_mocked_invocations_fails_and_says_which_key_to_add()
    {
        var mocks = MockConfig.Parse("""
            {"StateMachines":{"M":{"TestCases":{"T":{"S":"Once"}}}},
             "MockedResponses":{"Once":{"0":{"Throw":{"Error":"Again","Cause":"c"}}}}}
            """);
        using var engine = Create(mocks);
        var machine = engine.RegisterStateMachine("M", Read("""
            {"StartAt":"S","States":{"S":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Retry":[{"ErrorEquals":["Again"]}],"End":true}}}
            """));

        var result = await engine.RunAsync(machine.StateMachineArn + "#T");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("add a key \"1\"", result.Cause);
    }
}
