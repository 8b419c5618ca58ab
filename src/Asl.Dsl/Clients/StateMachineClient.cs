using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Asl.Api;

namespace Asl.Clients;

/// <summary>
/// A typed client for one state machine: starts executions with a <typeparamref name="TInput"/>, waits for a
/// <typeparamref name="TOutput"/>, and completes task tokens with typed output. The generator emits a sealed
/// subclass per <c>[StateMachine]</c> class; the base works on its own for any ARN. Inputs and outputs go through
/// System.Text.Json with the options or source-generated context given (by default
/// <see cref="ClientSerialization.DefaultOptions"/>). Thread-safe.
/// </summary>
/// <typeparam name="TInput">The execution input.</typeparam>
/// <typeparam name="TOutput">The execution output.</typeparam>
public class StateMachineClient<TInput, TOutput>
{
    private readonly PayloadSerializer _serializer;
    private readonly PollingOptions _polling = PollingOptions.Default;
    private JsonTypeInfo<TInput>? _inputType;
    private JsonTypeInfo<TOutput>? _outputType;

    /// <summary>Creates a client that serializes with <paramref name="options"/> (null: <see cref="ClientSerialization.DefaultOptions"/>).</summary>
    /// <param name="api">How to reach Step Functions: <see cref="StepFunctionsHttpClient"/> or the local engine's in-process API.</param>
    /// <param name="stateMachineArn">The state machine's ARN.</param>
    /// <param name="options">The serializer options for inputs, outputs and task outputs.</param>
    public StateMachineClient(IStepFunctionsApi api, string stateMachineArn, JsonSerializerOptions? options = null)
        : this(api, stateMachineArn, new PayloadSerializer(options))
    {
    }

    /// <summary>Creates a client that serializes with a source-generated context, which must know <typeparamref name="TInput"/> and <typeparamref name="TOutput"/>.</summary>
    /// <param name="api">How to reach Step Functions.</param>
    /// <param name="stateMachineArn">The state machine's ARN.</param>
    /// <param name="context">The context with <c>[JsonSerializable]</c> entries for the input, the output and any task output type.</param>
    public StateMachineClient(IStepFunctionsApi api, string stateMachineArn, JsonSerializerContext context)
        : this(api, stateMachineArn, new PayloadSerializer(context))
    {
        // Fail at construction rather than at the first call when the context misses a type.
        _inputType = _serializer.TypeInfo<TInput>();
        _outputType = _serializer.TypeInfo<TOutput>();
    }

    private StateMachineClient(IStepFunctionsApi api, string stateMachineArn, PayloadSerializer serializer)
    {
        Api = api ?? throw new ArgumentNullException(nameof(api));
        if (string.IsNullOrWhiteSpace(stateMachineArn))
            throw new ArgumentException("The state machine ARN is empty; pass arn:aws:states:<region>:<account>:stateMachine:<name>.", nameof(stateMachineArn));
        StateMachineArn = stateMachineArn;
        _serializer = serializer;
    }

    /// <summary>The API the client calls.</summary>
    public IStepFunctionsApi Api { get; }

    /// <summary>The state machine's ARN.</summary>
    public string StateMachineArn { get; }

    /// <summary>The serializer options in effect (a context's own options when one was given).</summary>
    public JsonSerializerOptions SerializerOptions => _serializer.Options;

    /// <summary>How waiting polls DescribeExecution.</summary>
    public PollingOptions Polling
    {
        get => _polling;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            value.Validate();
            _polling = value;
        }
    }

    private JsonTypeInfo<TInput> InputType => _inputType ??= _serializer.TypeInfo<TInput>();

    private JsonTypeInfo<TOutput> OutputType => _outputType ??= _serializer.TypeInfo<TOutput>();

    /// <summary>Starts an execution and returns a handle to wait for it.</summary>
    /// <param name="input">The input; null sends none (the service uses <c>{}</c>).</param>
    /// <param name="name">The execution name, or null for a generated one. Starting the same name with the same input while it runs returns the same execution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="StepFunctionsApiException">For example <c>ExecutionAlreadyExists</c> or <c>StateMachineDoesNotExist</c>.</exception>
    public async Task<ExecutionHandle<TOutput>> StartAsync(TInput input, string? name = null, CancellationToken cancellationToken = default)
    {
        var started = await Api.StartExecutionAsync(new StartExecutionRequest
        {
            StateMachineArn = StateMachineArn,
            Name = name,
            Input = InputJson(input),
        }, cancellationToken).ConfigureAwait(false);
        return Handle(started.ExecutionArn, started.StartDate);
    }

    /// <summary>Starts an execution, waits for it to end and returns its output.</summary>
    /// <exception cref="ExecutionFailedException">The execution FAILED, TIMED_OUT or was ABORTED; it carries Error and Cause.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled (the execution keeps running).</exception>
    public async Task<TOutput> RunAsync(TInput input, string? name = null, CancellationToken cancellationToken = default)
    {
        var handle = await StartAsync(input, name, cancellationToken).ConfigureAwait(false);
        return await handle.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs an EXPRESS state machine synchronously (StartSyncExecution) and returns its output.</summary>
    /// <exception cref="ExecutionFailedException">The execution FAILED or TIMED_OUT; it carries Error and Cause.</exception>
    /// <exception cref="StepFunctionsApiException">For example <c>StateMachineTypeNotSupported</c> when the machine is STANDARD.</exception>
    public async Task<TOutput> StartSyncAsync(TInput input, string? name = null, CancellationToken cancellationToken = default)
    {
        var result = await Api.StartSyncExecutionAsync(new StartSyncExecutionRequest
        {
            StateMachineArn = StateMachineArn,
            Name = name,
            Input = InputJson(input),
        }, cancellationToken).ConfigureAwait(false);
        if (result.Status != ExecutionStatus.Succeeded)
            throw new ExecutionFailedException(result.ExecutionArn, result.Status, result.Error, result.Cause);
        return _serializer.Read(result.Output, OutputType, result.ExecutionArn);
    }

    /// <summary>A handle for an execution started elsewhere (its start date is read with DescribeExecution).</summary>
    /// <exception cref="StepFunctionsApiException">For example <c>ExecutionDoesNotExist</c>.</exception>
    public async Task<ExecutionHandle<TOutput>> AttachAsync(string executionArn, CancellationToken cancellationToken = default)
    {
        var described = await Api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken).ConfigureAwait(false);
        return Handle(described.ExecutionArn, described.StartDate);
    }

    /// <summary>Describes an execution, with its output typed once it succeeded.</summary>
    public async Task<ExecutionDescription<TOutput>> DescribeAsync(string executionArn, CancellationToken cancellationToken = default)
    {
        var described = await Api.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken).ConfigureAwait(false);
        return ExecutionHandle<TOutput>.Typed(described, _serializer, OutputType);
    }

    /// <summary>Stops an execution and returns when it stopped.</summary>
    public async Task<DateTimeOffset> StopAsync(string executionArn, string? error = null, string? cause = null, CancellationToken cancellationToken = default)
    {
        var stopped = await Api.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = executionArn, Error = error, Cause = cause }, cancellationToken).ConfigureAwait(false);
        return stopped.StopDate;
    }

    /// <summary>Completes the task waiting for <paramref name="taskToken"/> with <paramref name="output"/>, serialized like inputs.</summary>
    /// <typeparam name="T">The output's type (for a source-generated context, one it knows).</typeparam>
    /// <exception cref="StepFunctionsApiException">For example <c>InvalidToken</c> or <c>TaskTimedOut</c>.</exception>
    public Task SendSuccessAsync<T>(string taskToken, T output, CancellationToken cancellationToken = default)
        => Api.SendTaskSuccessAsync(new SendTaskSuccessRequest { TaskToken = taskToken, Output = _serializer.Write(output, _serializer.TypeInfo<T>()) }, cancellationToken);

    /// <summary>Fails the task waiting for <paramref name="taskToken"/>; Retry and Catch match <paramref name="error"/>.</summary>
    public Task SendFailureAsync(string taskToken, string? error = null, string? cause = null, CancellationToken cancellationToken = default)
        => Api.SendTaskFailureAsync(new SendTaskFailureRequest { TaskToken = taskToken, Error = error, Cause = cause }, cancellationToken);

    /// <summary>Reports that the work behind <paramref name="taskToken"/> is alive, restarting its heartbeat timeout.</summary>
    public Task SendHeartbeatAsync(string taskToken, CancellationToken cancellationToken = default)
        => Api.SendTaskHeartbeatAsync(new SendTaskHeartbeatRequest { TaskToken = taskToken }, cancellationToken);

    private string? InputJson(TInput input) => input is null ? null : _serializer.Write(input, InputType);

    private ExecutionHandle<TOutput> Handle(string executionArn, DateTimeOffset startDate)
        => new(Api, _serializer, OutputType, _polling, executionArn, startDate);
}
