using System.Collections.Generic;
using System.Linq;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Json;
using Asl.Model;

namespace Asl.Generators.Parsing;

/// <summary>Checks of the built model that are about how the C# API was used (ASL0005, ASL0006).</summary>
internal static class UsageChecks
{
    public static void Run(StateMachine machine, string machineName, string machineType, IReadOnlyDictionary<string, OriginInfo> origins,
        LocationInfo? fallback, List<DiagnosticInfo> diagnostics)
    {
        foreach (var site in ModelWalker.States(machine))
        {
            if (site.State is not TaskState task) continue;
            var at = MachineValidator.Locate(site.Field("Resource"), origins) ?? fallback;
            if (machineType == "EXPRESS" && (task.Resource.EndsWith(".sync") || task.Resource.EndsWith(".sync:2") || task.Resource.EndsWith(".waitForTaskToken")))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExpressCannotWait, at, site.Name, task.Resource.Substring(task.Resource.LastIndexOf('.')), machineName));
            if (task.Resource.EndsWith(".waitForTaskToken") && !PassesTaskToken(task.Parameters) && !PassesTaskToken(task.Arguments))
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTaskToken,
                    InputOrigin(site, origins) ?? at, site.Name));
        }
    }

    /// <summary>Where the task's input (the child's Input member, else the whole request) was given.</summary>
    private static LocationInfo? InputOrigin(StateSite site, IReadOnlyDictionary<string, OriginInfo> origins)
    {
        foreach (var field in new[] { "Parameters/Input", "Arguments/Input", "Parameters", "Arguments" })
            if (origins.TryGetValue(site.Pointer + "/" + field, out var origin)) return origin.Location;
        return null;
    }

    /// <summary>True when the payload hands <c>$$.Task.Token</c> (or JSONata's <c>$states.context.Task.Token</c>) to the resource.</summary>
    private static bool PassesTaskToken(AslJson? payload) => payload switch
    {
        AslJsonObject obj => obj.Properties.Any(p =>
            (p.Name.EndsWith(".$") && p.Value is AslJsonString path && path.Value.Contains("$$.Task.Token")) || PassesTaskToken(p.Value)),
        AslJsonArray array => array.Items.Any(PassesTaskToken),
        AslJsonString text => text.Value.Contains("$states.context.Task.Token"),
        _ => false,
    };
}
