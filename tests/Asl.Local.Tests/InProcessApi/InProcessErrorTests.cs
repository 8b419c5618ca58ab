using Asl.Api;
using static Asl.Local.Tests.InProcessApi.Machines;

namespace Asl.Local.Tests.InProcessApi;

/// <summary>The engine's errors reach callers as <see cref="StepFunctionsApiException"/> with AWS's codes, as over HTTP.</summary>
public class InProcessErrorTests
{
    private const string UnknownExecution = "arn:aws:states:us-east-1:123456789012:execution:Orders:nope";

    [Fact]
    public async Task Describing_an_unknown_execution_is_ExecutionDoesNotExist()
    {
        var (engine, api) = Engine();
        using var _ = engine;

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = UnknownExecution }));

        Assert.Equal(("ExecutionDoesNotExist", $"Execution Does Not Exist: '{UnknownExecution}'", null), (error.ErrorCode, error.Message, error.StatusCode));
        Assert.IsType<ExecutionDoesNotExistException>(error.InnerException);
    }

    [Fact]
    public async Task Starting_an_unknown_state_machine_is_StateMachineDoesNotExist()
    {
        var (engine, api) = Engine();
        using var _ = engine;

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:Missing" }));

        Assert.Equal("StateMachineDoesNotExist", error.ErrorCode);
    }

    [Fact]
    public async Task Input_that_is_not_JSON_is_InvalidExecutionInput()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var arn = engine.Register("Orders", SlowOrder);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = arn, Input = "not json" }));

        Assert.Equal("InvalidExecutionInput", error.ErrorCode);
    }

    [Fact]
    public async Task Starting_a_running_execution_s_name_again_returns_it_with_the_same_input_and_is_ExecutionAlreadyExists_with_another()
    {
        var (engine, api) = Engine(drivesVirtualClock: false);
        using var _ = engine;
        var arn = engine.Register("Orders", SlowOrder);
        var request = new StartExecutionRequest { StateMachineArn = arn, Name = "o-1", Input = """{"Id":"o-1","Quantity":1}""" };

        var first = await api.StartExecutionAsync(request);
        var again = await api.StartExecutionAsync(request);
        var differentInput = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.StartExecutionAsync(request with { Input = "{}" }));

        Assert.Equal(first, again);
        Assert.Equal("ExecutionAlreadyExists", differentInput.ErrorCode);
    }

    [Fact]
    public async Task A_token_the_engine_never_issued_is_InvalidToken_for_every_token_call()
    {
        var (engine, api) = Engine();
        using var _ = engine;

        var success = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = "forged", Output = "{}" }));
        var failure = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.SendTaskFailureAsync(new SendTaskFailureRequest { TaskToken = "forged" }));
        var heartbeat = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.SendTaskHeartbeatAsync(new SendTaskHeartbeatRequest { TaskToken = "forged" }));

        Assert.Equal(new[] { "InvalidToken", "InvalidToken", "InvalidToken" }, new[] { success.ErrorCode, failure.ErrorCode, heartbeat.ErrorCode });
    }

    [Fact]
    public async Task A_token_answered_twice_is_TaskTimedOut_and_output_that_is_not_JSON_is_InvalidOutput()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var (arn, tokens) = engine.RegisterApproval();
        await api.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = arn });

        var notJson = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = tokens.Single(), Output = "{oops" }));
        await api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = tokens[0], Output = "{}" });
        var twice = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = tokens[0], Output = "{}" }));

        Assert.Equal(("InvalidOutput", "TaskTimedOut"), (notJson.ErrorCode, twice.ErrorCode));
    }

    [Fact]
    public async Task StartSyncExecution_of_a_STANDARD_machine_is_StateMachineTypeNotSupported_and_starts_nothing()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var arn = engine.Register("Orders", SlowOrder);

        var error = await Assert.ThrowsAsync<StepFunctionsApiException>(() => api.StartSyncExecutionAsync(new StartSyncExecutionRequest { StateMachineArn = arn }));

        Assert.Equal("StateMachineTypeNotSupported", error.ErrorCode);
        Assert.Contains("EXPRESS", error.Message);
        Assert.Empty(engine.ListExecutions());
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_call_before_it_reaches_the_engine()
    {
        var (engine, api) = Engine();
        using var _ = engine;
        var arn = engine.Register("Orders", SlowOrder);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = arn }, new CancellationToken(canceled: true)));

        Assert.Empty(engine.ListExecutions());
    }
}
