using Asl.Json;

namespace Asl.Local.Tasks;

/// <summary>A resource a Task can call (Lambda invoke, Step Functions startExecution, a registered handler, a mock).</summary>
internal interface ITaskIntegration
{
    /// <summary>Request-response: the call's result.</summary>
    Task<AslJson> InvokeAsync(TaskCall call, CancellationToken cancellation);

    /// <summary>The first step of <c>.sync</c> and <c>.waitForTaskToken</c>; its result is the TaskSubmitted output.</summary>
    Task<AslJson> SubmitAsync(TaskCall call, CancellationToken cancellation);

    /// <summary>The second step of <c>.sync</c>/<c>.sync:2</c>: waits for the job and returns the task's result.</summary>
    Task<AslJson> CompleteAsync(TaskCall call, AslJson submitted, CancellationToken cancellation);
}
