using Asl.Collections;
using Asl.Deployment;
using Asl.Json;
using Asl.Permissions;

namespace Asl.Core.Tests.Deployment;

/// <summary>The text form in which the generator hands permissions and settings to the build task.</summary>
public sealed class DeploymentMetadataTests
{
    [Fact]
    public void Permissions_round_trip_with_every_kind_of_resource_condition_and_comment()
    {
        var definition = AslReader.Read("""
            {"StartAt":"H","States":{
              "H":{"Type":"Task","Resource":"arn:aws:states:::http:invoke","Parameters":{"ApiEndpoint":"https://x.example/a:b|c","Method":"POST",
                   "Authentication":{"ConnectionArn":"${Connection}"}},"Next":"S"},
              "S":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync","Parameters":{"StateMachineArn":"${ChildArn}"},"Next":"Q"},
              "Q":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"QueueUrl":"${Queue}","MessageBody.$":"$"},"End":true}}}
            """).Machine!;
        var permissions = PermissionDeriver.Derive(definition, new DeploymentSettings { Tracing = true, KmsKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k" });

        var read = DeploymentMetadata.ReadPermissions(DeploymentMetadata.Write(permissions));

        Assert.Equal(permissions.Grants, read!.Grants);
        Assert.Contains(permissions.Grants, g => g.Resources.Any(r => r.Kind == ArnPatternKind.ExecutionsOf));
        Assert.Contains(permissions.Grants, g => g.Resources.Any(r => r.Comment is not null));
        Assert.Contains(permissions.Grants, g => g.Conditions.Any(c => c.Values.Any(v => v.Kind == ArnPatternKind.ThisStateMachine)));
    }

    [Fact]
    public void Settings_round_trip()
    {
        var settings = new DeploymentSettings
        {
            LogLevel = LogLevels.Error, LogExecutionData = true, LogGroup = "a:b 1", LogRetentionDays = 14, Tracing = true,
            Tags = EquatableArray.Create(new DeploymentTag("k:1", "v 2"), new DeploymentTag("", "")), RoleArn = "${Role}", KmsDataKeyReusePeriodSeconds = 60, Alias = "live",
        };

        Assert.Equal(settings, DeploymentMetadata.ReadSettings(DeploymentMetadata.Write(settings)));
        Assert.Equal(DeploymentSettings.Default, DeploymentMetadata.ReadSettings(DeploymentMetadata.Write(DeploymentSettings.Default)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13:permissions/2")]
    [InlineData("13:permissions/11:1")]
    [InlineData("13:permissions/11:13:Sid")]
    [InlineData("99:permissions/1")]
    [InlineData("13:permissions/11:0extra")]
    public void Text_that_is_not_the_format_reads_as_null_without_throwing(string text)
    {
        Assert.Null(DeploymentMetadata.ReadPermissions(text));
        Assert.Null(DeploymentMetadata.ReadSettings(text));
    }
}
