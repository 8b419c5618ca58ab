using Asl.Build.Yaml;
using Asl.Collections;
using Asl.Deployment;
using static Asl.Build.Tests.TestSupport;

namespace Asl.Build.Tests;

/// <summary>
/// The operational settings in the template: logging (https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html),
/// X-Ray tracing (https://docs.aws.amazon.com/step-functions/latest/dg/xray-iam.html), tags, an existing role, a customer
/// managed key (https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html) and a published alias.
/// </summary>
public sealed class DeploymentSettingsTemplateTests
{
    private const string Lambda = """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge","End":true}}}""";

    private static YamlMapping Template(DeploymentSettings settings) => BuildTemplate(Machine("Orders", Lambda, settings)).Document;

    private static readonly string DeliverLogs =
        "{Sid: DeliverLogs, Effect: Allow, Action: [\"logs:CreateLogDelivery\", \"logs:GetLogDelivery\", \"logs:UpdateLogDelivery\", \"logs:DeleteLogDelivery\", "
        + "\"logs:ListLogDeliveries\", \"logs:PutLogEvents\", \"logs:PutResourcePolicy\", \"logs:DescribeResourcePolicies\", \"logs:DescribeLogGroups\"], Resource: [\"*\"]}";

    private static readonly string Invoke = Invoke("\"arn:aws:lambda:us-east-1:123456789012:function:charge\"", "\"arn:aws:lambda:us-east-1:123456789012:function:charge:*\"");

    [Fact]
    public void Logging_creates_a_log_group_for_the_machine_and_allows_log_delivery()
    {
        var document = Template(new DeploymentSettings { LogLevel = LogLevels.Error, LogExecutionData = true, LogRetentionDays = 30 });

        Assert.Equal("{Level: ERROR, IncludeExecutionData: true, Destinations: [{CloudWatchLogsLogGroup: {LogGroupArn: !GetAtt OrdersLogGroup.Arn}}]}",
            Inline(At(document, "Resources", "Orders", "Properties", "Logging")));
        Assert.Equal("{Type: \"AWS::Logs::LogGroup\", Properties: {LogGroupName: !Sub \"/aws/vendedlogs/states/${AWS::StackName}-Orders\", RetentionInDays: 30}}",
            Inline(At(document, "Resources", "OrdersLogGroup")));
        AssertStatements(document, "Orders", Invoke, DeliverLogs);
    }

    [Theory]
    [InlineData("orders-audit", "!Sub \"arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:orders-audit:*\"")]
    [InlineData("arn:aws:logs:us-east-1:123456789012:log-group:orders-audit", "arn:aws:logs:us-east-1:123456789012:log-group:orders-audit:*")]
    [InlineData("${AuditLogGroupArn}", "!Ref AuditLogGroupArn")]
    public void Logging_to_a_named_log_group_uses_it_and_creates_none(string group, string arn)
    {
        var document = Template(new DeploymentSettings { LogLevel = LogLevels.All, LogGroup = group });

        Assert.Equal(arn, Inline(At(document, "Resources", "Orders", "Properties", "Logging", "Destinations", "#0", "CloudWatchLogsLogGroup", "LogGroupArn")));
        Assert.Null(At(document, "Resources", "OrdersLogGroup"));
        if (group.StartsWith("${", StringComparison.Ordinal))
            Assert.StartsWith("\"^arn:aws[a-z-]*:logs:", Inline(At(document, "Parameters", "AuditLogGroupArn", "AllowedPattern")));
    }

    [Fact]
    public void Tracing_and_tags_are_set_on_the_machine_and_tracing_is_allowed_to_write_traces()
    {
        var document = Template(new DeploymentSettings
        {
            Tracing = true, Tags = EquatableArray.Create(new DeploymentTag("team", "payments"), new DeploymentTag("cost-center", "42")),
        });

        Assert.Equal("{Enabled: true}", Inline(At(document, "Resources", "Orders", "Properties", "Tracing")));
        Assert.Equal("{team: payments, cost-center: \"42\"}", Inline(At(document, "Resources", "Orders", "Properties", "Tags")));
        AssertStatements(document, "Orders", Invoke,
            "{Sid: WriteTraces, Effect: Allow, Action: [\"xray:PutTraceSegments\", \"xray:PutTelemetryRecords\", \"xray:GetSamplingRules\", \"xray:GetSamplingTargets\"], Resource: [\"*\"]}");
    }

    [Fact]
    public void An_existing_role_replaces_the_generated_one_and_its_policies()
    {
        var literal = Template(new DeploymentSettings { RoleArn = "arn:aws:iam::123456789012:role/orders", LogLevel = LogLevels.All });
        var parameter = Template(new DeploymentSettings { RoleArn = "${OrdersRoleArn}" });

        Assert.Equal("arn:aws:iam::123456789012:role/orders", Inline(At(literal, "Resources", "Orders", "Properties", "Role")));
        Assert.Null(At(literal, "Resources", "Orders", "Properties", "Policies"));
        Assert.Null(At(literal, "Outputs", "OrdersRoleName"));
        Assert.Equal("!Ref OrdersRoleArn", Inline(At(parameter, "Resources", "Orders", "Properties", "Role")));
        Assert.StartsWith("\"^arn:aws[a-z-]*:iam::", Inline(At(parameter, "Parameters", "OrdersRoleArn", "AllowedPattern")));
    }

    [Fact]
    public void An_alias_is_published_by_SAM_and_its_ARN_is_an_output()
    {
        var document = Template(new DeploymentSettings { Alias = "live" });

        Assert.Equal("live", Inline(At(document, "Resources", "Orders", "Properties", "AutoPublishAlias")));
        Assert.Equal("{Description: \"ARN of the alias live of the state machine Orders\", Value: !Sub \"${Orders}:live\"}", Inline(At(document, "Outputs", "OrdersAliasArn")));
    }

    /// <summary>
    /// SAM cannot set EncryptionConfiguration, so an encrypted machine is a CloudFormation state machine with its own role;
    /// the role may use the key (kms:Decrypt, kms:GenerateDataKey) for this machine's data only, granted once the machine exists.
    /// </summary>
    [Fact]
    public void A_customer_managed_key_makes_a_CloudFormation_state_machine_with_its_own_role_and_the_key_s_use_for_this_machine_only()
    {
        const string key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

        var document = Template(new DeploymentSettings { KmsKeyArn = key, KmsDataKeyReusePeriodSeconds = 600, Alias = "live", Tags = EquatableArray.Create(new DeploymentTag("team", "payments")) });

        var machine = At(document, "Resources", "Orders", "Properties")!;
        Assert.Equal("AWS::StepFunctions::StateMachine", Inline(At(document, "Resources", "Orders", "Type")));
        Assert.Equal("Orders.asl.json", Inline(At(machine, "DefinitionS3Location")));
        Assert.Equal("!GetAtt OrdersRole.Arn", Inline(At(machine, "RoleArn")));
        Assert.Equal($"{{Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: \"{key}\", KmsDataKeyReusePeriodSeconds: 600}}", Inline(At(machine, "EncryptionConfiguration")));
        Assert.Equal("[{Key: team, Value: payments}]", Inline(At(machine, "Tags")));
        Assert.Equal("{Version: \"2012-10-17\", Statement: [{Effect: Allow, Principal: {Service: states.amazonaws.com}, Action: \"sts:AssumeRole\"}]}",
            Inline(At(document, "Resources", "OrdersRole", "Properties", "AssumeRolePolicyDocument")));
        Assert.Equal(Invoke, Inline(At(document, "Resources", "OrdersRole", "Properties", "Policies", "#0", "PolicyDocument", "Statement", "#0")));
        Assert.Equal($"{{Sid: UseEncryptionKey, Effect: Allow, Action: [\"kms:Decrypt\", \"kms:GenerateDataKey\"], Resource: [\"{key}\"], "
            + "Condition: {StringEquals: {\"kms:EncryptionContext:aws:states:stateMachineArn\": !Ref Orders}}}",
            Inline(At(document, "Resources", "OrdersSelfPolicy", "Properties", "PolicyDocument", "Statement", "#0")));
        Assert.Equal("[!Ref OrdersRole]", Inline(At(document, "Resources", "OrdersSelfPolicy", "Properties", "Roles")));
        Assert.Equal("{StateMachineArn: !Ref Orders, StateMachineRevisionId: !GetAtt Orders.StateMachineRevisionId}", Inline(At(document, "Resources", "OrdersVersion", "Properties")));
        Assert.Equal("{Name: live, RoutingConfiguration: [{StateMachineVersionArn: !Ref OrdersVersion, Weight: 100}]}", Inline(At(document, "Resources", "OrdersAlias", "Properties")));
    }

    /// <summary>
    /// https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html (step 3): an encrypted machine that logs
    /// also needs kms:GenerateDataKey on its key for the log delivery, with the encryption context SourceArn of the account's logs.
    /// </summary>
    [Fact]
    public void An_encrypted_machine_that_logs_may_use_its_key_for_log_delivery()
    {
        const string key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

        var document = Template(new DeploymentSettings { KmsKeyArn = key, LogLevel = LogLevels.Error });

        var statements = ((YamlSequence)At(document, "Resources", "OrdersRole", "Properties", "Policies", "#0", "PolicyDocument", "Statement")!).Items.Select(YamlWriter.InlineText);
        Assert.Contains($"{{Sid: UseEncryptionKeyForLogs, Effect: Allow, Action: [\"kms:GenerateDataKey\"], Resource: [\"{key}\"], "
            + "Condition: {StringEquals: {\"kms:EncryptionContext:SourceArn\": !Sub \"arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*\"}}}", statements);
    }
}
