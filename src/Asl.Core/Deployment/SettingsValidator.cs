using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Asl.Deployment;

/// <summary>A deployment setting CloudFormation (or Step Functions) would reject, or one that has no effect.</summary>
/// <param name="Setting">The setting's name, as <see cref="DeploymentSettings"/> spells it; for one tag <c>Tags/INDEX</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="IsError">True when the deployment would fail; false for a setting that has no effect.</param>
public sealed record SettingProblem(string Setting, string Message, bool IsError = true);

/// <summary>Checks deployment settings against what CloudFormation, IAM, KMS and Step Functions accept.</summary>
public static class SettingsValidator
{
    /// <summary>The retention periods CloudWatch Logs accepts, in days.</summary>
    public static readonly IReadOnlyList<int> RetentionDays = new[]
    {
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    };

    private static readonly Regex RoleArn = new(@"^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\w+=,.@/-]{1,512}$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyArn = new(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", RegexOptions.CultureInvariant);
    private static readonly Regex AliasArn = new(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:alias/", RegexOptions.CultureInvariant);
    private static readonly Regex LogGroupArn = new(@"^arn:aws[a-z-]*:logs:[a-z0-9-]+:[0-9]{12}:log-group:[\w.\-/#]{1,512}(:\*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex LogGroupName = new(@"^[\w.\-/#]{1,512}$", RegexOptions.CultureInvariant);
    private static readonly Regex AliasName = new(@"^(?=.*[A-Za-z_.\-])[A-Za-z0-9_.\-]{1,80}$", RegexOptions.CultureInvariant);
    private static readonly Regex TagText = new(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Placeholder = new(@"^\$\{[A-Za-z0-9_:.\-]+\}$", RegexOptions.CultureInvariant);

    /// <summary>Every problem of <paramref name="settings"/>, in the order of its properties.</summary>
    public static IReadOnlyList<SettingProblem> Validate(DeploymentSettings settings)
    {
        var problems = new List<SettingProblem>();
        if (settings.LogLevel is not (LogLevels.Off or LogLevels.All or LogLevels.Error or LogLevels.Fatal))
            problems.Add(new SettingProblem(nameof(settings.LogLevel), $"LogLevel '{settings.LogLevel}' is none of OFF, ALL, ERROR and FATAL."));
        if (!settings.IsLogging)
        {
            if (settings.LogExecutionData) problems.Add(Ignored(nameof(settings.LogExecutionData)));
            if (settings.LogGroup is not null) problems.Add(Ignored(nameof(settings.LogGroup)));
            if (settings.LogRetentionDays != 0) problems.Add(Ignored(nameof(settings.LogRetentionDays)));
        }
        if (settings.LogGroup is { } group && !Placeholder.IsMatch(group) && !LogGroupArn.IsMatch(group) && !(LogGroupName.IsMatch(group) && !group.StartsWith("arn:", StringComparison.Ordinal)))
            problems.Add(new SettingProblem(nameof(settings.LogGroup),
                $"LogGroup '{group}' is neither a log group name (letters, digits and _ - . / #) nor a log group ARN (arn:aws:logs:REGION:ACCOUNT:log-group:NAME) nor a ${{Placeholder}}."));
        if (settings.LogRetentionDays != 0 && !RetentionDays.Contains(settings.LogRetentionDays))
            problems.Add(new SettingProblem(nameof(settings.LogRetentionDays),
                $"LogRetentionDays {settings.LogRetentionDays} is no retention period CloudWatch Logs offers; use one of {string.Join(", ", RetentionDays)}, or 0 to keep records forever."));
        if (settings.LogRetentionDays != 0 && settings.LogGroup is not null)
            problems.Add(new SettingProblem(nameof(settings.LogRetentionDays),
                "LogRetentionDays applies to the log group the template creates; the existing LogGroup keeps its own retention. Remove one of them.", IsError: false));
        ValidateTags(settings, problems);
        if (settings.RoleArn is { } role && !Placeholder.IsMatch(role) && !RoleArn.IsMatch(role))
            problems.Add(new SettingProblem(nameof(settings.RoleArn), $"RoleArn '{role}' is no IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME) nor a ${{Placeholder}}."));
        if (settings.KmsKeyArn is { } key && !Placeholder.IsMatch(key) && !KeyArn.IsMatch(key))
            problems.Add(new SettingProblem(nameof(settings.KmsKeyArn), AliasArn.IsMatch(key)
                ? $"KmsKeyArn '{key}' is an alias ARN; the role's kms:Decrypt and kms:GenerateDataKey statement must name the key itself. Use the key's ARN (arn:aws:kms:REGION:ACCOUNT:key/ID)."
                : $"KmsKeyArn '{key}' is no KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID) nor a ${{Placeholder}}; the template needs the key's ARN to grant the role its use."));
        if (settings.KmsDataKeyReusePeriodSeconds != 0 && settings.KmsDataKeyReusePeriodSeconds is < 60 or > 900)
            problems.Add(new SettingProblem(nameof(settings.KmsDataKeyReusePeriodSeconds),
                $"KmsDataKeyReusePeriodSeconds {settings.KmsDataKeyReusePeriodSeconds} is outside 60 to 900 seconds, which Step Functions accepts; use 0 for its default (300)."));
        if (settings.KmsDataKeyReusePeriodSeconds != 0 && settings.KmsKeyArn is null)
            problems.Add(new SettingProblem(nameof(settings.KmsDataKeyReusePeriodSeconds), "KmsDataKeyReusePeriodSeconds applies only with a KmsKeyArn; set the key or remove it.", IsError: false));
        if (settings.Alias is { } alias && !AliasName.IsMatch(alias))
            problems.Add(new SettingProblem(nameof(settings.Alias),
                $"Alias '{alias}' is no state machine alias name: 1 to 80 letters, digits, '_', '-' and '.', not only digits."));
        return problems;
    }

    private static SettingProblem Ignored(string setting) =>
        new(setting, $"{setting} has no effect while LogLevel is OFF; set LogLevel to ALL, ERROR or FATAL, or remove {setting}.", IsError: false);

    private static void ValidateTags(DeploymentSettings settings, List<SettingProblem> problems)
    {
        if (settings.Tags.Count > 50)
            problems.Add(new SettingProblem(nameof(settings.Tags), $"{settings.Tags.Count} tags exceed the 50 a state machine can have."));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < settings.Tags.Count; i++)
        {
            var tag = settings.Tags[i];
            var at = "Tags/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (tag.Key.Length is 0 or > 128 || !TagText.IsMatch(tag.Key))
                problems.Add(new SettingProblem(at, $"Tag key '{tag.Key}' must be 1 to 128 letters, digits, spaces and _ . : / = + - @."));
            else if (tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                problems.Add(new SettingProblem(at, $"Tag key '{tag.Key}' starts with 'aws:', which AWS reserves for its own tags."));
            else if (!seen.Add(tag.Key))
                problems.Add(new SettingProblem(at, $"Tag key '{tag.Key}' is given twice; a resource has one value per key."));
            if (tag.Value.Length > 256 || !TagText.IsMatch(tag.Value))
                problems.Add(new SettingProblem(at, $"The value of tag '{tag.Key}' must be at most 256 letters, digits, spaces and _ . : / = + - @."));
        }
    }
}
