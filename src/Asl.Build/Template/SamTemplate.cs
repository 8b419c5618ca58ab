using System;
using System.Collections.Generic;
using System.Linq;
using Asl.Build.Metadata;
using Asl.Build.Permissions;
using Asl.Build.Yaml;

namespace Asl.Build.Template;

/// <summary>
/// Writes the project's SAM template: one AWS::Serverless::StateMachine per machine (its DefinitionUri, its
/// DefinitionSubstitutions, least-privilege Policies derived from its Tasks), one AWS::Serverless::Function per
/// <c>[LambdaFunction]</c> of the project, a Parameter for each placeholder the project does not fill itself, and
/// an Output with each machine's and function's ARN. A child machine of the same project is wired with <c>!Ref</c>,
/// its executions through <c>!GetAtt Child.Name</c> inside a <c>!Sub</c>; a function with <c>!GetAtt Fn.Arn</c>.
/// </summary>
internal sealed class SamTemplate
{
    private readonly IReadOnlyList<PlannedMachine> _machines;
    private readonly IReadOnlyList<FunctionArtifact> _functions;
    private readonly string _codeUri;
    private readonly LogicalIds _ids = new();
    private readonly Dictionary<string, string> _machineIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _functionIds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, TemplateParameter> _parameters = new(StringComparer.Ordinal);
    private readonly List<BuildFinding> _findings = new();

    private SamTemplate(IReadOnlyList<PlannedMachine> machines, IReadOnlyList<FunctionArtifact> functions, string codeUri)
    {
        _machines = machines;
        _functions = functions;
        _codeUri = codeUri;
    }

    /// <summary>The template's text and what the deployer must know about it.</summary>
    /// <param name="machines">The project's machines.</param>
    /// <param name="functions">The project's Lambda functions.</param>
    /// <param name="projectName">Named in the description.</param>
    /// <param name="codeUri">The functions' code: the build output folder, relative to the template.</param>
    public static (string Text, IReadOnlyList<BuildFinding> Findings) Write(
        IReadOnlyList<PlannedMachine> machines, IReadOnlyList<FunctionArtifact> functions, string projectName, string codeUri)
    {
        var (document, findings) = Build(machines, projectName, functions, codeUri);
        var comments = new[]
        {
            $"State machines of {projectName}, written by Asl on every build: edits here are overwritten.",
            "Deploy with: sam deploy --guided (from this folder). See docs/deploy.md.",
        };
        return (YamlWriter.Write(document, comments), findings);
    }

    /// <summary>The template as a YAML tree, and what the deployer must know about it.</summary>
    public static (YamlMapping Document, IReadOnlyList<BuildFinding> Findings) Build(
        IReadOnlyList<PlannedMachine> machines, string projectName, IReadOnlyList<FunctionArtifact>? functions = null, string codeUri = "./")
    {
        var template = new SamTemplate(machines, functions ?? Array.Empty<FunctionArtifact>(), codeUri);
        return (template.Build(projectName), template._findings);
    }

    private YamlMapping Build(string projectName)
    {
        // SAM adds <ID>Role for both a function and a machine without a Role property.
        foreach (var function in _functions) _functionIds[function.Name] = _ids.Allocate(function.Name, "Function", companionSuffix: "Role");
        foreach (var planned in _machines) _machineIds[planned.Machine.Name] = _ids.Allocate(planned.Machine.Name, "StateMachine", companionSuffix: "Role");
        CollectParameters();

        var document = new YamlMapping
        {
            { "AWSTemplateFormatVersion", "2010-09-09" },
            { "Transform", "AWS::Serverless-2016-10-31" },
            { "Description", $"State machines of {projectName}" },
        };
        if (_parameters.Count > 0)
        {
            var parameters = new YamlMapping();
            foreach (var parameter in _parameters.Values) parameters.Add(parameter.LogicalId, parameter.ToYaml());
            document.Add("Parameters", parameters);
        }
        var resources = new YamlMapping();
        var outputs = new YamlMapping();
        foreach (var function in _functions)
        {
            var id = _functionIds[function.Name];
            resources.Add(id, FunctionResources.Function(function, _codeUri));
            outputs.Add(id + "Arn", new YamlMapping
            {
                { "Description", $"ARN of the Lambda function {function.Name}" },
                { "Value", YamlNode.GetAtt(id, "Arn") },
            });
        }
        foreach (var planned in _machines)
        {
            var id = _machineIds[planned.Machine.Name];
            resources.Add(id, StateMachine(planned));
            outputs.Add(id + "Arn", new YamlMapping
            {
                { "Description", $"ARN of the state machine {planned.Machine.Name}" },
                { "Value", YamlNode.Ref(id) },
            });
            // SAM names the role it creates for the machine <LogicalId>Role; a parent stack attaches what the
            // template could not derive (ASL0902, ASL0903) to it.
            outputs.Add(id + "RoleName", new YamlMapping
            {
                { "Description", $"Name of the IAM role of the state machine {planned.Machine.Name}" },
                { "Value", YamlNode.Ref(id + "Role") },
            });
        }
        document.Add("Resources", resources);
        document.Add("Outputs", outputs);
        ReportCycles();
        return document;
    }

    private YamlMapping StateMachine(PlannedMachine planned)
    {
        var properties = new YamlMapping
        {
            { "Type", planned.Machine.IsExpress ? "EXPRESS" : "STANDARD" },
            { "DefinitionUri", planned.FileName },
        };
        var substitutions = new YamlMapping();
        foreach (var placeholder in Placeholders(planned))
        {
            var id = Resolve(planned, placeholder.Name);
            substitutions.Add(placeholder.Name, IsFunction(id) ? YamlNode.GetAtt(id, "Arn") : YamlNode.Ref(id));
        }
        if (substitutions.Count > 0) properties.Add("DefinitionSubstitutions", substitutions);
        var statements = Policies.Statements(planned, placeholder => Resolve(planned, placeholder), IsMachine, IsFunction, _findings);
        if (statements.Count > 0)
            properties.Add("Policies", new YamlSequence { new YamlMapping { { "Version", "2012-10-17" }, { "Statement", statements } } });
        foreach (var gap in planned.Requirements.Gaps)
        {
            _findings.Add(new BuildFinding(gap.IsDynamic ? BuildFinding.DynamicResource : BuildFinding.UnderivedPermission,
                $"State machine '{planned.Machine.Name}': state '{gap.State}' {gap.Reason}. The generated template grants nothing for it: "
                + $"attach a policy to the role named by the stack output {_machineIds[planned.Machine.Name]}RoleName (see docs/deploy.md), "
                + "or set AslWriteTemplate=false and keep your own template."));
        }
        return new YamlMapping { { "Type", "AWS::Serverless::StateMachine" }, { "Properties", properties } };
    }

    private bool IsMachine(string logicalId) => _machineIds.ContainsValue(logicalId);

    private bool IsFunction(string logicalId) => _functionIds.ContainsValue(logicalId);

    /// <summary>The function of this project that fills the placeholder (a function of that name), else null.</summary>
    private string? ProjectFunction(string placeholder) => _functionIds.TryGetValue(placeholder, out var id) ? id : null;

    /// <summary>Every placeholder of a machine with how it is used: its substitutions, and any Task ARN placeholder they missed.</summary>
    private static IEnumerable<(string Name, string Kind)> Placeholders(PlannedMachine planned)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in planned.Machine.Substitutions) all[entry.Placeholder] = entry.Kind;
        foreach (var child in planned.Requirements.Children)
        {
            if (child.Machine is ArnReference.Placeholder p && !all.ContainsKey(p.Name)) all[p.Name] = SubstitutionEntry.StateMachineKind;
        }
        foreach (var function in planned.Requirements.Functions)
        {
            if (function.Function is ArnReference.Placeholder p && !all.ContainsKey(p.Name)) all[p.Name] = SubstitutionEntry.LambdaFunctionKind;
        }
        foreach (var role in planned.Requirements.Roles)
        {
            if (role.Role is ArnReference.Placeholder p && !all.ContainsKey(p.Name)) all[p.Name] = "Other";
        }
        return all.Select(e => (e.Key, e.Value));
    }

    /// <summary>The machine of this project that fills the placeholder, else null.</summary>
    private string? ProjectMachine(PlannedMachine planned, string placeholder)
    {
        var entry = planned.Machine.Substitutions.FirstOrDefault(s => s.Placeholder == placeholder);
        return entry is { Kind: SubstitutionEntry.StateMachineKind } && _machineIds.TryGetValue(entry.Target, out var id) ? id : null;
    }

    private void CollectParameters()
    {
        var pending = new SortedDictionary<string, TemplateParameter?>(StringComparer.Ordinal);
        var uses = new List<(string Placeholder, string Kind, string Machine)>();
        foreach (var planned in _machines)
        {
            foreach (var (name, kind) in Placeholders(planned))
            {
                if (ProjectMachine(planned, name) is null && ProjectFunction(name) is null) uses.Add((name, kind, planned.Machine.Name));
            }
        }
        // IDs go to parameters in placeholder order, after all machines, so they do not depend on machine order.
        foreach (var use in uses.OrderBy(u => u.Placeholder, StringComparer.Ordinal))
        {
            if (!_parameters.TryGetValue(use.Placeholder, out var parameter))
                _parameters[use.Placeholder] = parameter = new TemplateParameter(use.Placeholder, _ids.Allocate(use.Placeholder, "Parameter"));
            parameter.Kinds.Add(use.Kind);
            parameter.UsedBy.Add(use.Machine);
        }
    }

    /// <summary>The logical ID (machine, function or parameter) that fills a placeholder of a machine.</summary>
    private string Resolve(PlannedMachine planned, string placeholder) =>
        ProjectMachine(planned, placeholder) ?? ProjectFunction(placeholder) ?? _parameters[placeholder].LogicalId;

    /// <summary>
    /// A machine that (through DefinitionSubstitutions) needs its own ARN or an ancestor's cannot be created:
    /// CloudFormation would have to create each before the other.
    /// </summary>
    private void ReportCycles()
    {
        var edges = _machines.ToDictionary(
            m => m.Machine.Name,
            m => Placeholders(m).Select(p => ProjectMachine(m, p.Name)).Where(id => id is not null)
                .Select(id => _machineIds.First(e => e.Value == id).Key).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (reported.Contains(start) || FindPath(start, start, edges, new List<string> { start }, new HashSet<string>(StringComparer.Ordinal)) is not { } path) continue;
            foreach (var name in path) reported.Add(name);
            _findings.Add(new BuildFinding(BuildFinding.ChildCycle,
                $"State machines start each other in a loop ({string.Join(" -> ", path)}): each needs the other's ARN before it exists, so CloudFormation cannot create them. "
                + "Break the loop: take the ARN from the execution input, or from $$.StateMachine.Id to restart the same machine."));
        }
    }

    private static List<string>? FindPath(string from, string goal, Dictionary<string, List<string>> edges, List<string> path, HashSet<string> seen)
    {
        foreach (var next in edges[from])
        {
            if (next == goal) return new List<string>(path) { goal };
            if (!seen.Add(next)) continue;
            path.Add(next);
            if (FindPath(next, goal, edges, path, seen) is { } found) return found;
            path.RemoveAt(path.Count - 1);
        }
        return null;
    }
}
