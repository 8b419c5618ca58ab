using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Asl.Collections;
using Asl.Deployment;
using Asl.Diagnostics;
using Asl.Diagrams.Mermaid;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
using Asl.Model;
using Asl.Permissions;
using Asl.Validation;
using Asl.Writing;
using Microsoft.CodeAnalysis;

namespace Asl.Generators.Parsing;

/// <summary>
/// The step after evaluation: checks how the C# API was used, validates the model against the ASL rules, maps each
/// finding onto the C# that produced it, and writes the ASL JSON. It needs no compilation, so the driver skips it
/// whenever the evaluated model is unchanged (an edit elsewhere in the project). Never throws.
/// </summary>
internal static class MachineValidator
{
    public static MachineSpec Validate(EvaluatedMachine evaluated, CancellationToken cancellation)
    {
        var diagnostics = new List<DiagnosticInfo>(evaluated.Diagnostics);
        if (evaluated.Machine is not { } machine)
            return new MachineSpec(evaluated.Class, null, EquatableArray<DefinitionPlaceholder>.Empty, MachinePermissions.None, diagnostics.ToEquatableArray(), evaluated.Children);

        var fallback = evaluated.Class.NameLocation;
        try
        {
            var origins = new Dictionary<string, OriginInfo>(evaluated.Origins.Count, StringComparer.Ordinal);
            foreach (var origin in evaluated.Origins) origins[origin.Pointer] = origin;
            UsageChecks.Run(machine, evaluated.Class.MachineName, evaluated.Class.MachineType, origins, fallback, diagnostics);
            cancellation.ThrowIfCancellationRequested();
            List<StateSite>? sites = null;
            foreach (var finding in AslValidator.Validate(machine, new ValidationOptions { MachineType = evaluated.Class.MachineType }))
            {
                if (finding.RuleId == "E20") continue; // reported as ASL0006 by the usage checks
                var location = Locate(finding.Pointer, origins) ?? fallback;
                if (finding.Code is "ASL1242" or "ASL1243" or "ASL1244" or "ASL1245")
                {
                    sites ??= ModelWalker.States(machine).ToList();
                    origins.TryGetValue(finding.Pointer, out var origin);
                    if (LanguageFindings.Translate(finding, LanguageFindings.StateAt(finding.Pointer, sites), origin, location) is { } translated)
                    {
                        // One call is one mistake, though the rule may name several of the fields it wrote (a condition's Variable and operator).
                        if (!diagnostics.Any(d => d.Id == translated.Id && Equals(d.Location, translated.Location))) diagnostics.Add(translated);
                        continue;
                    }
                }
                diagnostics.Add(FromFinding(finding, location));
            }
            var json = AslWriter.Write(machine);
            if (json.IndexOf(DynamicValue.Marker) >= 0 || json.IndexOf(DynamicValue.EndMarker) >= 0)
            {
                // Every builder writes dynamic values in the form the state's language evaluates; one that slipped through
                // (a model type built by hand) must not reach the definition as its marker characters.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidWorkflowValue, Locate(MarkerPointer(machine), origins) ?? fallback,
                    "A dynamic value (Input.At, Context, Intrinsic, ...) reached a field that writes its text as it is; give it to a builder method that takes dynamic values"));
                return new MachineSpec(evaluated.Class, null, EquatableArray<DefinitionPlaceholder>.Empty, MachinePermissions.None, diagnostics.ToEquatableArray(), evaluated.Children);
            }
            var permissions = Deployment(evaluated.Class, machine, origins, fallback, diagnostics);
            return new MachineSpec(evaluated.Class, json, DefinitionPlaceholder.Of(machine), permissions, diagnostics.ToEquatableArray(), evaluated.Children)
            {
                Diagram = MermaidRenderer.Render(Asl.Diagrams.Diagram.Of(machine)),
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, fallback, evaluated.Class.ClassName, e.GetType().Name + ": " + e.Message));
            return new MachineSpec(evaluated.Class, null, EquatableArray<DefinitionPlaceholder>.Empty, MachinePermissions.None, diagnostics.ToEquatableArray(), evaluated.Children);
        }
    }

    /// <summary>
    /// Checks the deployment settings (on the attribute arguments that set them) and derives what the machine's role
    /// must allow; a wildcard granted or a permission that cannot be granted is reported on the state that needs it.
    /// </summary>
    private static MachinePermissions Deployment(MachineClass machineClass, StateMachine machine, IReadOnlyDictionary<string, OriginInfo> origins,
        LocationInfo? fallback, List<DiagnosticInfo> diagnostics)
    {
        var settingOrigins = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var origin in machineClass.SettingOrigins) settingOrigins[origin.Pointer] = origin.Location;
        foreach (var problem in SettingsValidator.Validate(machineClass.Settings))
        {
            var descriptor = problem.IsError ? DiagnosticDescriptors.InvalidDeploymentSetting : DiagnosticDescriptors.IneffectiveDeploymentSetting;
            var at = settingOrigins.TryGetValue(problem.Setting, out var location) ? location : fallback;
            diagnostics.Add(DiagnosticInfo.Create(descriptor, at, problem.Message));
        }
        var permissions = PermissionDeriver.Derive(machine, machineClass.Settings);
        foreach (var note in permissions.Notes)
        {
            var descriptor = note.Kind == PermissionNoteKind.Broadened ? DiagnosticDescriptors.PermissionBroadened : DiagnosticDescriptors.PermissionNotGranted;
            diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(note.Pointer, origins) ?? fallback, note.Message));
        }
        return permissions;
    }

    /// <summary>The origin recorded for the pointer, else for its nearest ancestor.</summary>
    internal static LocationInfo? Locate(string pointer, IReadOnlyDictionary<string, OriginInfo> origins)
    {
        for (var current = pointer; ; current = current.Substring(0, current.LastIndexOf('/')))
        {
            if (origins.TryGetValue(current, out var origin)) return origin.Location;
            if (current.Length == 0) return null;
        }
    }

    /// <summary>The pointer of the first state whose written form holds a dynamic value's marker.</summary>
    private static string MarkerPointer(StateMachine machine)
    {
        foreach (var site in ModelWalker.States(machine))
        {
            var single = new StateMachine(site.Name, EquatableArray.Create(new NamedState(site.Name, site.State)));
            var text = AslWriter.Write(single);
            if (text.IndexOf(DynamicValue.Marker) >= 0 || text.IndexOf(DynamicValue.EndMarker) >= 0) return site.Pointer;
        }
        return JsonPointer.Root;
    }

    internal static DiagnosticInfo FromFinding(AslDiagnostic finding, LocationInfo? location) => new(
        finding.Code,
        AslRules.Find(finding.Code)?.Title ?? finding.Code,
        finding.Message,
        finding.Severity switch
        {
            AslSeverity.Error => DiagnosticSeverity.Error,
            AslSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        AslRules.Find(finding.Code)?.HelpLink ?? "",
        location);
}
