namespace Asl.Local.Endpoint;

/// <summary>
/// Checks the form of the ARNs a request names before anything is looked up, so a malformed or misplaced ARN
/// is an InvalidArn (as in AWS) rather than a "does not exist".
/// </summary>
internal static class ApiArns
{
    /// <summary>
    /// Requires <c>arn:partition:states:region:account:stateMachine:name</c>. With
    /// <paramref name="allowTestCase"/>, a <c>#TestCase</c> suffix (which selects a case of the mock configuration) is accepted.
    /// </summary>
    public static void RequireStateMachine(string arn, bool allowTestCase = false)
    {
        var text = arn;
        var hash = arn.IndexOf('#');
        if (hash >= 0)
        {
            if (!allowTestCase || hash == arn.Length - 1)
                throw new InvalidArnException($"Invalid Arn: '{arn}'. Only StartExecution accepts a '#TestCase' suffix, which selects a test case of the mock configuration.");
            text = arn[..hash];
        }
        var (type, resource) = Split(text);
        if (type != "stateMachine") throw WrongType(type, arn, "a state machine ARN (arn:aws:states:region:account:stateMachine:name)");
        if (resource.Length == 0 || resource.Contains(':', StringComparison.Ordinal))
            throw new InvalidArnException($"Invalid Arn: '{arn}'. A state machine ARN ends with the name (versions and aliases are not kept by asl serve).");
    }

    /// <summary>
    /// Requires an execution ARN: <c>arn:partition:states:region:account:execution:machine:name</c>, or, with
    /// <paramref name="allowExpress"/>, an EXPRESS one (<c>…:express:machine:name:id</c>). Returns true for an EXPRESS ARN.
    /// </summary>
    public static bool RequireExecution(string arn, bool allowExpress = false)
    {
        var (type, resource) = Split(arn);
        var parts = resource.Split(':');
        if (type == "execution" && parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0) return false;
        if (type == "express" && parts.Length == 3 && !parts.Any(p => p.Length == 0))
        {
            if (allowExpress) return true;
            throw new InvalidArnException($"Invalid Arn: 'Resource type not valid in this context: express'. '{arn}' is an EXPRESS execution, which AWS does not keep; only StartSyncExecution reports its outcome.");
        }
        if (type is "execution" or "express")
            throw new InvalidArnException($"Invalid Arn: '{arn}'. An execution ARN has the form arn:aws:states:region:account:execution:stateMachineName:executionName.");
        throw WrongType(type, arn, "an execution ARN (arn:aws:states:region:account:execution:stateMachineName:executionName)");
    }

    /// <summary>The resource type and the rest, after checking the <c>arn:partition:states:region:account:</c> prefix.</summary>
    private static (string Type, string Resource) Split(string arn)
    {
        var parts = arn.Split(':', 7);
        if (parts.Length < 7 || parts[0] != "arn" || parts[1].Length == 0)
            throw new InvalidArnException($"Invalid Arn: 'Invalid ARN prefix: {arn}'");
        if (parts[2] != "states")
            throw new InvalidArnException($"Invalid Arn: '{arn}'. It names the service '{parts[2]}'; Step Functions ARNs start with arn:aws:states:.");
        return (parts[5], parts[6]);
    }

    private static InvalidArnException WrongType(string type, string arn, string expected)
        => new($"Invalid Arn: 'Resource type not valid in this context: {type}'. '{arn}' is not {expected}.");
}
