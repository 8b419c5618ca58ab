using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Asl.Collections;
using Asl.Json;
using Asl.Model;
using Asl.Permissions.Integrations;

namespace Asl.Deployment;

/// <summary>A <c>${Name}</c> placeholder of a definition and what fills it.</summary>
/// <param name="Name">The placeholder's name.</param>
/// <param name="Kind"><see cref="PlaceholderKinds.StateMachine"/> (a child machine's ARN), <see cref="PlaceholderKinds.LambdaFunction"/>, or <see cref="PlaceholderKinds.Other"/>.</param>
/// <param name="Target">For a child machine the machine's name (the placeholder's name without "Arn"); otherwise the placeholder's name.</param>
/// <param name="Patterns">For a child machine, each way the parent starts it (RequestResponse, RunJob, RunJobJson, WaitForTaskToken).</param>
public sealed record DefinitionPlaceholder(string Name, string Kind, string Target, EquatableArray<string> Patterns)
{
    private static readonly Regex Placeholder = new(@"\$\{([A-Za-z0-9_:.\-]+)\}", RegexOptions.CultureInvariant);

    /// <summary>
    /// Every placeholder of the machine's states, sorted by name: the StateMachineArn of a child execution
    /// (states:startExecution in any pattern, or aws-sdk:sfn:startExecution), the FunctionName of a Lambda invocation
    /// (or a placeholder Resource), and anything else (a Task's parameters, a Map's item reader and result writer,
    /// a Pass state's result, ...).
    /// </summary>
    public static EquatableArray<DefinitionPlaceholder> Of(StateMachine machine)
    {
        var found = new Dictionary<string, DefinitionPlaceholder>();
        foreach (var site in ModelWalker.States(machine))
        {
            if (site.State is TaskState task) Classify(task, found);
            foreach (var text in Texts(site.State)) Add(found, text, PlaceholderKinds.Other, null);
        }
        return found.Values.OrderBy(s => s.Name, System.StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The strings of a state's fields that DefinitionSubstitutions can fill.</summary>
    private static IEnumerable<string> Texts(State state)
    {
        var values = new List<AslJson?>();
        if (state is FlowState flow) values.AddRange(new[] { flow.Output, flow.Assign });
        if (state is WorkState work) values.AddRange(new[] { work.Parameters, work.ResultSelector });
        switch (state)
        {
            case TaskState task:
                values.AddRange(new[] { task.Arguments, task.Credentials });
                return Strings(task.Resource).Concat(values.SelectMany(Strings));
            case PassState pass:
                values.AddRange(new[] { pass.Parameters, pass.Result });
                break;
            case MapState map:
                values.AddRange(new[] { map.ItemSelector, map.ItemReader?.Parameters, map.ItemReader?.Arguments, map.ResultWriter?.Parameters, map.ResultWriter?.Arguments });
                return Strings(map.ItemReader?.Resource).Concat(Strings(map.ResultWriter?.Resource)).Concat(values.SelectMany(Strings));
        }
        return values.SelectMany(Strings);
    }

    private static void Classify(TaskState task, Dictionary<string, DefinitionPlaceholder> found)
    {
        var arguments = (task.Parameters ?? task.Arguments) as AslJsonObject;
        if (TaskRules.Integration(task.Resource ?? "") is var (service, api, pattern))
        {
            if ((service == "states" && api == "startExecution") || (service == "aws-sdk" && api == "sfn:startExecution"))
            {
                if (arguments?["StateMachineArn"] is AslJsonString arn) Add(found, arn.Value, PlaceholderKinds.StateMachine, PatternOf(pattern));
            }
            else if ((service == "lambda" && api == "invoke") || (service == "aws-sdk" && api == "lambda:invoke"))
            {
                if (arguments?["FunctionName"] is AslJsonString function) Add(found, function.Value, PlaceholderKinds.LambdaFunction, null);
            }
        }
        else if (task.Resource is { } resource && resource.StartsWith("${", System.StringComparison.Ordinal))
            Add(found, resource, PlaceholderKinds.LambdaFunction, null);
    }

    private static string PatternOf(string suffix) => suffix switch
    {
        ".sync:2" => "RunJobJson",
        ".sync" => "RunJob",
        ".waitForTaskToken" => "WaitForTaskToken",
        _ => "RequestResponse",
    };

    private static void Add(Dictionary<string, DefinitionPlaceholder> found, string text, string kind, string? pattern)
    {
        foreach (Match match in Placeholder.Matches(text))
        {
            var name = match.Groups[1].Value;
            if (found.TryGetValue(name, out var existing) && existing.Kind != PlaceholderKinds.Other)
            {
                if (pattern is not null && !existing.Patterns.Contains(pattern))
                    found[name] = existing with { Patterns = existing.Patterns.Append(pattern).ToEquatableArray() };
                continue;
            }
            var target = kind == PlaceholderKinds.StateMachine && name.EndsWith("Arn") ? name.Substring(0, name.Length - 3) : name;
            found[name] = new DefinitionPlaceholder(name, kind, target, pattern is null ? EquatableArray<string>.Empty : EquatableArray.Create(pattern));
        }
    }

    private static IEnumerable<string> Strings(string? value)
    {
        if (value is not null) yield return value;
    }

    private static IEnumerable<string> Strings(AslJson? value)
    {
        switch (value)
        {
            case AslJsonString s:
                yield return s.Value;
                break;
            case AslJsonArray a:
                foreach (var item in a.Items) foreach (var s in Strings(item)) yield return s;
                break;
            case AslJsonObject o:
                foreach (var p in o.Properties) foreach (var s in Strings(p.Value)) yield return s;
                break;
        }
    }
}

/// <summary>What fills a placeholder.</summary>
public static class PlaceholderKinds
{
    /// <summary>A child state machine's ARN.</summary>
    public const string StateMachine = "StateMachine";

    /// <summary>A Lambda function's ARN.</summary>
    public const string LambdaFunction = "LambdaFunction";

    /// <summary>Any other value.</summary>
    public const string Other = "Other";
}
