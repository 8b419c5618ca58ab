using System;
using System.Collections.Generic;
using Asl.Build.Permissions;
using Asl.Build.Yaml;

namespace Asl.Build.Template;

/// <summary>
/// The IAM statements a machine's role needs for its Tasks, and nothing more:
/// states:StartExecution on each child machine; for children run to completion (<c>.sync</c>, <c>.sync:2</c>)
/// also states:DescribeExecution and states:StopExecution on the child's executions and events:PutTargets,
/// events:PutRule and events:DescribeRule on the managed rule that reports their completion;
/// lambda:InvokeFunction on each function (and its versions and aliases when the Task names none);
/// sts:AssumeRole on each role a Task runs as (that role, not this one, must allow the Task's call).
/// </summary>
internal static class Policies
{
    /// <param name="planned">The machine.</param>
    /// <param name="resolve">The logical ID that fills a placeholder: a machine of the project, or a parameter.</param>
    /// <param name="isMachine">True when a logical ID is a machine of the project.</param>
    /// <param name="isFunction">True when a logical ID is a function of the project.</param>
    /// <param name="findings">Where to report a child whose executions cannot be named.</param>
    public static YamlSequence Statements(
        PlannedMachine planned, Func<string, string> resolve, Func<string, bool> isMachine, Func<string, bool> isFunction, List<BuildFinding> findings)
    {
        var starts = new Distinct();
        var executions = new Distinct();
        var functions = new Distinct();
        var waitsForChildren = false;
        foreach (var child in planned.Requirements.Children)
        {
            YamlNode? childExecutions;
            switch (child.Machine)
            {
                case ArnReference.Placeholder placeholder:
                    var id = resolve(placeholder.Name);
                    starts.Add(YamlNode.Ref(id));
                    childExecutions = isMachine(id) ? Arns.ExecutionsOfResource(id) : Arns.ExecutionsOfParameter(id);
                    break;
                case ArnReference.Literal literal:
                    starts.Add(YamlNode.Text(literal.Text));
                    childExecutions = Arns.ExecutionsOfLiteral(literal.Text);
                    break;
                default:
                    continue;
            }
            if (!child.WaitsForCompletion) continue;
            waitsForChildren = true;
            if (childExecutions is not null) executions.Add(childExecutions);
            else
                findings.Add(new BuildFinding(BuildFinding.UnderivedPermission,
                    $"State machine '{planned.Machine.Name}' runs '{((ArnReference.Literal)child.Machine).Text}' to completion, but that is no state machine ARN "
                    + "(arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), so the template cannot grant states:DescribeExecution and states:StopExecution on its executions. Write the full ARN."));
        }
        foreach (var function in planned.Requirements.Functions)
        {
            var arns = function.Function switch
            {
                ArnReference.Placeholder placeholder when isFunction(resolve(placeholder.Name)) => Arns.FunctionResource(resolve(placeholder.Name)),
                ArnReference.Placeholder placeholder => Arns.FunctionParameter(resolve(placeholder.Name)),
                ArnReference.Literal literal => Arns.Function(literal.Text),
                _ => Array.Empty<YamlNode>(),
            };
            foreach (var arn in arns) functions.Add(arn);
        }

        var roles = new Distinct();
        foreach (var assumed in planned.Requirements.Roles)
        {
            if (assumed.Role is ArnReference.Placeholder placeholder) roles.Add(YamlNode.Ref(resolve(placeholder.Name)));
            else if (assumed.Role is ArnReference.Literal literal) roles.Add(YamlNode.Text(literal.Text));
        }

        var statements = new YamlSequence();
        if (starts.Count > 0) statements.Add(Statement("StartChildExecutions", new[] { "states:StartExecution" }, starts.Items));
        if (executions.Count > 0)
            statements.Add(Statement("TrackChildExecutions", new[] { "states:DescribeExecution", "states:StopExecution" }, executions.Items));
        if (waitsForChildren)
            statements.Add(Statement("ReceiveChildCompletion", new[] { "events:PutTargets", "events:PutRule", "events:DescribeRule" }, new YamlSequence { Arns.ManagedExecutionRule() }));
        if (functions.Count > 0) statements.Add(Statement("InvokeFunctions", new[] { "lambda:InvokeFunction" }, functions.Items));
        if (roles.Count > 0) statements.Add(Statement("AssumeTaskRoles", new[] { "sts:AssumeRole" }, roles.Items));
        return statements;
    }

    private static YamlMapping Statement(string sid, IEnumerable<string> actions, YamlSequence resources)
    {
        var actionList = new YamlSequence();
        foreach (var action in actions) actionList.Add(YamlNode.Text(action));
        return new YamlMapping
        {
            { "Sid", sid },
            { "Effect", "Allow" },
            { "Action", actionList },
            { "Resource", resources },
        };
    }

    /// <summary>Resources in first-seen order, each once.</summary>
    private sealed class Distinct
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public YamlSequence Items { get; } = new();

        public int Count => Items.Count;

        public void Add(YamlNode node)
        {
            if (_seen.Add(YamlWriter.InlineText(node))) Items.Add(node);
        }
    }
}
