using System;
using System.Text.RegularExpressions;
using Asl.Build.Json;

namespace Asl.Build.Permissions;

/// <summary>
/// Walks every state of a definition (top level, Parallel branches, Map processors) and lists what its
/// Task states need the state machine's role to allow: child executions (states:startExecution in all three
/// patterns, optimized or through aws-sdk:sfn), Lambda invocations (lambda:invoke, aws-sdk:lambda, a function
/// ARN or <c>${Placeholder}</c> as the Resource), roles that Tasks run as (Credentials) and, as gaps,
/// everything else that needs a permission.
/// </summary>
internal static class DefinitionScanner
{
    private static readonly Regex WholePlaceholder = new(@"^\$\{([A-Za-z0-9_:.\-]+)\}$", RegexOptions.CultureInvariant);

    public static Requirements Scan(JsonValue definition)
    {
        var found = new Requirements();
        ScanContainer(definition as JsonObject, found, depth: 0);
        return found;
    }

    private static void ScanContainer(JsonObject? container, Requirements found, int depth)
    {
        // The generator's validator bounds nesting far below this; the limit only guards against odd input.
        if (container?["States"] is not JsonObject states || depth > 64) return;
        foreach (var member in states.Members)
        {
            if (member.Value is not JsonObject state) continue;
            switch (state["Type"]?.AsString)
            {
                case "Task":
                    ScanTask(member.Key, state, found);
                    break;
                case "Parallel" when state["Branches"] is JsonArray branches:
                    foreach (var branch in branches.Items) ScanContainer(branch as JsonObject, found, depth + 1);
                    break;
                case "Map":
                    ScanMap(member.Key, state, found, depth);
                    break;
            }
        }
    }

    private static void ScanMap(string name, JsonObject state, Requirements found, int depth)
    {
        var processor = state["ItemProcessor"] as JsonObject ?? state["Iterator"] as JsonObject;
        ScanContainer(processor, found, depth + 1);
        if ((processor?["ProcessorConfig"] as JsonObject)?["Mode"]?.AsString == "DISTRIBUTED")
            found.Gaps.Add(new PermissionGap(name,
                "is a distributed Map, which runs its items as child executions of this same state machine: the role needs states:StartExecution on the machine and states:DescribeExecution and states:StopExecution on its executions",
                IsDynamic: false));
        foreach (var field in new[] { "ItemReader", "ResultWriter" })
        {
            if ((state[field] as JsonObject)?["Resource"]?.AsString is { } resource)
                found.Gaps.Add(new PermissionGap(name, $"reads or writes Amazon S3 through its {field} ({resource})", IsDynamic: false));
        }
    }

    private static void ScanTask(string name, JsonObject state, Requirements found)
    {
        if (state["Resource"]?.AsString is not { } resource) return;
        if (state["Credentials"] is JsonObject credentials)
        {
            // The call runs as that role, which must allow it; this machine's role only needs to assume it.
            if (Reference(name, credentials, "RoleArn", found) is { } role) found.Roles.Add(new AssumedRole(role));
            return;
        }
        var arguments = state["Parameters"] ?? state["Arguments"];
        if (IntegrationOf(resource) is { } integration)
        {
            switch (integration.Service + ":" + integration.Api)
            {
                case "states:startExecution":
                case "aws-sdk:sfn:startExecution":
                    if (Reference(name, arguments, "StateMachineArn", found) is { } machine)
                        found.Children.Add(new ChildStart(machine, integration.Pattern is ".sync" or ".sync:2"));
                    return;
                case "lambda:invoke":
                case "aws-sdk:lambda:invoke":
                    if (Reference(name, arguments, "FunctionName", found) is { } function)
                        found.Functions.Add(new FunctionInvoke(function));
                    return;
                default:
                    found.Gaps.Add(new PermissionGap(name,
                        $"calls {resource}, and the template derives permissions only for child executions and Lambda functions",
                        IsDynamic: false));
                    return;
            }
        }
        if (WholePlaceholder.Match(resource) is { Success: true } placeholder)
            found.Functions.Add(new FunctionInvoke(new ArnReference.Placeholder(placeholder.Groups[1].Value)));
        else if (ArnParts(resource) is { } parts && parts[2] == "lambda" && parts.Length >= 7 && parts[5] == "function")
            found.Functions.Add(new FunctionInvoke(new ArnReference.Literal(resource)));
        else if (ArnParts(resource) is { } activity && activity[2] == "states" && activity.Length >= 7 && activity[5] == "activity")
            return; // workers poll activities with their own credentials; the state machine needs nothing
        else
            found.Gaps.Add(new PermissionGap(name, $"uses the resource {resource}, whose permissions the template does not derive", IsDynamic: false));
    }

    /// <summary>The ARN in <paramref name="field"/> of the task's Parameters or Arguments; a gap when only run time knows it.</summary>
    private static ArnReference? Reference(string state, JsonValue? arguments, string field, Requirements found)
    {
        if (arguments is JsonString)
        {
            found.Gaps.Add(new PermissionGap(state, $"computes its whole Arguments at run time, so its {field} is not known at build time", IsDynamic: true));
            return null;
        }
        if (arguments is not JsonObject members) return null;
        if (members[field + ".$"] is not null)
        {
            found.Gaps.Add(new PermissionGap(state, $"takes its {field} from a path at run time", IsDynamic: true));
            return null;
        }
        if (members[field]?.AsString is not { } value) return null;
        if (value.StartsWith("{%", StringComparison.Ordinal) && value.EndsWith("%}", StringComparison.Ordinal))
        {
            found.Gaps.Add(new PermissionGap(state, $"computes its {field} with a JSONata expression at run time", IsDynamic: true));
            return null;
        }
        if (WholePlaceholder.Match(value) is { Success: true } placeholder) return new ArnReference.Placeholder(placeholder.Groups[1].Value);
        if (value.Contains("${"))
        {
            found.Gaps.Add(new PermissionGap(state, $"builds its {field} from a placeholder and literal text ({value}); use one ${{Placeholder}} for the whole value", IsDynamic: true));
            return null;
        }
        return new ArnReference.Literal(value);
    }

    /// <summary>For <c>arn:PARTITION:states:::SERVICE:API[.PATTERN]</c>, the service, the API and the pattern suffix.</summary>
    private static (string Service, string Api, string Pattern)? IntegrationOf(string resource)
    {
        if (ArnParts(resource) is not { Length: >= 7 } parts || parts[2] != "states" || parts[3].Length != 0 || parts[4].Length != 0) return null;
        var service = parts[5];
        var api = string.Join(":", parts, 6, parts.Length - 6);
        foreach (var pattern in new[] { ".sync:2", ".sync", ".waitForTaskToken" })
        {
            if (api.EndsWith(pattern, StringComparison.Ordinal)) return (service, api.Substring(0, api.Length - pattern.Length), pattern);
        }
        return (service, api, "");
    }

    private static string[]? ArnParts(string value)
    {
        var parts = value.Split(':');
        return parts.Length >= 6 && parts[0] == "arn" ? parts : null;
    }
}
