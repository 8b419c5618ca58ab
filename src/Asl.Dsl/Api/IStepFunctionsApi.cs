namespace Asl.Api;

/// <summary>
/// The AWS Step Functions operations that typed clients and task-token callbacks need. Two implementations:
/// <see cref="StepFunctionsHttpClient"/> speaks the AWS JSON 1.0 protocol to AWS or to a local endpoint such as
/// <c>asl serve</c>; <c>Asl.Local.InProcessStepFunctionsApi</c> calls the local engine in this process. Both report
/// service errors as <see cref="StepFunctionsApiException"/> with AWS's error code.
/// </summary>
public interface IStepFunctionsApi
{
    /// <summary>Starts an execution of a state machine (AWS <c>StartExecution</c>).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>StateMachineDoesNotExist</c>, <c>ExecutionAlreadyExists</c>, <c>InvalidExecutionInput</c>.</exception>
    Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an EXPRESS state machine to the end and returns its result (AWS <c>StartSyncExecution</c>). A failed
    /// execution is not an error of the call: the response carries its status, error and cause.
    /// </summary>
    /// <exception cref="StepFunctionsApiException">For example <c>StateMachineTypeNotSupported</c> for a STANDARD machine.</exception>
    Task<StartSyncExecutionResponse> StartSyncExecutionAsync(StartSyncExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes an execution: its status, and its output or error once it has stopped (AWS <c>DescribeExecution</c>).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>ExecutionDoesNotExist</c>.</exception>
    Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Stops a running execution (AWS <c>StopExecution</c>).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>ExecutionDoesNotExist</c>.</exception>
    Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns one page of an execution's history (AWS <c>GetExecutionHistory</c>); pass the returned
    /// <see cref="GetExecutionHistoryResponse.NextToken"/> to get the next page.
    /// </summary>
    /// <exception cref="StepFunctionsApiException">For example <c>ExecutionDoesNotExist</c>, or <c>InvalidToken</c> for a next token this endpoint did not issue.</exception>
    Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Completes the task that waits for a task token, with its output (AWS <c>SendTaskSuccess</c>).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>InvalidToken</c>, <c>TaskTimedOut</c>, <c>InvalidOutput</c>.</exception>
    Task SendTaskSuccessAsync(SendTaskSuccessRequest request, CancellationToken cancellationToken = default);

    /// <summary>Fails the task that waits for a task token (AWS <c>SendTaskFailure</c>).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>InvalidToken</c>, <c>TaskTimedOut</c>.</exception>
    Task SendTaskFailureAsync(SendTaskFailureRequest request, CancellationToken cancellationToken = default);

    /// <summary>Tells Step Functions that the work behind a task token is still alive (AWS <c>SendTaskHeartbeat</c>).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>InvalidToken</c>, <c>TaskTimedOut</c>.</exception>
    Task SendTaskHeartbeatAsync(SendTaskHeartbeatRequest request, CancellationToken cancellationToken = default);
}
