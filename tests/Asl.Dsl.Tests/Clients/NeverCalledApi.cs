using Asl.Api;

namespace Asl.Dsl.Tests.Clients;

/// <summary>An API for tests that must not reach Step Functions at all.</summary>
internal sealed class NeverCalledApi : IStepFunctionsApi
{
    public Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<StartSyncExecutionResponse> StartSyncExecutionAsync(StartSyncExecutionRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task SendTaskSuccessAsync(SendTaskSuccessRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task SendTaskFailureAsync(SendTaskFailureRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task SendTaskHeartbeatAsync(SendTaskHeartbeatRequest request, CancellationToken cancellationToken = default) => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("This test must not call the Step Functions API.");
}
