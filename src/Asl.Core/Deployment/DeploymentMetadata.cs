using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Asl.Collections;
using Asl.Permissions;

namespace Asl.Deployment;

/// <summary>
/// The text form of a machine's permissions and deployment settings in the assembly metadata the generator writes
/// and the build task reads. A sequence of length-prefixed tokens (<c>LENGTH:TEXT</c>), so any character survives;
/// the first token names the format's version. Reading never throws: text it does not understand reads as null.
/// </summary>
internal static class DeploymentMetadata
{
    private const string PermissionsVersion = "permissions/1";
    private const string SettingsVersion = "settings/1";

    public static string Write(MachinePermissions permissions)
    {
        var text = new Tokens();
        text.Add(PermissionsVersion);
        text.Add(permissions.Grants.Count);
        foreach (var grant in permissions.Grants)
        {
            text.Add(grant.Sid);
            text.AddAll(grant.Actions);
            Write(text, grant.Resources);
            text.Add(grant.Conditions.Count);
            foreach (var condition in grant.Conditions)
            {
                text.Add(condition.Operator);
                text.Add(condition.Key);
                Write(text, condition.Values);
            }
        }
        return text.ToString();
    }

    public static MachinePermissions? ReadPermissions(string value)
    {
        var text = new Reader(value);
        try
        {
            if (text.Next() != PermissionsVersion) return null;
            var grants = new List<PermissionGrant>();
            for (var count = text.Int(); count > 0; count--)
            {
                var sid = text.Next();
                var actions = text.All();
                var resources = ReadPatterns(text);
                var conditions = new List<GrantCondition>();
                for (var n = text.Int(); n > 0; n--) conditions.Add(new GrantCondition(text.Next(), text.Next(), ReadPatterns(text)));
                grants.Add(new PermissionGrant(sid, actions, resources) { Conditions = conditions.ToEquatableArray() });
            }
            return text.AtEnd ? new MachinePermissions(grants.ToEquatableArray(), EquatableArray<PermissionNote>.Empty) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string Write(DeploymentSettings settings)
    {
        var text = new Tokens();
        text.Add(SettingsVersion);
        text.Add(settings.LogLevel);
        text.Add(settings.LogExecutionData ? 1 : 0);
        text.AddOptional(settings.LogGroup);
        text.Add(settings.LogRetentionDays);
        text.Add(settings.Tracing ? 1 : 0);
        text.Add(settings.Tags.Count);
        foreach (var tag in settings.Tags)
        {
            text.Add(tag.Key);
            text.Add(tag.Value);
        }
        text.AddOptional(settings.RoleArn);
        text.AddOptional(settings.KmsKeyArn);
        text.Add(settings.KmsDataKeyReusePeriodSeconds);
        text.AddOptional(settings.Alias);
        return text.ToString();
    }

    public static DeploymentSettings? ReadSettings(string value)
    {
        var text = new Reader(value);
        try
        {
            if (text.Next() != SettingsVersion) return null;
            var settings = new DeploymentSettings
            {
                LogLevel = text.Next(),
                LogExecutionData = text.Int() == 1,
                LogGroup = text.Optional(),
                LogRetentionDays = text.Int(),
                Tracing = text.Int() == 1,
            };
            var tags = new List<DeploymentTag>();
            for (var count = text.Int(); count > 0; count--) tags.Add(new DeploymentTag(text.Next(), text.Next()));
            settings = settings with
            {
                Tags = tags.ToEquatableArray(),
                RoleArn = text.Optional(),
                KmsKeyArn = text.Optional(),
                KmsDataKeyReusePeriodSeconds = text.Int(),
                Alias = text.Optional(),
            };
            return text.AtEnd ? settings : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Write(Tokens text, EquatableArray<ArnPattern> patterns)
    {
        text.Add(patterns.Count);
        foreach (var pattern in patterns)
        {
            text.Add(pattern.Kind.ToString());
            text.Add(pattern.Value);
            text.AddOptional(pattern.Comment);
        }
    }

    private static EquatableArray<ArnPattern> ReadPatterns(Reader text)
    {
        var patterns = new List<ArnPattern>();
        for (var count = text.Int(); count > 0; count--)
        {
            if (!Enum.TryParse<ArnPatternKind>(text.Next(), out var kind)) throw new FormatException("unknown resource kind");
            patterns.Add(new ArnPattern(kind, text.Next()) { Comment = text.Optional() });
        }
        return patterns.ToEquatableArray();
    }

    private sealed class Tokens
    {
        private readonly StringBuilder _text = new();

        public void Add(string value) => _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

        public void Add(int value) => Add(value.ToString(CultureInfo.InvariantCulture));

        public void AddOptional(string? value)
        {
            Add(value is null ? 0 : 1);
            if (value is not null) Add(value);
        }

        public void AddAll(EquatableArray<string> values)
        {
            Add(values.Count);
            foreach (var value in values) Add(value);
        }

        public override string ToString() => _text.ToString();
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public bool AtEnd => _position == text.Length;

        public string Next()
        {
            var colon = text.IndexOf(':', _position);
            if (colon < 0 || !int.TryParse(text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || colon + 1 + length > text.Length)
                throw new FormatException("truncated token");
            _position = colon + 1 + length;
            return text.Substring(colon + 1, length);
        }

        public int Int() => int.TryParse(Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException("not a number");

        public string? Optional() => Int() == 1 ? Next() : null;

        public EquatableArray<string> All()
        {
            var values = new List<string>();
            for (var count = Int(); count > 0; count--) values.Add(Next());
            return values.ToEquatableArray();
        }
    }
}
