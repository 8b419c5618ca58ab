using System;
using System.Collections.Generic;
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
            var origins = new Dictionary<string, LocationInfo>(evaluated.Origins.Count, StringComparer.Ordinal);
            foreach (var origin in evaluated.Origins) origins[origin.Pointer] = origin.Location;
            UsageChecks.Run(machine, evaluated.Class.MachineName, evaluated.Class.MachineType, origins, fallback, diagnostics);
            cancellation.ThrowIfCancellationRequested();
            // The work budget (ASL1095) and the cancellation keep an editor and a build from waiting without end on any workflow.
            foreach (var finding in AslValidator.Validate(machine, new ValidationOptions { MachineType = evaluated.Class.MachineType }, cancellation))
            {
                if (finding.RuleId == "E20") continue; // reported as ASL0006 by the usage checks
                diagnostics.Add(FromFinding(finding, Locate(finding.Pointer, origins) ?? fallback));
            }
            var permissions = Deployment(evaluated.Class, machine, origins, fallback, diagnostics);
            return new MachineSpec(evaluated.Class, AslWriter.Write(machine), DefinitionPlaceholder.Of(machine), permissions, diagnostics.ToEquatableArray(), evaluated.Children)
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
    private static MachinePermissions Deployment(MachineClass machineClass, StateMachine machine, IReadOnlyDictionary<string, LocationInfo> origins,
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
    internal static LocationInfo? Locate(string pointer, IReadOnlyDictionary<string, LocationInfo> origins)
    {
        for (var current = pointer; ; current = current.Substring(0, current.LastIndexOf('/')))
        {
            if (origins.TryGetValue(current, out var location)) return location;
            if (current.Length == 0) return null;
        }
    }

    private static DiagnosticInfo FromFinding(AslDiagnostic finding, LocationInfo? location) => new(
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
