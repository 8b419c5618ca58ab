using System;
using System.Collections.Generic;
using System.Threading;
using Asl.Collections;
using Asl.Diagnostics;
using Asl.Generators.Diagnostics;
using Asl.Generators.Model;
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
            return new MachineSpec(evaluated.Class, null, EquatableArray<SubstitutionSpec>.Empty, diagnostics.ToEquatableArray());

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
            return new MachineSpec(evaluated.Class, AslWriter.Write(machine), Substitutions.Of(machine), diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, fallback, evaluated.Class.ClassName, e.GetType().Name + ": " + e.Message));
            return new MachineSpec(evaluated.Class, null, EquatableArray<SubstitutionSpec>.Empty, diagnostics.ToEquatableArray());
        }
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
