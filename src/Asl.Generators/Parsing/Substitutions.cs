using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Asl.Collections;
using Asl.Generators.Model;
using Asl.Json;
using Asl.Model;

namespace Asl.Generators.Parsing;

/// <summary>
/// Finds the <c>${Name}</c> placeholders of a definition and what fills them: a child state machine's ARN
/// (StateMachineArn of a startExecution task), a Lambda function (FunctionName of lambda:invoke, or a
/// placeholder Resource), or something the deployer provides.
/// </summary>
internal static class Substitutions
{
    private static readonly Regex Placeholder = new(@"\$\{([A-Za-z0-9_:.\-]+)\}", RegexOptions.CultureInvariant);

    public static EquatableArray<SubstitutionSpec> Of(StateMachine machine)
    {
        var found = new Dictionary<string, SubstitutionSpec>();
        foreach (var site in ModelWalker.States(machine))
        {
            if (site.State is TaskState task) Classify(task, found);
            foreach (var text in Strings(site.State)) Add(found, text, "Other", null);
        }
        return found.Values.OrderBy(s => s.Name, System.StringComparer.Ordinal).ToEquatableArray();
    }

    private static void Classify(TaskState task, Dictionary<string, SubstitutionSpec> found)
    {
        // The request is in Parameters (JSONPath) or Arguments (JSONata): both wire the template the same way.
        var parameters = (task.Parameters ?? task.Arguments) as AslJsonObject;
        if (task.Resource.StartsWith("arn:aws:states:::states:startExecution") && parameters?["StateMachineArn"] is AslJsonString arn)
            Add(found, arn.Value, "StateMachine", PatternOf(task.Resource));
        if (task.Resource.StartsWith("arn:aws:states:::lambda:invoke") && parameters?["FunctionName"] is AslJsonString function)
            Add(found, function.Value, "LambdaFunction", null);
        if (Placeholder.Match(task.Resource) is { Success: true } && task.Resource.StartsWith("${"))
            Add(found, task.Resource, "LambdaFunction", null);
    }

    private static string PatternOf(string resource) =>
        resource.EndsWith(".sync:2") ? "RunJobJson" : resource.EndsWith(".sync") ? "RunJob" : resource.EndsWith(".waitForTaskToken") ? "WaitForTaskToken" : "RequestResponse";

    private static void Add(Dictionary<string, SubstitutionSpec> found, string text, string kind, string? pattern)
    {
        foreach (Match match in Placeholder.Matches(text))
        {
            var name = match.Groups[1].Value;
            if (found.TryGetValue(name, out var existing) && existing.Kind != "Other")
            {
                if (pattern is not null && !existing.Patterns.Contains(pattern))
                    found[name] = existing with { Patterns = existing.Patterns.Append(pattern).ToEquatableArray() };
                continue;
            }
            var target = kind == "StateMachine" && name.EndsWith("Arn") ? name.Substring(0, name.Length - 3) : name;
            found[name] = new SubstitutionSpec(name, kind, target, pattern is null ? EquatableArray<string>.Empty : EquatableArray.Create(pattern));
        }
    }

    private static IEnumerable<string> Strings(State state)
    {
        if (state is TaskState task)
        {
            yield return task.Resource;
            foreach (var s in Strings(task.Parameters)) yield return s;
            foreach (var s in Strings(task.Arguments)) yield return s;
        }
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
