using Asl.Collections;
using Asl.Deployment;

namespace Asl.Core.Tests.Deployment;

/// <summary>Deployment settings CloudFormation, IAM, KMS or Step Functions would reject (errors), and settings with no effect (warnings).</summary>
public sealed class SettingsValidatorTests
{
    private static SettingProblem Single(DeploymentSettings settings) => Assert.Single(SettingsValidator.Validate(settings));

    [Fact]
    public void The_defaults_and_a_full_valid_configuration_have_no_problems()
    {
        Assert.Empty(SettingsValidator.Validate(DeploymentSettings.Default));
        Assert.Empty(SettingsValidator.Validate(new DeploymentSettings
        {
            LogLevel = LogLevels.All, LogExecutionData = true, LogRetentionDays = 30, Tracing = true,
            Tags = EquatableArray.Create(new DeploymentTag("team", "payments"), new DeploymentTag("cost center", "")),
            RoleArn = "arn:aws:iam::123456789012:role/service-role/orders", KmsKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            KmsDataKeyReusePeriodSeconds = 900, Alias = "live",
        }));
        Assert.Empty(SettingsValidator.Validate(new DeploymentSettings { LogLevel = LogLevels.Fatal, LogGroup = "/aws/vendedlogs/states/orders" }));
        Assert.Empty(SettingsValidator.Validate(new DeploymentSettings { LogLevel = LogLevels.Fatal, LogGroup = "${Logs}", RoleArn = "${Role}", KmsKeyArn = "${Key}" }));
    }

    [Theory]
    [InlineData(10, "LogRetentionDays 10 is no retention period CloudWatch Logs offers")]
    [InlineData(-1, "LogRetentionDays -1 is no retention period")]
    public void A_retention_period_CloudWatch_Logs_does_not_offer_is_an_error(int days, string message)
    {
        var problem = Single(new DeploymentSettings { LogLevel = LogLevels.All, LogRetentionDays = days });

        Assert.True(problem.IsError);
        Assert.Equal("LogRetentionDays", problem.Setting);
        Assert.StartsWith(message, problem.Message);
    }

    [Fact]
    public void Logging_details_without_a_log_level_have_no_effect()
    {
        var problems = SettingsValidator.Validate(new DeploymentSettings { LogExecutionData = true, LogGroup = "orders" });

        Assert.Equal(["LogExecutionData", "LogGroup"], problems.Select(p => p.Setting));
        Assert.All(problems, p => Assert.False(p.IsError));
        Assert.Contains("has no effect while LogLevel is OFF", problems[0].Message);
    }

    [Fact]
    public void A_KMS_alias_is_refused_because_the_role_s_statement_must_name_the_key()
    {
        var problem = Single(new DeploymentSettings { KmsKeyArn = "arn:aws:kms:eu-west-1:123456789012:alias/orders" });

        Assert.True(problem.IsError);
        Assert.Contains("is an alias ARN", problem.Message);
        Assert.StartsWith("KmsKeyArn 'key-id' is no KMS key ARN", Single(new DeploymentSettings { KmsKeyArn = "key-id" }).Message);
    }

    [Theory]
    [InlineData(59)]
    [InlineData(901)]
    public void A_data_key_reuse_period_outside_60_to_900_seconds_is_an_error(int seconds)
    {
        var problem = Single(new DeploymentSettings { KmsKeyArn = "arn:aws:kms:eu-west-1:123456789012:key/k", KmsDataKeyReusePeriodSeconds = seconds });

        Assert.Equal("KmsDataKeyReusePeriodSeconds", problem.Setting);
        Assert.True(problem.IsError);
    }

    [Theory]
    [InlineData("orders-role", "RoleArn 'orders-role' is no IAM role ARN")]
    [InlineData("arn:aws:iam::123456789012:user/bob", "RoleArn 'arn:aws:iam::123456789012:user/bob' is no IAM role ARN")]
    public void A_role_that_is_no_role_ARN_is_an_error(string role, string message) =>
        Assert.StartsWith(message, Single(new DeploymentSettings { RoleArn = role }).Message);

    [Theory]
    [InlineData("1")]
    [InlineData("live alias")]
    public void An_alias_name_aliases_cannot_have_is_an_error(string alias) =>
        Assert.Equal("Alias", Single(new DeploymentSettings { Alias = alias }).Setting);

    [Fact]
    public void Reserved_repeated_and_malformed_tags_are_errors_on_the_tag()
    {
        var problems = SettingsValidator.Validate(new DeploymentSettings
        {
            Tags = EquatableArray.Create(new DeploymentTag("aws:owner", "x"), new DeploymentTag("team", "a"), new DeploymentTag("team", "b"), new DeploymentTag("bad{key}", "x")),
        });

        Assert.Equal(["Tags/0", "Tags/2", "Tags/3"], problems.Select(p => p.Setting));
        Assert.Contains("starts with 'aws:'", problems[0].Message);
        Assert.Contains("is given twice", problems[1].Message);
    }
}
