using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Build.Yaml;
using Asl.Permissions;

namespace Asl.Build.Template;

/// <summary>
/// The IAM policy statements of a machine's role, from the permissions the generator (or <c>asl template</c>)
/// derived: one statement per grant, Sids unique within each document. Grants that name the machine itself go to a
/// second document that the template attaches once the machine exists (it cannot be in the role the machine is
/// created with, which the machine's creation depends on).
/// </summary>
internal static class Policies
{
    /// <summary>The statements for the role, and those that name the machine itself.</summary>
    public static (YamlSequence Role, YamlSequence Self) Statements(MachinePermissions permissions, ResourceNodes nodes)
    {
        var role = new YamlSequence();
        var self = new YamlSequence();
        var roleSids = new HashSet<string>(StringComparer.Ordinal);
        var selfSids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var grant in permissions.Grants)
        {
            if (grant.IsSelfReference) self.Add(Statement(grant, nodes, selfSids));
            else role.Add(Statement(grant, nodes, roleSids));
        }
        return (role, self);
    }

    /// <summary>A policy document.</summary>
    public static YamlMapping Document(YamlSequence statements) => new() { { "Version", "2012-10-17" }, { "Statement", statements } };

    private static YamlMapping Statement(PermissionGrant grant, ResourceNodes nodes, HashSet<string> sids)
    {
        var actions = new YamlSequence();
        foreach (var action in grant.Actions) actions.Add(YamlNode.Text(action));
        var resources = new YamlSequence();
        foreach (var resource in grant.Resources) resources.Add(nodes.Of(resource));
        var statement = new YamlMapping
        {
            { "Sid", UniqueSid(grant.Sid, sids) },
            { "Effect", "Allow" },
            { "Action", actions },
            { "Resource", resources },
        };
        if (grant.Conditions.IsEmpty) return statement;
        var conditions = new YamlMapping();
        foreach (var group in grant.Conditions.GroupBy(c => c.Operator))
        {
            var keys = new YamlMapping();
            foreach (var condition in group)
            {
                if (condition.Values.Count == 1) keys.Add(condition.Key, nodes.Of(condition.Values[0]));
                else
                {
                    var values = new YamlSequence();
                    foreach (var value in condition.Values) values.Add(nodes.Of(value));
                    keys.Add(condition.Key, values);
                }
            }
            conditions.Add(group.Key, keys);
        }
        statement.Add("Condition", conditions);
        return statement;
    }

    /// <summary>The Sid with anything but letters and digits dropped, numbered when the document already has it.</summary>
    private static string UniqueSid(string sid, HashSet<string> taken)
    {
        var stem = new string(sid.Where(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9').ToArray());
        if (stem.Length == 0) stem = "Statement";
        var candidate = stem;
        for (var n = 2; !taken.Add(candidate); n++) candidate = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }
}
