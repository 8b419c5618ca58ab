using System.Text.Json;

namespace Asl.Local.Endpoint.Operations;

/// <summary>
/// The Step Functions API operations on a <see cref="LocalEngine"/>: each takes the request body and returns
/// the response body, or throws a <see cref="StepFunctionsException"/> with AWS's error code and message.
/// Independent of HTTP; <see cref="HttpEndpoint"/> carries it over the AWS JSON 1.0 protocol.
/// </summary>
internal sealed partial class StepFunctionsApi
{
    private delegate ValueTask<byte[]> Operation(ApiRequest request, CancellationToken cancellation);

    private readonly Dictionary<string, Operation> _operations;

    public StepFunctionsApi(LocalEngine engine)
    {
        Engine = engine;
        _operations = new Dictionary<string, Operation>(StringComparer.Ordinal)
        {
            ["CreateStateMachine"] = Sync(CreateStateMachine),
            ["DescribeStateMachine"] = Sync(DescribeStateMachine),
            ["ListStateMachines"] = Sync(ListStateMachines),
            ["UpdateStateMachine"] = Sync(UpdateStateMachine),
            ["DeleteStateMachine"] = Sync(DeleteStateMachine),
            ["DescribeStateMachineForExecution"] = Sync(DescribeStateMachineForExecution),
            ["StartExecution"] = Sync(StartExecution),
            ["StartSyncExecution"] = StartSyncExecutionAsync,
            ["DescribeExecution"] = Sync(DescribeExecution),
            ["ListExecutions"] = Sync(ListExecutions),
            ["StopExecution"] = Sync(StopExecution),
            ["GetExecutionHistory"] = Sync(GetExecutionHistory),
            ["SendTaskSuccess"] = Sync(SendTaskSuccess),
            ["SendTaskFailure"] = Sync(SendTaskFailure),
            ["SendTaskHeartbeat"] = Sync(SendTaskHeartbeat),
            ["ValidateStateMachineDefinition"] = Sync(ValidateStateMachineDefinition),
        };
    }

    public LocalEngine Engine { get; }

    private MachineRecords Records { get; } = new();

    /// <summary>Runs one operation on a request body (a JSON object).</summary>
    public ValueTask<byte[]> InvokeAsync(string operation, JsonElement body, CancellationToken cancellation)
    {
        if (!_operations.TryGetValue(operation, out var handler))
            throw WireErrors.UnknownOperation(
                $"asl serve does not implement the operation '{operation}'. It implements: {string.Join(", ", _operations.Keys)}.");
        return handler(new ApiRequest(operation, body), cancellation);
    }

    private static Operation Sync(Func<ApiRequest, byte[]> operation) => (request, _) => ValueTask.FromResult(operation(request));

    /// <summary>An operation that runs on the request's thread and stops when the caller goes away (validating a definition).</summary>
    private static Operation Sync(Func<ApiRequest, CancellationToken, byte[]> operation) =>
        (request, cancellation) => ValueTask.FromResult(operation(request, cancellation));
}
