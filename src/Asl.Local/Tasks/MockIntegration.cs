using Asl.Json;
using Asl.Local.Errors;

namespace Asl.Local.Tasks;

/// <summary>A mocked response from the mock configuration: returned or thrown whatever the integration pattern.</summary>
internal sealed class MockIntegration(MockResponse response) : ITaskIntegration
{
    public Task<AslJson> InvokeAsync(TaskCall call, CancellationToken cancellation)
        => response.IsThrow ? Task.FromException<AslJson>(new StatesError(response.Error, response.Cause)) : Task.FromResult(response.Return!);

    public Task<AslJson> SubmitAsync(TaskCall call, CancellationToken cancellation) => InvokeAsync(call, cancellation);

    public Task<AslJson> CompleteAsync(TaskCall call, AslJson submitted, CancellationToken cancellation) => Task.FromResult(submitted);
}
