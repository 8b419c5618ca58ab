using Asl.Collections;

namespace Asl.Deployment;

/// <summary>
/// How a state machine is deployed, beyond its definition: logging, tracing, tags, its role, its encryption key and a
/// published alias. Written into the SAM template; some of them add permissions to the machine's role (logging,
/// tracing, the key).
/// </summary>
public sealed record DeploymentSettings
{
    /// <summary>No logging, no tracing, no tags, a generated role, AWS-owned encryption, no alias.</summary>
    public static DeploymentSettings Default { get; } = new();

    /// <summary>CloudWatch Logs level: OFF (the default), ALL, ERROR or FATAL.</summary>
    public string LogLevel { get; init; } = LogLevels.Off;

    /// <summary>Whether log records include execution data (inputs, outputs, parameters).</summary>
    public bool LogExecutionData { get; init; }

    /// <summary>
    /// An existing log group to log to: its name, its ARN, or a <c>${Placeholder}</c> the deployer fills with its ARN.
    /// Null while logging: the template creates a log group for the machine.
    /// </summary>
    public string? LogGroup { get; init; }

    /// <summary>How long the log group the template creates keeps records, in days; 0 keeps them forever.</summary>
    public int LogRetentionDays { get; init; }

    /// <summary>Whether executions are traced with AWS X-Ray.</summary>
    public bool Tracing { get; init; }

    /// <summary>Tags of the state machine.</summary>
    public EquatableArray<DeploymentTag> Tags { get; init; }

    /// <summary>An existing IAM role to run as (its ARN, or a <c>${Placeholder}</c>) instead of the role the template generates; the template then grants nothing.</summary>
    public string? RoleArn { get; init; }

    /// <summary>A customer managed KMS key that encrypts the definition and execution data (its ARN, or a <c>${Placeholder}</c>).</summary>
    public string? KmsKeyArn { get; init; }

    /// <summary>How long Step Functions reuses a data key, 60 to 900 seconds; 0 keeps AWS's default (300).</summary>
    public int KmsDataKeyReusePeriodSeconds { get; init; }

    /// <summary>An alias the deployment publishes a new version behind whenever the machine changes; null publishes none.</summary>
    public string? Alias { get; init; }

    /// <summary>True when the machine logs to CloudWatch Logs.</summary>
    public bool IsLogging => LogLevel != LogLevels.Off;
}

/// <summary>A tag of the state machine.</summary>
public sealed record DeploymentTag(string Key, string Value);

/// <summary>The values of <see cref="DeploymentSettings.LogLevel"/>.</summary>
public static class LogLevels
{
    /// <summary>No logging.</summary>
    public const string Off = "OFF";

    /// <summary>Every event.</summary>
    public const string All = "ALL";

    /// <summary>Errors only.</summary>
    public const string Error = "ERROR";

    /// <summary>Fatal errors only.</summary>
    public const string Fatal = "FATAL";
}
