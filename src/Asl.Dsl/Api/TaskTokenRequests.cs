namespace Asl.Api;

/// <summary>The input of <see cref="IStepFunctionsApi.SendTaskSuccessAsync"/>.</summary>
public sealed record SendTaskSuccessRequest
{
    /// <summary>The token the waiting task handed out (<c>$$.Task.Token</c>).</summary>
    public required string TaskToken { get; init; }

    /// <summary>The task's output as JSON text (a JSON string must be quoted: <c>"\"done\""</c>).</summary>
    public required string Output { get; init; }
}

/// <summary>The input of <see cref="IStepFunctionsApi.SendTaskFailureAsync"/>.</summary>
public sealed record SendTaskFailureRequest
{
    /// <summary>The token the waiting task handed out.</summary>
    public required string TaskToken { get; init; }

    /// <summary>The error name that the state's Retry and Catch match (at most 256 characters), or null.</summary>
    public string? Error { get; init; }

    /// <summary>A description of the failure (at most 32768 characters), or null.</summary>
    public string? Cause { get; init; }
}

/// <summary>The input of <see cref="IStepFunctionsApi.SendTaskHeartbeatAsync"/>.</summary>
public sealed record SendTaskHeartbeatRequest
{
    /// <summary>The token the waiting task handed out.</summary>
    public required string TaskToken { get; init; }
}
