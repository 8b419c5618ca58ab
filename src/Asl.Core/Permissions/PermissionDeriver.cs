using System;
using System.Collections.Generic;
using Asl.Deployment;
using Asl.Model;
using Asl.Permissions.Integrations;

namespace Asl.Permissions;

/// <summary>
/// Derives what a state machine's role must allow from its definition: for every Task, the IAM actions and resources
/// that AWS documents for its integration and pattern (the "IAM policies for ..." pages of the Step Functions
/// Developer Guide); for a distributed Map, its child executions and its S3 reader and writer; and for the
/// deployment settings, logging, tracing and the encryption key. Works on any model, whoever wrote it (the C# DSL,
/// a JSON file); never throws.
/// </summary>
public static class PermissionDeriver
{
    /// <summary>The permissions of <paramref name="machine"/>, deployed with <paramref name="settings"/>.</summary>
    public static MachinePermissions Derive(StateMachine machine, DeploymentSettings? settings = null)
    {
        var derivation = new Derivation();
        foreach (var site in ModelWalker.States(machine))
        {
            switch (site.State)
            {
                case TaskState task:
                    TaskRules.Derive(derivation, site, task);
                    break;
                case MapState map:
                    DistributedMapRules.Derive(derivation, site, map);
                    break;
            }
        }
        if (settings is not null) SettingsRules.Derive(derivation, settings);
        return derivation.Result();
    }
}
