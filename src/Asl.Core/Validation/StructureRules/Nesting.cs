using System.Collections.Generic;
using Asl.Diagnostics;
using Asl.Model;

namespace Asl.Validation;

// C09 and E81: Parallel branches and how deep Parallel and Map states nest.
internal sealed partial class StructureRules
{
    /// <summary>C09: reported once, on the Parallel or Map state whose branches or processor first go too deep.</summary>
    private static void CheckNestingDepth(ValidationContext context)
    {
        var limit = System.Math.Max(0, context.Options.MaxNestingDepth);
        var reported = new HashSet<StateSite>();
        foreach (var container in context.Containers)
        {
            if (container.Depth != limit + 1 || container.Parent is not { } owner || !reported.Add(owner)) continue;
            context.Report(AslRules.NestingTooDeep, owner.Pointer, owner.State.Type, owner.Name, container.Depth, limit);
        }
    }

    /// <summary>E81: a Parallel state without branches.</summary>
    private static void CheckBranches(ValidationContext context, StateSite site, ParallelState parallel)
    {
        if (parallel.Branches.IsEmpty)
            context.Report(AslRules.EmptyBranches, site.FieldPointer("Branches"), site.Name);
    }
}
