using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Asl.Build.Metadata;
using Asl.Build.Yaml;
using Asl.Deployment;
using Asl.Permissions;

namespace Asl.Build.Template;

/// <summary>
/// Writes the project's SAM template: a state machine per machine (its DefinitionUri, its DefinitionSubstitutions,
/// the least-privilege policies its permissions name, its logging, tracing, tags, role, key and alias), one
/// AWS::Serverless::Function per <c>[LambdaFunction]</c> of the project, a Parameter for each placeholder the project
/// does not fill itself, and Outputs with each machine's and function's ARN. A child machine of the same project is
/// wired with <c>!Ref</c>, its executions through <c>!GetAtt Child.Name</c> inside a <c>!Sub</c>; a function with
/// <c>!GetAtt Fn.Arn</c>.
/// </summary>
internal sealed class SamTemplate
{
    private static readonly Regex PlaceholderPattern = new(@"\$\{([A-Za-z0-9_:.\-]+)\}", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<PlannedMachine> _machines;
    private readonly IReadOnlyList<FunctionArtifact> _functions;
    private readonly string _codeUri;
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly LogicalIds _ids = new();
    private readonly Dictionary<string, string> _machineIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _functionIds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, TemplateParameter> _parameters = new(StringComparer.Ordinal);
    private readonly List<BuildFinding> _findings = new();

    private SamTemplate(IReadOnlyList<PlannedMachine> machines, IReadOnlyList<FunctionArtifact> functions, string codeUri, IReadOnlyDictionary<string, string> values)
    {
        _machines = machines;
        _functions = functions;
        _codeUri = codeUri;
        _values = values;
    }

    /// <summary>The template's text and what the deployer must know about it.</summary>
    /// <param name="machines">The machines.</param>
    /// <param name="functions">The project's Lambda functions.</param>
    /// <param name="projectName">Named in the description.</param>
    /// <param name="codeUri">The functions' code: the build output folder, relative to the template.</param>
    /// <param name="header">The comment lines at the top; the build's own when null.</param>
    /// <param name="values">Placeholders filled with a fixed value instead of a parameter.</param>
    public static (string Text, IReadOnlyList<BuildFinding> Findings) Write(
        IReadOnlyList<PlannedMachine> machines, IReadOnlyList<FunctionArtifact> functions, string projectName, string codeUri,
        IReadOnlyList<string>? header = null, IReadOnlyDictionary<string, string>? values = null)
    {
        var (document, findings) = Build(machines, projectName, functions, codeUri, values);
        var comments = header ?? new[]
        {
            $"State machines of {projectName}, written by Asl on every build: edits here are overwritten.",
            "Deploy with: sam deploy --guided (from this folder). See docs/deploy.md.",
        };
        return (YamlWriter.Write(document, comments), findings);
    }

    /// <summary>The template as a YAML tree, and what the deployer must know about it.</summary>
    public static (YamlMapping Document, IReadOnlyList<BuildFinding> Findings) Build(
        IReadOnlyList<PlannedMachine> machines, string projectName, IReadOnlyList<FunctionArtifact>? functions = null, string codeUri = "./",
        IReadOnlyDictionary<string, string>? values = null)
    {
        var template = new SamTemplate(machines, functions ?? Array.Empty<FunctionArtifact>(), codeUri, values ?? new Dictionary<string, string>());
        return (template.Build(projectName), template._findings);
    }

    private YamlMapping Build(string projectName)
    {
        // SAM adds <ID>Role for both a function and a machine without a Role property; a machine's other companions are the template's.
        foreach (var function in _functions) _functionIds[function.Name] = _ids.Allocate(function.Name, "Function", "Role");
        foreach (var planned in _machines) _machineIds[planned.Machine.Name] = _ids.Allocate(planned.Machine.Name, "StateMachine", MachineResources.CompanionSuffixes);
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
            var machine = new MachineResources(planned, id, Substitutions(planned), new ResourceNodes(placeholder => Fill(planned, placeholder), id));
            foreach (var resource in machine.Resources()) resources.Add(resource.Key, resource.Value);
            foreach (var output in machine.Outputs()) outputs.Add(output.Key, output.Value);
        }
        document.Add("Resources", resources);
        document.Add("Outputs", outputs);
        ReportCycles();
        return document;
    }

    /// <summary>The machine's DefinitionSubstitutions: each placeholder of its definition and what fills it.</summary>
    private YamlMapping Substitutions(PlannedMachine planned)
    {
        var substitutions = new YamlMapping();
        foreach (var (name, _) in DefinitionPlaceholders(planned))
        {
            substitutions.Add(name, Fill(planned, name) switch
            {
                Filler.Machine machine => YamlNode.Ref(machine.LogicalId),
                Filler.Function function => YamlNode.GetAtt(function.LogicalId, "Arn"),
                Filler.Parameter parameter => YamlNode.Ref(parameter.LogicalId),
                Filler.Value value => YamlNode.Text(value.Text),
                _ => YamlNode.Text(""),
            });
        }
        return substitutions;
    }

    /// <summary>The machine of this project that fills the placeholder, else null.</summary>
    private string? ProjectMachine(PlannedMachine planned, string placeholder)
    {
        var entry = planned.Machine.Substitutions.FirstOrDefault(s => s.Name == placeholder);
        return entry is { Kind: PlaceholderKinds.StateMachine } && _machineIds.TryGetValue(entry.Target, out var id) ? id : null;
    }

    /// <summary>The function of this project that fills the placeholder (a function of that name), else null.</summary>
    private string? ProjectFunction(string placeholder) => _functionIds.TryGetValue(placeholder, out var id) ? id : null;

    /// <summary>What fills a placeholder of a machine: a value given for it, one of the project's machines or functions, or a parameter.</summary>
    private Filler Fill(PlannedMachine planned, string placeholder)
    {
        if (_values.TryGetValue(placeholder, out var value)) return new Filler.Value(value);
        if (ProjectMachine(planned, placeholder) is { } machine) return new Filler.Machine(machine);
        if (ProjectFunction(placeholder) is { } function) return new Filler.Function(function);
        return _parameters.TryGetValue(placeholder, out var parameter) ? new Filler.Parameter(parameter.LogicalId) : new Filler.Value("${" + placeholder + "}");
    }

    /// <summary>
    /// Every placeholder of a machine's definition with how it is used: its recorded substitutions, and any its
    /// permissions name that they missed.
    /// </summary>
    private static IEnumerable<(string Name, string Kind)> DefinitionPlaceholders(PlannedMachine planned)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in planned.Machine.Substitutions) all[entry.Name] = entry.Kind;
        foreach (var grant in planned.Machine.Permissions.Grants)
        {
            foreach (var pattern in grant.Resources.Concat(grant.Conditions.SelectMany(c => c.Values)))
            {
                foreach (Match match in PlaceholderPattern.Matches(pattern.Value))
                {
                    var name = match.Groups[1].Value;
                    if (name.StartsWith("AWS::", StringComparison.Ordinal) || all.ContainsKey(name)) continue;
                    all[name] = pattern.Kind == ArnPatternKind.ExecutionsOf ? PlaceholderKinds.StateMachine : PlaceholderKinds.Other;
                }
            }
        }
        return all.Select(e => (e.Key, e.Value));
    }

    /// <summary>The placeholders of a machine's settings (an existing role, log group or key given by parameter).</summary>
    private static IEnumerable<(string Name, string Kind)> SettingPlaceholders(DeploymentSettings settings)
    {
        foreach (var (text, kind) in new[]
        {
            (settings.RoleArn, TemplateParameter.RoleKind), (settings.IsLogging ? settings.LogGroup : null, TemplateParameter.LogGroupKind),
            (settings.KmsKeyArn, TemplateParameter.KmsKeyKind),
        })
        {
            if (text is not null && PlaceholderPattern.Match(text) is { Success: true } match && match.Length == text.Length) yield return (match.Groups[1].Value, kind);
        }
    }

    private void CollectParameters()
    {
        var uses = new List<(string Placeholder, string Kind, string Machine)>();
        foreach (var planned in _machines)
        {
            foreach (var (name, kind) in DefinitionPlaceholders(planned).Concat(SettingPlaceholders(planned.Machine.Settings)))
            {
                if (!_values.ContainsKey(name) && ProjectMachine(planned, name) is null && ProjectFunction(name) is null) uses.Add((name, kind, planned.Machine.Name));
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

    /// <summary>
    /// A machine that (through DefinitionSubstitutions) needs its own ARN or an ancestor's cannot be created:
    /// CloudFormation would have to create each before the other.
    /// </summary>
    private void ReportCycles()
    {
        var edges = _machines.ToDictionary(
            m => m.Machine.Name,
            m => DefinitionPlaceholders(m).Select(p => ProjectMachine(m, p.Name)).Where(id => id is not null)
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
