namespace Asl.Local;

/// <summary>What StartExecution returns.</summary>
/// <param name="ExecutionArn">The new execution's ARN.</param>
/// <param name="StartDate">When it started (engine clock).</param>
public sealed record StartExecutionResult(string ExecutionArn, DateTimeOffset StartDate);
