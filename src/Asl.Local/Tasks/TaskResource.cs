namespace Asl.Local.Tasks;

/// <summary>How a Task waits for its resource.</summary>
internal enum IntegrationPattern
{
    /// <summary>Call and take the response.</summary>
    RequestResponse,
    /// <summary><c>.sync</c>: run the job to completion (output as the service returns it; JSON text for Step Functions).</summary>
    Sync,
    /// <summary><c>.sync:2</c>: run to completion, JSON output parsed.</summary>
    Sync2,
    /// <summary><c>.waitForTaskToken</c>: wait for SendTaskSuccess/Failure with the token.</summary>
    WaitForTaskToken,
}

/// <summary>What kind of thing a Task's Resource names.</summary>
internal enum ResourceKind
{
    /// <summary><c>arn:aws:lambda:…:function:name</c> (history uses LambdaFunction* events).</summary>
    LambdaFunction,
    /// <summary><c>arn:aws:states:::service:action[.pattern]</c>, including <c>aws-sdk:</c> integrations.</summary>
    Service,
    /// <summary><c>arn:aws:states:region:account:activity:name</c>.</summary>
    Activity,
    /// <summary>Anything else (only a registered handler or a mock can serve it).</summary>
    Other,
}

/// <summary>
/// A Task state's Resource ARN taken apart: the kind, the integration pattern, and the resourceType / resource
/// pair history events show (<c>lambda</c> / <c>invoke</c>, <c>states</c> / <c>startExecution.sync:2</c>).
/// </summary>
internal sealed record TaskResource(string Arn, ResourceKind Kind, IntegrationPattern Pattern, string ResourceType, string ResourceName, string WithoutPattern)
{
    public bool IsLambdaInvoke => Kind == ResourceKind.Service && ResourceType == "lambda" && Action == "invoke";

    public bool IsStartExecution => Kind == ResourceKind.Service && ResourceType == "states" && Action == "startExecution";

    /// <summary>The action without the pattern suffix (<c>invoke</c>, <c>startExecution</c>).</summary>
    public string Action => Pattern switch
    {
        IntegrationPattern.Sync => ResourceName[..^".sync".Length],
        IntegrationPattern.Sync2 => ResourceName[..^".sync:2".Length],
        IntegrationPattern.WaitForTaskToken => ResourceName[..^".waitForTaskToken".Length],
        _ => ResourceName,
    };

    public static TaskResource Parse(string arn)
    {
        var pattern = arn.EndsWith(".sync:2", StringComparison.Ordinal) ? IntegrationPattern.Sync2
            : arn.EndsWith(".sync", StringComparison.Ordinal) ? IntegrationPattern.Sync
            : arn.EndsWith(".waitForTaskToken", StringComparison.Ordinal) ? IntegrationPattern.WaitForTaskToken
            : IntegrationPattern.RequestResponse;
        var suffixLength = pattern switch
        {
            IntegrationPattern.Sync => ".sync".Length,
            IntegrationPattern.Sync2 => ".sync:2".Length,
            IntegrationPattern.WaitForTaskToken => ".waitForTaskToken".Length,
            _ => 0,
        };
        var withoutPattern = arn[..^suffixLength];
        var parts = arn.Split(':');
        if (parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function")
            return new TaskResource(arn, ResourceKind.LambdaFunction, IntegrationPattern.RequestResponse, "lambda", arn, arn);
        if (parts.Length >= 6 && parts[0] == "arn" && parts[2] == "states")
        {
            if (parts[3].Length == 0 && parts[4].Length == 0 && parts.Length >= 7)
            {
                // arn:aws:states:::service:action  or  arn:aws:states:::aws-sdk:service:action
                var isSdk = parts[5] == "aws-sdk" && parts.Length >= 8;
                var type = isSdk ? "aws-sdk:" + parts[6] : parts[5];
                var name = string.Join(':', parts, isSdk ? 7 : 6, parts.Length - (isSdk ? 7 : 6));
                return new TaskResource(arn, ResourceKind.Service, pattern, type, name, withoutPattern);
            }
            if (parts[5] == "activity")
                return new TaskResource(arn, ResourceKind.Activity, IntegrationPattern.RequestResponse, "activity", arn, arn);
        }
        return new TaskResource(arn, ResourceKind.Other, pattern, "other", arn, withoutPattern);
    }
}
