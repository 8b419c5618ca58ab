using System.Collections.Generic;
using Asl.Deployment;
using Asl.Build.Yaml;

namespace Asl.Build.Template;

/// <summary>
/// A template parameter for a <c>${Placeholder}</c> that the project itself does not fill: a Lambda function,
/// a state machine of another project, or any other value. The deployer passes it (for example with
/// <c>sam deploy --parameter-overrides</c>, or from a parent stack).
/// </summary>
internal sealed class TemplateParameter(string placeholder, string logicalId)
{
    public string Placeholder { get; } = placeholder;

    public string LogicalId { get; } = logicalId;

    /// <summary>A role a machine runs as (its RoleArn setting).</summary>
    public const string RoleKind = "Role";

    /// <summary>A log group a machine logs to (its LogGroup setting).</summary>
    public const string LogGroupKind = "LogGroup";

    /// <summary>A KMS key that encrypts a machine (its KmsKeyArn setting).</summary>
    public const string KmsKeyKind = "KmsKey";

    /// <summary>How the machines use it: StateMachine, LambdaFunction, Other, or one of the settings' kinds.</summary>
    public SortedSet<string> Kinds { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The machines whose definitions hold it.</summary>
    public SortedSet<string> UsedBy { get; } = new(System.StringComparer.Ordinal);

    public YamlMapping ToYaml()
    {
        var parameter = new YamlMapping { { "Type", "String" } };
        var single = Kinds.Count == 1 ? Kinds.Min : null;
        var what = single switch
        {
            PlaceholderKinds.StateMachine => "ARN of the state machine",
            PlaceholderKinds.LambdaFunction => "ARN of the Lambda function",
            RoleKind => "ARN of the IAM role",
            LogGroupKind => "ARN of the log group",
            KmsKeyKind => "ARN of the KMS key",
            _ => "Value",
        };
        // Not "${Name}": CloudFormation linters read that as a substitution outside Fn::Sub.
        parameter.Add("Description", $"{what} for the placeholder {Placeholder} of {string.Join(", ", UsedBy)}");
        switch (single)
        {
            case PlaceholderKinds.StateMachine:
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:states:[a-z0-9-]+:[0-9]{12}:stateMachine:[^:]+(:[^:]+)?$");
                parameter.Add("ConstraintDescription", "must be a state machine ARN: arn:aws:states:REGION:ACCOUNT:stateMachine:NAME");
                break;
            case PlaceholderKinds.LambdaFunction:
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[^:]+(:[^:]+)?$");
                parameter.Add("ConstraintDescription", "must be a Lambda function ARN: arn:aws:lambda:REGION:ACCOUNT:function:NAME");
                break;
            case RoleKind:
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$");
                parameter.Add("ConstraintDescription", "must be an IAM role ARN: arn:aws:iam::ACCOUNT:role/NAME");
                break;
            case LogGroupKind:
                // Step Functions takes a log group's ARN with the ":*" that CloudFormation's !GetAtt LogGroup.Arn ends in.
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:logs:[a-z0-9-]+:[0-9]{12}:log-group:[^:]+:\\*$");
                parameter.Add("ConstraintDescription", "must be a log group ARN ending in :* (arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*)");
                break;
            case KmsKeyKind:
                parameter.Add("AllowedPattern", "^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$");
                parameter.Add("ConstraintDescription", "must be a KMS key ARN: arn:aws:kms:REGION:ACCOUNT:key/ID");
                break;
        }
        return parameter;
    }
}
