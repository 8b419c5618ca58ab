namespace Asl;

/// <summary>How a Task waits for a service integration.</summary>
public enum IntegrationPattern
{
    /// <summary>Call the service and continue with its response.</summary>
    RequestResponse,
    /// <summary>Wait for the job to complete (<c>.sync</c>; for Step Functions children the output is a JSON string).</summary>
    RunJob,
    /// <summary>Wait for the job to complete (<c>.sync:2</c>; for Step Functions children the output is parsed JSON).</summary>
    RunJobJson,
    /// <summary>Wait until someone calls SendTaskSuccess or SendTaskFailure with the task token (<c>.waitForTaskToken</c>).</summary>
    WaitForTaskToken,
}

internal static class IntegrationPatterns
{
    public static string Suffix(IntegrationPattern pattern) => pattern switch
    {
        IntegrationPattern.RunJob => ".sync",
        IntegrationPattern.RunJobJson => ".sync:2",
        IntegrationPattern.WaitForTaskToken => ".waitForTaskToken",
        _ => "",
    };
}
