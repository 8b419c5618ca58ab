namespace Asl.Testing;

/// <summary>One call a mock received.</summary>
/// <typeparam name="TRequest">The mock's request type.</typeparam>
public sealed record MockCall<TRequest>
{
    /// <summary>The request: the Lambda payload, or the task's parameters (after InputPath and Parameters, or JSONata Arguments).</summary>
    public required TRequest Request { get; init; }

    /// <summary>The request as JSON text, as the engine passed it.</summary>
    public required string RequestJson { get; init; }

    /// <summary>The Task state that made the call.</summary>
    public required string StateName { get; init; }

    /// <summary>The execution that made the call.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The task token when the state waits for one (<c>.waitForTaskToken</c>); null otherwise.</summary>
    public string? TaskToken { get; init; }

    /// <summary>When the call was made, on the engine's clock.</summary>
    public required DateTimeOffset Time { get; init; }
}
