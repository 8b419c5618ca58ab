using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Asl.Validation;

/// <summary>What a Task's <c>Resource</c> runs.</summary>
internal enum ResourceKind
{
    /// <summary>Not a resource a Task can run.</summary>
    Invalid,

    /// <summary>Decided by a <c>${Placeholder}</c> that stands for the service or the whole ARN.</summary>
    Placeholder,

    /// <summary>An optimized service integration, <c>arn:aws:states:::service:api</c> (http:invoke included).</summary>
    Integration,

    /// <summary>An AWS SDK integration, <c>arn:aws:states:::aws-sdk:service:action</c>.</summary>
    AwsSdk,

    /// <summary>An activity, <c>arn:aws:states:region:account:activity:name</c>.</summary>
    Activity,

    /// <summary>A Lambda function ARN, optionally with a version or alias.</summary>
    LambdaFunction,
}

/// <summary>The service integration pattern: request/response, <c>.sync</c>, <c>.sync:2</c> or <c>.waitForTaskToken</c>.</summary>
internal enum ResourcePattern
{
    /// <summary>Call and move on.</summary>
    RequestResponse,

    /// <summary><c>.sync</c>: run a job and wait for it.</summary>
    Sync,

    /// <summary><c>.sync:2</c>: run a job and wait for it (JSON output).</summary>
    Sync2,

    /// <summary><c>.waitForTaskToken</c>: wait for a callback.</summary>
    WaitForTaskToken,
}

/// <summary>
/// A parsed Task <c>Resource</c>. A <c>${Placeholder}</c> may stand for any part of the ARN (or all of it), and is
/// filled in before AWS sees the definition: a part that contains one is taken on trust, a placeholder may
/// stand for several parts (so fewer parts than usual are accepted), and the Region and account of an ARN
/// with a placeholder anywhere are not checked (<c>arn:aws:lambda:::function:${Name}</c> is deployed as it is).
/// </summary>
internal sealed class ResourceArn
{
    /// <summary>Every AWS partition.</summary>
    public static readonly IReadOnlyList<string> Partitions = new[]
    {
        "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc",
    };

    // Stands for one ${...} once placeholders are cut out, so that ':' inside ${AWS::Region} does not split parts.
    private const char Hole = '\u0001';

    private static readonly Regex PlaceholderPattern = new(@"\$\{[A-Za-z0-9_:.\-]+\}", RegexOptions.CultureInvariant);
    private static readonly Regex ServiceName = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex ApiName = new("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Region = new(@"^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant);
    private static readonly Regex Account = new("^[0-9]{12}$", RegexOptions.CultureInvariant);
    private static readonly Regex FunctionName = new("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex FunctionQualifier = new(@"^(\$LATEST|[A-Za-z0-9_-]{1,128})$", RegexOptions.CultureInvariant);

    private ResourceArn(ResourceKind kind, ResourcePattern pattern, string? problem, string? activityName)
    {
        Kind = kind;
        Pattern = pattern;
        Problem = problem;
        ActivityName = activityName;
    }

    public ResourceKind Kind { get; }

    public ResourcePattern Pattern { get; }

    /// <summary>Why the resource is invalid (a clause for the message), when <see cref="Kind"/> is Invalid.</summary>
    public string? Problem { get; }

    /// <summary>The activity's name when <see cref="Kind"/> is Activity and the name is written out.</summary>
    public string? ActivityName { get; }

    public static ResourceArn Parse(string? resource)
    {
        if (string.IsNullOrEmpty(resource)) return Invalid("it is empty");
        if (Values.IsPlaceholder(resource)) return new ResourceArn(ResourceKind.Placeholder, ResourcePattern.RequestResponse, null, null);

        var text = resource!.IndexOf("${", StringComparison.Ordinal) < 0 ? resource : PlaceholderPattern.Replace(resource, Hole.ToString());
        var pattern = PatternOf(text, out var withoutPattern);
        if (text[0] == Hole) return Trusted(pattern);
        if (!text.StartsWith("arn:", StringComparison.Ordinal)) return Invalid("it does not start with \"arn:\"");

        var parts = withoutPattern.Split(':');
        if (parts.Length < 6) return HasHole(text) ? Trusted(pattern) : Invalid("it has too few colon-separated parts for an ARN");

        var partition = parts[1];
        if (!HasHole(partition) && !IsPartition(partition))
            return Invalid($"\"{partition}\" is not an AWS partition (use one of {string.Join(", ", Partitions)})");

        var service = parts[2];
        if (HasHole(service)) return Trusted(pattern);
        return service switch
        {
            "states" => ParseStates(parts, pattern),
            "lambda" => ParseLambda(parts, pattern),
            _ => Invalid($"a Task cannot run a \"{service}\" ARN directly; call the service through a \"states\" integration"),
        };
    }

    private static ResourceArn ParseStates(string[] parts, ResourcePattern pattern)
    {
        string region = parts[3], account = parts[4];
        if (region.Length == 0 && account.Length == 0) return ParseIntegration(parts, pattern);

        var resourceType = parts[5];
        if (resourceType == "stateMachine")
            return Invalid("a Task cannot run a state machine ARN; use \"arn:aws:states:::states:startExecution\" with \"StateMachineArn\" in its arguments");
        // AWS accepts integrations written with a Region and account, as the console exports them
        // (arn:aws:states:us-east-1:123456789012:aws-sdk:s3:putObject); the two parts are not used.
        if (resourceType != "activity") return ParseIntegration(parts, pattern);
        if (pattern != ResourcePattern.RequestResponse) return Invalid("an activity takes no \".sync\" or \".waitForTaskToken\" suffix");
        if (parts.Length > 7) return Invalid("an activity ARN has exactly seven colon-separated parts");
        var problem = HasHole(string.Join(":", parts)) ? null : CheckRegionAndAccount(region, account);
        if (problem is not null) return Invalid(problem);
        if (parts.Length < 7) return HasHole(string.Join(":", parts)) ? Trusted(pattern) : Invalid("the activity name is missing");

        var name = parts[6];
        if (name.Length == 0) return Invalid("the activity name is missing");
        return new ResourceArn(ResourceKind.Activity, pattern, null, HasHole(name) ? null : name);
    }

    private static ResourceArn ParseIntegration(string[] parts, ResourcePattern pattern)
    {
        var isSdk = parts[5] == "aws-sdk";
        var expected = isSdk ? 8 : 7;
        var all = string.Join(":", parts);
        if (parts.Length > expected)
            return Invalid(isSdk ? "an AWS SDK integration is \"aws-sdk:service:action\"" : "a service integration is \"service:api\"");
        if (parts.Length < expected)
            return HasHole(all) ? Trusted(pattern) : Invalid(isSdk ? "the AWS SDK integration lacks its action (\"aws-sdk:service:action\")" : "the service integration lacks its API name (\"service:api\")");

        string service = parts[expected - 2], api = parts[expected - 1];
        if (!HasHole(service) && !ServiceName.IsMatch(service))
            return Invalid($"\"{service}\" is not a service name (lower-case letters, digits and hyphens)");
        if (!HasHole(api) && !ApiName.IsMatch(api))
            return Invalid($"\"{api}\" is not an API name (letters and digits, such as \"invoke\" or \"startExecution\")");
        return new ResourceArn(isSdk ? ResourceKind.AwsSdk : ResourceKind.Integration, pattern, null, null);
    }

    private static ResourceArn ParseLambda(string[] parts, ResourcePattern pattern)
    {
        if (pattern != ResourcePattern.RequestResponse)
            return Invalid("a Lambda function ARN takes no suffix; for \".waitForTaskToken\" use \"arn:aws:states:::lambda:invoke.waitForTaskToken\"");
        if (parts.Length > 8) return Invalid("a Lambda function ARN is arn:partition:lambda:region:account:function:name[:version-or-alias]");
        var problem = HasHole(string.Join(":", parts)) ? null : CheckRegionAndAccount(parts[3], parts[4]);
        if (problem is not null) return Invalid(problem);
        if (!HasHole(parts[5]) && parts[5] != "function")
            return Invalid($"\"{parts[5]}\" is not \"function\"; a Task can run only Lambda functions");
        if (parts.Length < 7) return HasHole(string.Join(":", parts)) ? Trusted(pattern) : Invalid("the function name is missing");
        if (!HasHole(parts[6]) && !FunctionName.IsMatch(parts[6]))
            return Invalid($"\"{parts[6]}\" is not a Lambda function name (1 to 64 letters, digits, hyphens or underscores)");
        if (parts.Length == 8 && !HasHole(parts[7]) && !FunctionQualifier.IsMatch(parts[7]))
            return Invalid($"\"{parts[7]}\" is not a function version or alias");
        return new ResourceArn(ResourceKind.LambdaFunction, pattern, null, null);
    }

    private static string? CheckRegionAndAccount(string region, string account)
    {
        if (!HasHole(region) && !Region.IsMatch(region)) return $"\"{region}\" is not an AWS Region (such as \"us-east-1\")";
        if (!HasHole(account) && !Account.IsMatch(account)) return $"\"{account}\" is not an AWS account id (12 digits)";
        return null;
    }

    /// <summary>Splits off a <c>.sync</c>, <c>.sync:2</c> or <c>.waitForTaskToken</c> suffix.</summary>
    private static ResourcePattern PatternOf(string text, out string rest)
    {
        foreach (var (suffix, pattern) in Suffixes)
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                rest = text.Substring(0, text.Length - suffix.Length);
                return pattern;
            }
        rest = text;
        return ResourcePattern.RequestResponse;
    }

    private static readonly (string Suffix, ResourcePattern Pattern)[] Suffixes =
    {
        (".sync:2", ResourcePattern.Sync2),
        (".sync", ResourcePattern.Sync),
        (".waitForTaskToken", ResourcePattern.WaitForTaskToken),
    };

    private static bool IsPartition(string partition)
    {
        foreach (var known in Partitions)
            if (known == partition) return true;
        return false;
    }

    private static bool HasHole(string part) => part.IndexOf(Hole) >= 0;

    private static ResourceArn Trusted(ResourcePattern pattern) => new(ResourceKind.Placeholder, pattern, null, null);

    private static ResourceArn Invalid(string problem) => new(ResourceKind.Invalid, ResourcePattern.RequestResponse, problem, null);
}
