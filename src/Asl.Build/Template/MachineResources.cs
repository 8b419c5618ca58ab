using System;
using System.Collections.Generic;
using System.Globalization;
using Asl.Build.Yaml;
using Asl.Deployment;

namespace Asl.Build.Template;

/// <summary>
/// The resources and outputs of one state machine. Usually an <c>AWS::Serverless::StateMachine</c>, whose role SAM
/// creates from the <c>Policies</c>; with a customer managed key, which SAM cannot configure, an
/// <c>AWS::StepFunctions::StateMachine</c> with its own <c>AWS::IAM::Role</c> (and, for an alias, its version and
/// alias resources). Beside it: the log group the template creates, and the policy of statements that name the
/// machine itself, attached to the role once the machine exists.
/// </summary>
internal sealed class MachineResources(PlannedMachine planned, string id, YamlMapping substitutions, ResourceNodes nodes)
{
    /// <summary>The logical IDs a machine's companions take: ID + each suffix.</summary>
    public static readonly string[] CompanionSuffixes = { "Role", "LogGroup", "SelfPolicy", "Version", "Alias" };

    private DeploymentSettings Settings => planned.Machine.Settings;

    private bool Encrypted => Settings.KmsKeyArn is not null;

    private bool GeneratedRole => Settings.RoleArn is null;

    public IEnumerable<KeyValuePair<string, YamlNode>> Resources()
    {
        var (role, self) = GeneratedRole ? Policies.Statements(planned.Machine.Permissions, nodes) : (new YamlSequence(), new YamlSequence());
        if (Encrypted)
        {
            if (GeneratedRole) yield return Pair(id + "Role", Role(role));
            yield return Pair(id, StepFunctionsMachine());
            if (Settings.Alias is { } alias)
            {
                yield return Pair(id + "Version", Resource("AWS::StepFunctions::StateMachineVersion", new YamlMapping
                {
                    { "StateMachineArn", YamlNode.Ref(id) },
                    { "StateMachineRevisionId", YamlNode.GetAtt(id, "StateMachineRevisionId") },
                }));
                yield return Pair(id + "Alias", Resource("AWS::StepFunctions::StateMachineAlias", new YamlMapping
                {
                    { "Name", alias },
                    { "RoutingConfiguration", new YamlSequence { new YamlMapping { { "StateMachineVersionArn", YamlNode.Ref(id + "Version") }, { "Weight", Number(100) } } } },
                }));
            }
        }
        else yield return Pair(id, ServerlessMachine(role));
        if (Settings.IsLogging && Settings.LogGroup is null)
        {
            var logGroup = new YamlMapping { { "LogGroupName", YamlNode.Sub("/aws/vendedlogs/states/${AWS::StackName}-" + id) } };
            if (Settings.LogRetentionDays > 0) logGroup.Add("RetentionInDays", Number(Settings.LogRetentionDays));
            yield return Pair(id + "LogGroup", Resource("AWS::Logs::LogGroup", logGroup));
        }
        if (self.Count > 0)
        {
            // The statements name the machine, so they can only be attached once it exists: the role it is created with cannot hold them.
            yield return Pair(id + "SelfPolicy", Resource("AWS::IAM::Policy", new YamlMapping
            {
                { "PolicyName", (id.Length > 118 ? id.Substring(0, 118) : id) + "SelfPolicy" },
                { "Roles", new YamlSequence { YamlNode.Ref(id + "Role") } },
                { "PolicyDocument", Policies.Document(self) },
            }));
        }
    }

    public IEnumerable<KeyValuePair<string, YamlNode>> Outputs()
    {
        var name = planned.Machine.Name;
        yield return Pair(id + "Arn", new YamlMapping { { "Description", $"ARN of the state machine {name}" }, { "Value", YamlNode.Ref(id) } });
        if (Settings.Alias is { } alias)
            yield return Pair(id + "AliasArn", new YamlMapping { { "Description", $"ARN of the alias {alias} of the state machine {name}" }, { "Value", YamlNode.Sub("${" + id + "}:" + alias) } });
        // The role is <ID>Role (SAM's name for the role it creates, or the template's own); a parent stack attaches
        // what the template could not grant (ASL0903) to it.
        if (GeneratedRole)
            yield return Pair(id + "RoleName", new YamlMapping { { "Description", $"Name of the IAM role of the state machine {name}" }, { "Value", YamlNode.Ref(id + "Role") } });
    }

    private YamlMapping ServerlessMachine(YamlSequence statements)
    {
        var properties = new YamlMapping
        {
            { "Type", planned.Machine.IsExpress ? "EXPRESS" : "STANDARD" },
            { "DefinitionUri", planned.FileName },
        };
        if (substitutions.Count > 0) properties.Add("DefinitionSubstitutions", substitutions);
        if (Settings.RoleArn is { } role) properties.Add("Role", nodes.Text(role));
        else if (statements.Count > 0) properties.Add("Policies", new YamlSequence { Policies.Document(statements) });
        if (Settings.IsLogging) properties.Add("Logging", Logging());
        if (Settings.Tracing) properties.Add("Tracing", new YamlMapping { { "Enabled", Boolean(true) } });
        if (Settings.Tags.Count > 0)
        {
            var tags = new YamlMapping();
            foreach (var tag in Settings.Tags) tags.Add(tag.Key, tag.Value);
            properties.Add("Tags", tags);
        }
        if (Settings.Alias is { } alias) properties.Add("AutoPublishAlias", alias);
        return Resource("AWS::Serverless::StateMachine", properties);
    }

    private YamlMapping StepFunctionsMachine()
    {
        var properties = new YamlMapping
        {
            { "StateMachineType", planned.Machine.IsExpress ? "EXPRESS" : "STANDARD" },
            // A local path, which sam deploy and aws cloudformation package upload and replace with its S3 location.
            { "DefinitionS3Location", planned.FileName },
        };
        if (substitutions.Count > 0) properties.Add("DefinitionSubstitutions", substitutions);
        properties.Add("RoleArn", Settings.RoleArn is { } role ? nodes.Text(role) : YamlNode.GetAtt(id + "Role", "Arn"));
        if (Settings.IsLogging) properties.Add("LoggingConfiguration", Logging());
        if (Settings.Tracing) properties.Add("TracingConfiguration", new YamlMapping { { "Enabled", Boolean(true) } });
        var encryption = new YamlMapping { { "Type", "CUSTOMER_MANAGED_KMS_KEY" }, { "KmsKeyId", nodes.Text(Settings.KmsKeyArn!) } };
        if (Settings.KmsDataKeyReusePeriodSeconds > 0) encryption.Add("KmsDataKeyReusePeriodSeconds", Number(Settings.KmsDataKeyReusePeriodSeconds));
        properties.Add("EncryptionConfiguration", encryption);
        if (Settings.Tags.Count > 0)
        {
            var tags = new YamlSequence();
            foreach (var tag in Settings.Tags) tags.Add(new YamlMapping { { "Key", tag.Key }, { "Value", tag.Value } });
            properties.Add("Tags", tags);
        }
        return Resource("AWS::StepFunctions::StateMachine", properties);
    }

    /// <summary>The role Step Functions assumes, with the machine's statements.</summary>
    private static YamlMapping Role(YamlSequence statements)
    {
        var properties = new YamlMapping
        {
            {
                "AssumeRolePolicyDocument", Policies.Document(new YamlSequence
                {
                    new YamlMapping
                    {
                        { "Effect", "Allow" },
                        { "Principal", new YamlMapping { { "Service", "states.amazonaws.com" } } },
                        { "Action", "sts:AssumeRole" },
                    },
                })
            },
        };
        if (statements.Count > 0)
            properties.Add("Policies", new YamlSequence { new YamlMapping { { "PolicyName", "StateMachine" }, { "PolicyDocument", Policies.Document(statements) } } });
        return Resource("AWS::IAM::Role", properties);
    }

    /// <summary>Level, execution data and the log group: the one the template creates, or the one named (a name, an ARN or a parameter).</summary>
    private YamlMapping Logging()
    {
        YamlNode group;
        if (Settings.LogGroup is not { } named) group = YamlNode.GetAtt(id + "LogGroup", "Arn");
        else if (named.StartsWith("arn:", StringComparison.Ordinal)) group = YamlNode.Text(named.EndsWith(":*", StringComparison.Ordinal) ? named : named + ":*");
        else if (named.StartsWith("${", StringComparison.Ordinal)) group = nodes.Text(named);
        else group = YamlNode.Sub(ResourceNodes.Account("logs") + "log-group:" + named + ":*");
        return new YamlMapping
        {
            { "Level", Settings.LogLevel },
            { "IncludeExecutionData", Boolean(Settings.LogExecutionData) },
            { "Destinations", new YamlSequence { new YamlMapping { { "CloudWatchLogsLogGroup", new YamlMapping { { "LogGroupArn", group } } } } } },
        };
    }

    private static YamlMapping Resource(string type, YamlMapping properties) => new() { { "Type", type }, { "Properties", properties } };

    private static KeyValuePair<string, YamlNode> Pair(string key, YamlNode value) => new(key, value);

    private static YamlScalar Number(int value) => new(value.ToString(CultureInfo.InvariantCulture)) { IsNumber = true };

    private static YamlScalar Boolean(bool value) => new(value ? "true" : "false") { IsNumber = true };
}
