using Asl.Deployment;

namespace Asl.Permissions.Integrations;

/// <summary>
/// What the deployment settings need the role to allow: log delivery to CloudWatch Logs
/// (https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html#cloudwatch-iam-policy), X-Ray tracing
/// (https://docs.aws.amazon.com/step-functions/latest/dg/xray-iam.html), and the customer managed key that encrypts
/// the machine's data and, when it logs, its log delivery
/// (https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html). Nothing when the
/// machine runs as an existing role, which must allow these itself.
/// </summary>
internal static class SettingsRules
{
    public static void Derive(Derivation derivation, DeploymentSettings settings)
    {
        if (settings.RoleArn is not null) return;
        if (settings.IsLogging)
            derivation.Grant("DeliverLogs",
                new[]
                {
                    "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries",
                    "logs:PutLogEvents", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
                },
                new[] { ArnPattern.Any.Because("CloudWatch Logs log delivery supports no resource-level permissions; AWS documents \"*\"") });
        if (settings.Tracing)
            derivation.Grant("WriteTraces", new[] { "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets" },
                new[] { ArnPattern.Any.Because("X-Ray supports no resource-level permissions for these actions; AWS documents \"*\"") });
        if (settings.KmsKeyArn is not { } key) return;
        derivation.Grant("UseEncryptionKey", new[] { "kms:Decrypt", "kms:GenerateDataKey" }, new[] { ArnPattern.Text(key) },
            new GrantCondition("StringEquals", "kms:EncryptionContext:aws:states:stateMachineArn", Collections.EquatableArray.Create(ArnPattern.ThisStateMachine)));
        // An encrypted machine that logs also encrypts the log delivery with the key (encryption-at-rest.html, step 3).
        if (settings.IsLogging)
            derivation.Grant("UseEncryptionKeyForLogs", new[] { "kms:GenerateDataKey" }, new[] { ArnPattern.Text(key) },
                GrantCondition.Of("StringEquals", "kms:EncryptionContext:SourceArn", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*"));
    }
}
